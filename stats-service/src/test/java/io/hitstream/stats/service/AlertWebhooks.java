package io.hitstream.stats.service;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives each alert test site a webhook URL on a free loopback port of its own, where the test starts (or, to
 * play a webhook that is down, does not start) a {@link WebhookReceiver}; and the sites' test rules.
 */
public class AlertWebhooks implements QuarkusTestResourceLifecycleManager {
    static final String SPIKE = "spike.example.org";
    static final String TWICE = "twice.example.org";
    static final String DOWN = "down.example.org";
    static final String SLOW_GROUP = "slow-group.example.org";
    private static final Map<String, Integer> PORTS = new HashMap<>();

    static int port(String site) {
        return PORTS.get(site);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String site : new String[] {SPIKE, TWICE, DOWN, SLOW_GROUP}) {
            PORTS.put(site, freePort());
            String prefix = "hitstream.stats.alerts.sites.\"" + site + "\".";
            config.put(prefix + "webhook-url", "http://127.0.0.1:" + PORTS.get(site) + "/hook");
            config.put(prefix + "traffic-absolute-threshold", "1000");
        }
        config.put("hitstream.stats.alerts.webhook-timeout", "2s");
        return config;
    }

    @Override
    public void stop() {
        PORTS.clear();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
