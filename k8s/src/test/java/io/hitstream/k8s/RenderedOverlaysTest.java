package io.hitstream.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both overlays, rendered by kubectl, agree with the services' own application.properties. */
class RenderedOverlaysTest {
    private static final List<String> SERVICES = List.of("ingest", "resolver", "stats", "report");
    /** What a service takes after its drain to stop: closing pools and channels, flushing logs. */
    private static final long JVM_STOP_SECONDS = 10;
    private static final Pattern GRPC_CLIENT_HOST = Pattern.compile("quarkus\\.grpc\\.clients\\.([^.]+)\\.host");

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyProbeAsksTheServicesOwnHealthEndpointOnItsHttpPort(String overlay) {
        Manifests manifests = Kustomize.render(overlay);
        for (String service : SERVICES) {
            JsonNode container = container(manifests, service);
            ServiceSettings settings = ServiceSettings.of(service, ContainerEnvironment.of(container, manifests));
            assertEquals(settings.httpPort(), namedPort(container, "http"), service + "'s http containerPort");
            Map<String, String> groups = Map.of("startupProbe", "started", "readinessProbe", "ready",
                    "livenessProbe", "live");
            groups.forEach((probe, group) -> {
                JsonNode httpGet = container.path(probe).path("httpGet");
                assertEquals(settings.healthPath(group), httpGet.path("path").asText(), service + " " + probe);
                assertEquals(settings.httpPort(), portNumber(container, httpGet.path("port")), service + " " + probe);
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod", "agent"})
    void everyContainerRequestsCpuAndMemoryAndLimitsMemory(String folder) {
        Kustomize.render(folder).workloads().forEach(workload -> {
            JsonNode pod = Manifests.podSpec(workload);
            for (String list : List.of("initContainers", "containers")) {
                for (JsonNode container : pod.path(list)) {
                    String where = Manifests.nameOf(workload) + "/" + container.path("name").asText();
                    JsonNode resources = container.path("resources");
                    assertTrue(resources.path("requests").has("cpu"), where + " requests cpu");
                    assertTrue(resources.path("requests").has("memory"), where + " requests memory");
                    assertTrue(resources.path("limits").has("memory"), where + " limits memory");
                }
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void ingestStatsAndReportAutoscaleAndEveryServiceHasADisruptionBudget(String overlay) {
        Manifests manifests = Kustomize.render(overlay);
        for (String service : List.of("ingest", "stats", "report")) {
            JsonNode target = manifests.get("HorizontalPodAutoscaler", service).path("spec").path("scaleTargetRef");
            assertEquals("Deployment", target.path("kind").asText(), service + "'s autoscaler target");
            assertEquals(service, target.path("name").asText(), service + "'s autoscaler target");
        }
        for (String service : SERVICES) {
            JsonNode selector = manifests.get("PodDisruptionBudget", service).path("spec").path("selector");
            assertTrue(selects(selector.path("matchLabels"), podLabels(manifests.get("Deployment", service))),
                    service + "'s disruption budget selects its pods");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod", "agent"})
    void everyReferencedConfigMapAndSecretKeyIsRendered(String folder) {
        Manifests manifests = Kustomize.render(folder);
        List<String> missing = new ConfigReferences(manifests).missing();
        assertTrue(missing.isEmpty(), "references to nothing: " + missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyGrpcPeerIngestCallsIsAHeadlessH2cServiceOfThePeersPods(String overlay) {
        Manifests manifests = Kustomize.render(overlay);
        JsonNode ingest = container(manifests, "ingest");
        ServiceSettings settings = ServiceSettings.of("ingest", ContainerEnvironment.of(ingest, manifests));
        List<String> clients = grpcClients(settings);
        assertEquals(List.of("resolver", "stats"), clients);
        for (String client : clients) {
            String prefix = "quarkus.grpc.clients." + client + ".";
            JsonNode service = manifests.get("Service", settings.value(prefix + "host"));
            assertEquals("None", service.path("spec").path("clusterIP").asText(), client + " is headless");
            JsonNode port = service.path("spec").path("ports").get(0);
            assertEquals(Integer.parseInt(settings.value(prefix + "port")), port.path("port").asInt(), client);
            assertEquals("kubernetes.io/h2c", port.path("appProtocol").asText(), client);
            assertEquals("round_robin", settings.value(prefix + "load-balancing-policy"), client);
            JsonNode peer = manifests.get("Deployment", client);
            assertTrue(selects(service.path("spec").path("selector"), podLabels(peer)), client + " selects its pods");
            JsonNode peerContainer = Manifests.podSpec(peer).path("containers").get(0);
            assertEquals(port.path("port").asInt(), portNumber(peerContainer, port.path("targetPort")), client);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void servicesRunAsNonRootOnAReadOnlyRootWithAWritableTmp(String overlay) {
        Manifests manifests = Kustomize.render(overlay);
        for (String service : SERVICES) {
            JsonNode pod = Manifests.podSpec(manifests.get("Deployment", service));
            JsonNode container = container(manifests, service);
            assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), service + " runs as non-root");
            assertTrue(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean(), service);
            assertTrue(mountsEmptyDir(pod, container, "/tmp"), service + " has an emptyDir /tmp");
            assertTrue(environmentValue(container, "JAVA_TOOL_OPTIONS").contains("-XX:MaxRAMPercentage="), service);
            assertTrue(pod.path("terminationGracePeriodSeconds").asInt() > 0, service);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void ingestAndStatsTerminationGraceIsThePreStopPauseTheShutdownTimeoutAndTheJvmsStop(String overlay) {
        Manifests manifests = Kustomize.render(overlay);
        for (String service : List.of("ingest", "stats")) {
            JsonNode container = container(manifests, service);
            ServiceSettings settings = ServiceSettings.of(service, ContainerEnvironment.of(container, manifests));
            long drain = preStopPauseSeconds(container) + settings.seconds("quarkus.shutdown.timeout");
            long grace = Manifests.podSpec(manifests.get("Deployment", service))
                    .path("terminationGracePeriodSeconds").asLong();
            assertEquals(drain + JVM_STOP_SECONDS, grace, service + "'s terminationGracePeriodSeconds");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyServiceOfTheDatabaseReachesARenderedPostgres(String overlay) {
        Manifests manifests = Kustomize.render(overlay);
        for (String service : List.of("resolver", "stats", "report")) {
            JsonNode container = container(manifests, service);
            String host = ContainerEnvironment.of(container, manifests).get("HITSTREAM_DB_HOST");
            assertTrue(manifests.has("Service", host) || new DatabaseClusters(manifests).services().contains(host),
                    service + "'s database host " + host + " is a Service");
        }
    }

    @Test
    void inProdStatsAndResolverWriteToThePrimaryAndReportReadsFromTheReplicas() {
        Manifests manifests = Kustomize.render("overlays/prod");
        assertEquals("hitstream-db-rw", databaseHost(manifests, "stats"));
        assertEquals("hitstream-db-rw", databaseHost(manifests, "resolver"));
        assertEquals("hitstream-db-ro", databaseHost(manifests, "report"));
        assertEquals("hitstream-db-rw", ContainerEnvironment.of(container(manifests, "report"), manifests)
                .get("HITSTREAM_REPORT_ARCHIVE_DB_HOST"), "report writes its weekly archive on the primary");
        assertFalse(manifests.has("StatefulSet", "postgres"), "no trial PostgreSQL in prod");
    }

    /** The seconds of a preStop {@code sleep}; 0 without a preStop hook. */
    private static long preStopPauseSeconds(JsonNode container) {
        JsonNode command = container.path("lifecycle").path("preStop").path("exec").path("command");
        if (command.isMissingNode()) {
            return 0;
        }
        assertEquals("sleep", command.path(0).asText(), container.path("name").asText() + "'s preStop");
        return Long.parseLong(command.path(1).asText());
    }

    private static String databaseHost(Manifests manifests, String service) {
        return ContainerEnvironment.of(container(manifests, service), manifests).get("HITSTREAM_DB_HOST");
    }

    private static List<String> grpcClients(ServiceSettings settings) {
        return settings.propertyNames().stream()
                .map(GRPC_CLIENT_HOST::matcher)
                .filter(Matcher::matches)
                .map(matcher -> matcher.group(1))
                .sorted()
                .toList();
    }

    private static JsonNode container(Manifests manifests, String service) {
        for (JsonNode container : Manifests.podSpec(manifests.get("Deployment", service)).path("containers")) {
            if (service.equals(container.path("name").asText())) {
                return container;
            }
        }
        throw new AssertionError("Deployment " + service + " has no container " + service);
    }

    private static int namedPort(JsonNode container, String name) {
        for (JsonNode port : container.path("ports")) {
            if (name.equals(port.path("name").asText())) {
                return port.path("containerPort").asInt();
            }
        }
        throw new AssertionError(container.path("name").asText() + " has no port named " + name);
    }

    /** A probe's or Service's port: a number, or the name of one of the container's ports. */
    private static int portNumber(JsonNode container, JsonNode port) {
        return port.isInt() ? port.asInt() : namedPort(container, port.asText());
    }

    private static JsonNode podLabels(JsonNode workload) {
        return workload.path("spec").path("template").path("metadata").path("labels");
    }

    private static boolean selects(JsonNode matchLabels, JsonNode labels) {
        if (matchLabels.isEmpty()) {
            return false;
        }
        var entries = matchLabels.fields();
        while (entries.hasNext()) {
            var entry = entries.next();
            if (!entry.getValue().asText().equals(labels.path(entry.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static boolean mountsEmptyDir(JsonNode pod, JsonNode container, String path) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (path.equals(mount.path("mountPath").asText())) {
                for (JsonNode volume : pod.path("volumes")) {
                    if (volume.path("name").asText().equals(mount.path("name").asText())) {
                        return volume.has("emptyDir");
                    }
                }
            }
        }
        return false;
    }

    private static String environmentValue(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (name.equals(variable.path("name").asText())) {
                return variable.path("value").asText();
            }
        }
        return "";
    }
}
