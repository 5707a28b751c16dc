package io.hitstream.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The rendered objects of one kustomization, looked up by kind and name. */
record Manifests(List<JsonNode> objects) {
    /** Kinds whose pod template is at spec.template. */
    private static final List<String> WORKLOADS = List.of("Deployment", "StatefulSet", "DaemonSet");

    Stream<JsonNode> ofKind(String kind) {
        return objects.stream().filter(object -> kind.equals(object.path("kind").asText()));
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).filter(object -> name.equals(nameOf(object))).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " " + name + " rendered"));
    }

    /** Deployments, StatefulSets and DaemonSets. */
    Stream<JsonNode> workloads() {
        return objects.stream().filter(object -> WORKLOADS.contains(object.path("kind").asText()));
    }

    boolean has(String kind, String name) {
        return find(kind, name).isPresent();
    }

    static String nameOf(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static JsonNode podSpec(JsonNode workload) {
        return workload.path("spec").path("template").path("spec");
    }
}
