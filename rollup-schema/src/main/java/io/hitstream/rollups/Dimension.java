package io.hitstream.rollups;

/**
 * What a counted key's key is, by its contract name without the {@code DIMENSION_} prefix, as the tables store it;
 * each dimension is counted at one grain, the contract's.
 */
public enum Dimension {
    URL(Grain.DAY),
    CLIENT_DOMAIN(Grain.DAY),
    CLIENT_TLD(Grain.DAY),
    COUNTRY(Grain.DAY),
    REFERRER_URL(Grain.DAY),
    REFERRER_DOMAIN(Grain.DAY),
    SEARCH_ENGINE(Grain.DAY),
    BROWSER(Grain.DAY),
    OS(Grain.DAY),
    DEVICE(Grain.DAY),
    CRAWLER(Grain.DAY),
    STATUS(Grain.DAY),
    METHOD(Grain.DAY),
    SIZE_BIN(Grain.DAY),
    WEB_HOST(Grain.DAY),
    NOT_FOUND_URL(Grain.DAY),
    NOT_FOUND_FROM(Grain.DAY),
    REDIRECT_URL(Grain.DAY),
    SECTION(Grain.MINUTE),
    REQUEST_GROUP(Grain.HOUR),
    PATTERN(Grain.HOUR),
    OVERFLOW(Grain.DAY),
    ERROR_LEVEL(Grain.DAY),
    REJECTION_REASON(Grain.DAY),
    REPAIR_REASON(Grain.DAY);

    private final Grain grain;

    Dimension(Grain grain) {
        this.grain = grain;
    }

    /** The one grain this dimension is counted at. */
    public Grain grain() {
        return grain;
    }
}
