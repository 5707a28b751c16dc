package io.hitstream.bench.resolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The checkout's root folder, whether the benchmarks run from it or from bench/ (as Maven does). */
final class ProjectRoot {
    private ProjectRoot() {
    }

    static Path locate() {
        for (Path candidate : List.of(Path.of("."), Path.of(".."))) {
            if (Files.isDirectory(candidate.resolve("resolver-service"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("run the benchmarks from the checkout's root or from bench/");
    }
}
