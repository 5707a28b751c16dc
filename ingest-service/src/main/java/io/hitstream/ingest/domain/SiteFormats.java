package io.hitstream.ingest.domain;

import io.hitstream.logformat.ClientAddressSource;
import io.hitstream.logformat.LogFormat;
import io.hitstream.logformat.LogFormatException;
import io.hitstream.logformat.LogFormatRegistry;
import io.hitstream.logformat.ParserLimits;
import io.hitstream.logformat.ParserOptions;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The log format each stream is read in: the one it names, else its site's, else the default; configured formats
 * are all compiled at construction, so a misspelt one stops the service at start, naming the site.
 */
public final class SiteFormats {
    /** Longest format a stream may name, in characters: real format lines are far shorter, and each is compiled. */
    static final int MAX_NAMED_FORMAT_LENGTH = 4096;

    private final FormatCache cache;
    private final ParserLimits limits;
    private final Optional<LogFormat> defaultFormat;
    private final Map<String, LogFormat> bySite = new HashMap<>();
    private final Map<String, ClientAddressSource> clientAddressBySite;

    /**
     * @param defaultFormat format of sites without one of their own, if any
     * @param formatBySite preset name or format string per site
     * @param clientAddressBySite where each site's client address comes from; sites not listed use the logged one
     */
    public SiteFormats(LogFormatRegistry registry, int cacheSize, ParserLimits limits, Optional<String> defaultFormat,
            Map<String, String> formatBySite, Map<String, ClientAddressSource> clientAddressBySite) {
        this.cache = new FormatCache(registry, cacheSize);
        this.limits = limits;
        this.defaultFormat = defaultFormat.map(format -> configured("hitstream.ingest.default-format", format));
        formatBySite.forEach((site, format) ->
                bySite.put(site, configured("hitstream.ingest.sites.\"" + site + "\".format (site " + site + ")", format)));
        this.clientAddressBySite = Map.copyOf(clientAddressBySite);
    }

    /**
     * The format a stream of this site names (empty: the site's), with the options its parsers use; refuses
     * an unknown name, a format string that does not compile, or no format at all with an {@link InvalidBatchException}.
     */
    public StreamFormat forStream(String site, String named, ZoneId siteZone) {
        ParserOptions options = ParserOptions.DEFAULTS.withLimits(limits)
                .withClientAddress(clientAddressBySite.getOrDefault(site, ClientAddressSource.LOGGED))
                .withLocalTimeZone(siteZone);
        return new StreamFormat(format(site, named), options);
    }

    private LogFormat format(String site, String named) {
        if (named.length() > MAX_NAMED_FORMAT_LENGTH) {
            throw new InvalidBatchException("the log format named is " + named.length() + " characters long, at most "
                    + MAX_NAMED_FORMAT_LENGTH + " allowed");
        }
        if (!named.isEmpty()) {
            try {
                return cache.resolve(named);
            } catch (LogFormatException e) {
                throw new InvalidBatchException(e.getMessage());
            }
        }
        LogFormat format = bySite.get(site);
        if (format != null) {
            return format;
        }
        return defaultFormat.orElseThrow(() -> new InvalidBatchException("the stream names no log format and site "
                + site + " has none configured (hitstream.ingest.sites.\"" + site + "\".format or hitstream.ingest.default-format)"));
    }

    private LogFormat configured(String key, String format) {
        try {
            return cache.resolve(format);
        } catch (LogFormatException e) {
            throw new IllegalArgumentException(key + " is not a usable log format: " + e.getMessage(), e);
        }
    }
}
