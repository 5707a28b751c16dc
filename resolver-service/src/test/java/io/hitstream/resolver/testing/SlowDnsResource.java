package io.hitstream.resolver.testing;

import io.hitstream.testing.Dnsmasq;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/** Points the resolver at a relay that passes each query to a real dnsmasq only after {@link #DELAY}. */
public class SlowDnsResource implements QuarkusTestResourceLifecycleManager {
    /** Long enough for every request of a test to arrive while the first query is still unanswered. */
    public static final Duration DELAY = Duration.ofMillis(700);

    private Dnsmasq dnsmasq;
    private UdpDnsRelay relay;

    @Override
    public Map<String, String> start() {
        try {
            dnsmasq = Dnsmasq.start(TestHosts.RECORDS);
            relay = UdpDnsRelay.delaying(dnsmasq.socketAddress(), DELAY);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the slow DNS server", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting dnsmasq", e);
        }
        return Map.of("hitstream.resolver.dns.servers", relay.address());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(relay, new TestInjector.AnnotatedAndMatchesType(InjectDns.class, UdpDnsRelay.class));
    }

    @Override
    public void stop() {
        if (relay != null) {
            relay.close();
        }
        if (dnsmasq != null) {
            try {
                dnsmasq.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
