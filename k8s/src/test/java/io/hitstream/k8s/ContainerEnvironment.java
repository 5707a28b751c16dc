package io.hitstream.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/** The plain environment variables a container gets: ConfigMaps of envFrom, then its own env values on top. */
final class ContainerEnvironment {
    private ContainerEnvironment() {
    }

    /** Variables whose value comes from a Secret are left out: no port or path is secret. */
    static Map<String, String> of(JsonNode container, Manifests manifests) {
        Map<String, String> environment = new HashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            JsonNode configMap = source.path("configMapRef");
            if (!configMap.isMissingNode()) {
                manifests.get("ConfigMap", configMap.path("name").asText()).path("data").fields()
                        .forEachRemaining(entry -> environment.put(entry.getKey(), entry.getValue().asText()));
            }
        }
        for (JsonNode variable : container.path("env")) {
            if (variable.has("value")) {
                environment.put(variable.path("name").asText(), variable.path("value").asText());
            }
        }
        return environment;
    }
}
