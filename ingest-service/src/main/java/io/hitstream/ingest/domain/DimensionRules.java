package io.hitstream.ingest.domain;

import io.hitstream.ingest.domain.enrich.HostAliases;
import io.hitstream.ingest.domain.enrich.PageFilter;
import io.hitstream.ingest.domain.enrich.PatternCounters;
import io.hitstream.ingest.domain.enrich.ReferrerClassifier;
import io.hitstream.ingest.domain.enrich.RequestGroups;
import io.hitstream.ingest.domain.enrich.UserAgentClassifier;
import java.util.Map;

/**
 * How the keys of a line are found, for every site: host aliases (self-referrals), the user-agent classifier and
 * its cache, pages against assets, each site's request groups and pattern counters, and the bound on distinct keys per dimension and day.
 * Shared by every batch and thread.
 */
public final class DimensionRules {
    private final HostAliases hosts;
    private final ReferrerClassifier referrers;
    private final UserAgentClassifier userAgents;
    private final PageFilter pages;
    private final Map<String, RequestGroups> requestGroups;
    private final Map<String, PatternCounters> patterns;
    private final int maxKeysPerDay;

    public DimensionRules(HostAliases hosts, UserAgentClassifier userAgents, PageFilter pages,
                          Map<String, RequestGroups> requestGroups, Map<String, PatternCounters> patterns,
                          int maxKeysPerDay) {
        this.hosts = hosts;
        this.referrers = new ReferrerClassifier(hosts);
        this.userAgents = userAgents;
        this.pages = pages;
        this.requestGroups = Map.copyOf(requestGroups);
        this.patterns = Map.copyOf(patterns);
        this.maxKeysPerDay = maxKeysPerDay;
    }

    /**
     * Loads what the first line would otherwise load: the Public Suffix List, and the user-agent parser's regexes
     * on their first match. Counts nothing.
     */
    public void warmUp() {
        referrers.classify("", "https://www.example.co.uk/");
        userAgents.classify("Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0");
    }

    /** The site a stream's site name stands for, through the aliases. */
    String siteOf(String streamSite) {
        return hosts.siteOf(streamSite);
    }

    HostAliases hosts() {
        return hosts;
    }

    ReferrerClassifier referrers() {
        return referrers;
    }

    UserAgentClassifier userAgents() {
        return userAgents;
    }

    PageFilter pages() {
        return pages;
    }

    /** The request groups of a site (by its stream name or canonical name); none when it has no rules. */
    RequestGroups requestGroupsOf(String site) {
        RequestGroups groups = requestGroups.get(site);
        return groups != null ? groups : requestGroups.getOrDefault(hosts.siteOf(site), RequestGroups.NONE);
    }

    /** The pattern counters of a site (by its stream name or canonical name); none when it has none. */
    PatternCounters patternsOf(String site) {
        PatternCounters counters = patterns.get(site);
        return counters != null ? counters : patterns.getOrDefault(hosts.siteOf(site), PatternCounters.NONE);
    }

    int maxKeysPerDay() {
        return maxKeysPerDay;
    }
}
