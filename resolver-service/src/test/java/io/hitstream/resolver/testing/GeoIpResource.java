package io.hitstream.resolver.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Configures the DB-IP Lite country database that scripts/fetch-geoip.sh fetches from npm when missing. */
public class GeoIpResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("hitstream.resolver.geoip-database", locate().toString());
    }

    @Override
    public void stop() {
    }

    /** Runs the script (tests run in the module folder) and returns the path it prints. */
    public static Path locate() {
        Path script = Path.of("..", "scripts", "fetch-geoip.sh").toAbsolutePath().normalize();
        try {
            Process process = new ProcessBuilder(script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " did not finish within 5 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(script + " failed with exit code " + process.exitValue());
            }
            Path database = Path.of(output);
            if (!Files.isRegularFile(database)) {
                throw new IllegalStateException(script + " printed '" + output + "', which is not a file");
            }
            return database;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + script, e);
        }
    }
}
