package io.hitstream.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Renders a kustomization with the real {@code kubectl kustomize}, as {@code kubectl apply -k} would. */
final class Kustomize {
    /** The module's folder: Maven runs tests there, so base/ and overlays/ are relative to it. */
    static final Path K8S = Path.of("").toAbsolutePath();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Each folder is rendered once per test run: kubectl takes a second or two. */
    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    /** The objects {@code kubectl kustomize} renders from {@code folder} (relative to k8s/). */
    static Manifests render(String folder) {
        Assumptions.assumeTrue(kubectlInstalled(),
                "kubectl is not installed: the manifests are not rendered (./hitstream test installs it)");
        return RENDERED.computeIfAbsent(folder, Kustomize::run);
    }

    private static Manifests run(String folder) {
        try {
            Path output = Files.createTempFile("kustomize-", ".yaml");
            try {
                Process process = new ProcessBuilder("kubectl", "kustomize", K8S.resolve(folder).toString())
                        .redirectOutput(output.toFile())
                        .redirectError(ProcessBuilder.Redirect.PIPE)
                        .start();
                String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException("kubectl kustomize " + folder + " failed: " + errors);
                }
                return new Manifests(parse(output));
            } finally {
                Files.delete(output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kubectl kustomize " + folder, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted rendering " + folder, e);
        }
    }

    private static List<JsonNode> parse(Path rendered) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(rendered.toFile())) {
            while (documents.hasNext()) {
                JsonNode object = documents.next();
                if (object != null && !object.isEmpty()) {
                    objects.add(object);
                }
            }
        }
        return objects;
    }

    private static boolean kubectlInstalled() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "kubectl"))) {
                return true;
            }
        }
        return false;
    }
}
