package io.hitstream.stats.config;

import java.util.Optional;

/** Alert rules and webhook of one site (or of every site, as defaults); each key is documented in README. */
public interface SiteAlertsConfig {
    /** Minutes summed by the traffic rule. */
    Optional<Integer> trafficWindow();

    /** Hits in the traffic window above which traffic is high. */
    Optional<Long> trafficAbsoluteThreshold();

    /** Traffic is also high above this many times the mean of the previous windows. */
    Optional<Double> trafficFactor();

    /** Previous windows whose mean the factor multiplies (0: only the absolute threshold). */
    Optional<Integer> trafficPreviousWindows();

    /** Hits below which the relative form never fires. */
    Optional<Long> trafficMinHits();

    /** Minutes summed by the error-rate rule. */
    Optional<Integer> errorWindow();

    /** 5xx share of hits, in percent, above which the error rate is high. */
    Optional<Double> errorMaxPercent();

    /** Hits the window needs for the error rate to count. */
    Optional<Long> errorMinRequests();

    /** Minutes of request-group latencies the latency rule reads. */
    Optional<Integer> latencyWindow();

    /** A request group's p99 latency, in milliseconds, above which latency is high. */
    Optional<Double> latencyMaxP99Ms();

    /** Calls a request group needs in the window for its p99 to count. */
    Optional<Long> latencyMinCalls();

    /** Minutes without a hit, after earlier traffic, that make a silence. */
    Optional<Integer> silenceWindow();

    /** Consecutive evaluated minutes without the condition that recover an open alert. */
    Optional<Integer> recoverAfter();

    /** Where each transition is POSTed; none: no webhook. */
    Optional<String> webhookUrl();

    /** The payload: {@code json} (Hitstream's) or {@code alertmanager} (Alertmanager's v2 alerts). */
    Optional<WebhookFormat> webhookFormat();
}
