package io.hitstream.ingest.domain;

/**
 * What a counted key's key is, with the grain it is counted at and the counters besides hits and bytes that apply
 * to it; the contract's {@code Dimension} names each the same, documented there.
 */
public enum Dimension {
    URL(Grain.DAY, false, true),
    CLIENT_DOMAIN(Grain.DAY, false, false),
    CLIENT_TLD(Grain.DAY, false, false),
    COUNTRY(Grain.DAY, false, false),
    REFERRER_URL(Grain.DAY, false, false),
    REFERRER_DOMAIN(Grain.DAY, false, false),
    SEARCH_ENGINE(Grain.DAY, false, false),
    BROWSER(Grain.DAY, false, false),
    OS(Grain.DAY, false, false),
    DEVICE(Grain.DAY, false, false),
    CRAWLER(Grain.DAY, false, false),
    STATUS(Grain.DAY, false, false),
    METHOD(Grain.DAY, false, false),
    SIZE_BIN(Grain.DAY, false, false),
    WEB_HOST(Grain.DAY, false, false),
    NOT_FOUND_URL(Grain.DAY, false, false),
    NOT_FOUND_FROM(Grain.DAY, false, false),
    REDIRECT_URL(Grain.DAY, false, false),
    SECTION(Grain.MINUTE, true, false),
    REQUEST_GROUP(Grain.HOUR, true, true),
    PATTERN(Grain.HOUR, true, false),
    OVERFLOW(Grain.DAY, false, false),
    ERROR_LEVEL(Grain.DAY, false, false),
    REJECTION_REASON(Grain.DAY, false, false),
    REPAIR_REASON(Grain.DAY, false, false);

    private final Grain grain;
    private final boolean statusClasses;
    private final boolean latencies;

    Dimension(Grain grain, boolean statusClasses, boolean latencies) {
        this.grain = grain;
        this.statusClasses = statusClasses;
        this.latencies = latencies;
    }

    public Grain grain() {
        return grain;
    }

    /** Whether its keys count hits per status class. */
    public boolean countsStatusClasses() {
        return statusClasses;
    }

    /** Whether its keys count slow calls and latencies. */
    public boolean countsLatencies() {
        return latencies;
    }
}
