package io.hitstream.resolver.testing;

import io.hitstream.testing.Dnsmasq;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.util.Map;

/** Points the resolver at a real dnsmasq holding {@link TestHosts#RECORDS}. */
public class DnsmasqResource implements QuarkusTestResourceLifecycleManager {
    private Dnsmasq dnsmasq;

    @Override
    public Map<String, String> start() {
        try {
            dnsmasq = Dnsmasq.start(TestHosts.RECORDS);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start dnsmasq", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting dnsmasq", e);
        }
        return Map.of("hitstream.resolver.dns.servers", dnsmasq.address());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(dnsmasq, new TestInjector.AnnotatedAndMatchesType(InjectDns.class, Dnsmasq.class));
    }

    @Override
    public void stop() {
        if (dnsmasq != null) {
            try {
                dnsmasq.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
