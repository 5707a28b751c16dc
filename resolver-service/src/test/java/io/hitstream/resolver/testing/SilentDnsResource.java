package io.hitstream.resolver.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.SocketException;
import java.util.Map;

/** Points the resolver at a DNS server that never answers. */
public class SilentDnsResource implements QuarkusTestResourceLifecycleManager {
    private UdpDnsRelay server;

    @Override
    public Map<String, String> start() {
        try {
            server = UdpDnsRelay.silent();
        } catch (SocketException e) {
            throw new IllegalStateException("cannot open a UDP socket", e);
        }
        return Map.of("hitstream.resolver.dns.servers", server.address());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(InjectDns.class, UdpDnsRelay.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
