package io.hitstream.e2e;

import java.nio.file.Path;

/** The java binary of the JVM running the tests, so child processes use the same JDK. */
final class Java {
    private Java() {
    }

    static String executable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
