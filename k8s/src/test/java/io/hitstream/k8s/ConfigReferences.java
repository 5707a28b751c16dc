package io.hitstream.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Every ConfigMap, Secret and key the rendered pods name, checked against the rendered objects. */
final class ConfigReferences {
    private final Manifests manifests;
    private final DatabaseClusters clusters;
    private final List<String> missing = new ArrayList<>();

    ConfigReferences(Manifests manifests) {
        this.manifests = manifests;
        this.clusters = new DatabaseClusters(manifests);
    }

    /** The references that name nothing rendered, as "workload: kind name[/key]". */
    List<String> missing() {
        manifests.workloads().forEach(workload -> {
            String where = Manifests.nameOf(workload);
            JsonNode pod = Manifests.podSpec(workload);
            for (String list : List.of("initContainers", "containers")) {
                pod.path(list).forEach(container -> checkContainer(where, container));
            }
            for (JsonNode volume : pod.path("volumes")) {
                check(where, "ConfigMap", volume.path("configMap").path("name").asText(null), null);
                check(where, "Secret", volume.path("secret").path("secretName").asText(null), null);
            }
        });
        return missing;
    }

    private void checkContainer(String where, JsonNode container) {
        for (JsonNode source : container.path("envFrom")) {
            check(where, "ConfigMap", source.path("configMapRef").path("name").asText(null), null);
            check(where, "Secret", source.path("secretRef").path("name").asText(null), null);
        }
        for (JsonNode variable : container.path("env")) {
            JsonNode from = variable.path("valueFrom");
            JsonNode configMapKey = from.path("configMapKeyRef");
            JsonNode secretKey = from.path("secretKeyRef");
            check(where, "ConfigMap", configMapKey.path("name").asText(null), configMapKey.path("key").asText(null));
            check(where, "Secret", secretKey.path("name").asText(null), secretKey.path("key").asText(null));
        }
    }

    private void check(String where, String kind, String name, String key) {
        if (name == null) {
            return;
        }
        if (kind.equals("Secret") && clusters.appSecrets().contains(name)) {
            if (key != null && !DatabaseClusters.APP_SECRET_KEYS.contains(key)) {
                missing.add(where + ": " + kind + " " + name + "/" + key);
            }
            return;
        }
        var object = manifests.find(kind, name);
        if (object.isEmpty()) {
            missing.add(where + ": " + kind + " " + name);
        } else if (key != null && !object.get().path("data").has(key) && !object.get().path("stringData").has(key)) {
            missing.add(where + ": " + kind + " " + name + "/" + key);
        }
    }
}
