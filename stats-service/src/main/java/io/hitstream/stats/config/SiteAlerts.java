package io.hitstream.stats.config;

import io.hitstream.stats.domain.AlertRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Function;

/** The rules and webhook of each site: its own settings, else the configured defaults, else the documented ones. */
@ApplicationScoped
public class SiteAlerts {
    private final AlertsConfig config;

    SiteAlerts(StatsConfig config) {
        this.config = config.alerts();
    }

    public AlertRules rules(String site) {
        AlertRules d = AlertRules.DEFAULTS;
        return new AlertRules(
                pick(site, SiteAlertsConfig::trafficWindow, d.trafficWindow()),
                pick(site, SiteAlertsConfig::trafficAbsoluteThreshold, d.trafficAbsoluteThreshold()),
                pick(site, SiteAlertsConfig::trafficFactor, d.trafficFactor()),
                pick(site, SiteAlertsConfig::trafficPreviousWindows, d.trafficPreviousWindows()),
                pick(site, SiteAlertsConfig::trafficMinHits, d.trafficMinHits()),
                pick(site, SiteAlertsConfig::errorWindow, d.errorWindow()),
                pick(site, SiteAlertsConfig::errorMaxPercent, d.errorMaxPercent()),
                pick(site, SiteAlertsConfig::errorMinRequests, d.errorMinRequests()),
                pick(site, SiteAlertsConfig::latencyWindow, d.latencyWindow()),
                pick(site, SiteAlertsConfig::latencyMaxP99Ms, d.latencyMaxP99Ms()),
                pick(site, SiteAlertsConfig::latencyMinCalls, d.latencyMinCalls()),
                pick(site, SiteAlertsConfig::silenceWindow, d.silenceWindow()),
                pick(site, SiteAlertsConfig::recoverAfter, d.recoverAfter()));
    }

    public Optional<String> webhookUrl(String site) {
        return setting(site, SiteAlertsConfig::webhookUrl);
    }

    public WebhookFormat webhookFormat(String site) {
        return pick(site, SiteAlertsConfig::webhookFormat, WebhookFormat.JSON);
    }

    private <T> T pick(String site, Function<SiteAlertsConfig, Optional<T>> key, T fallback) {
        return setting(site, key).orElse(fallback);
    }

    private <T> Optional<T> setting(String site, Function<SiteAlertsConfig, Optional<T>> key) {
        SiteAlertsConfig own = config.sites().get(site);
        Optional<T> value = own == null ? Optional.empty() : key.apply(own);
        return value.or(() -> key.apply(config.defaults()));
    }
}
