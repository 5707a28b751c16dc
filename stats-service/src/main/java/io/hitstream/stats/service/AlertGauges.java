package io.hitstream.stats.service;

import io.hitstream.stats.domain.AlertRule;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code hitstream_stats_alert_open{site,rule}}: 1 while the rule's alert is open, as last evaluated here. */
@ApplicationScoped
public class AlertGauges {
    private final MeterRegistry registry;
    private final Map<String, AtomicInteger> gauges = new ConcurrentHashMap<>();

    AlertGauges(MeterRegistry registry) {
        this.registry = registry;
    }

    void set(String site, AlertRule rule, boolean open) {
        String rulename = rule.name().toLowerCase(Locale.ROOT);
        gauges.computeIfAbsent(site + '\n' + rulename, key -> registry.gauge("hitstream.stats.alert.open",
                Tags.of("site", site, "rule", rulename), new AtomicInteger()))
                .set(open ? 1 : 0);
    }
}
