package io.hitstream.resolver.testing;

import org.eclipse.microprofile.config.ConfigProvider;

/** The port the current Quarkus test application really listens on (HTTP and gRPC), though configured as 0. */
public final class TestPort {
    private TestPort() {
    }

    public static int get() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }
}
