package io.hitstream.ingest.service;

import io.hitstream.ingest.config.IngestConfig;
import io.hitstream.ingest.domain.DimensionRules;
import io.hitstream.ingest.domain.enrich.HostAliases;
import io.hitstream.ingest.domain.enrich.PageFilter;
import io.hitstream.ingest.domain.enrich.PatternCounter;
import io.hitstream.ingest.domain.enrich.PatternCounters;
import io.hitstream.ingest.domain.enrich.RequestGroupRule;
import io.hitstream.ingest.domain.enrich.RequestGroups;
import io.hitstream.ingest.domain.enrich.UserAgentClassifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds the rules a line's keys are found by from the settings: aliases, request groups, pattern counters, asset
 * extensions, bounds.
 */
final class DimensionRulesFactory {
    private DimensionRulesFactory() {
    }

    /**
     * The rules, with the user-agent parser built (it compiles some thousand regexes: seconds) and the Public
     * Suffix List loaded, so that neither delays the first batch.
     */
    static DimensionRules of(IngestConfig config) {
        Map<String, List<String>> aliases = new HashMap<>();
        Map<String, RequestGroups> groups = new HashMap<>();
        Map<String, PatternCounters> patterns = new HashMap<>();
        config.sites().forEach((site, settings) -> {
            aliases.put(site, settings.hostAliases().orElse(List.of()));
            groups.put(site, new RequestGroups(settings.requestGroups().stream()
                    .map(group -> new RequestGroupRule(group.method().orElse(""), Pattern.compile(group.path()),
                            group.name(), group.slowThresholdMs()))
                    .toList()));
            patterns.put(site, new PatternCounters(settings.patterns().stream()
                    .map(pattern -> new PatternCounter(pattern.name(), Pattern.compile(pattern.regex())))
                    .toList()));
        });
        DimensionRules rules = new DimensionRules(HostAliases.of(aliases),
                new UserAgentClassifier(config.userAgentCacheSize()),
                new PageFilter(config.assetExtensions().orElse(PageFilter.DEFAULT_ASSET_EXTENSIONS)),
                groups, patterns, config.maxKeysPerDay());
        rules.warmUp();
        return rules;
    }
}
