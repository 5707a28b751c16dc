package io.hitstream.ingest.config;

import io.hitstream.logformat.ClientAddressSource;
import io.hitstream.rollups.RollupLimits;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Settings of ingest-service, under {@code hitstream.ingest} (environment: {@code HITSTREAM_INGEST_...}). */
@ConfigMapping(prefix = "hitstream.ingest")
public interface IngestConfig {
    /** IANA time zone of the sites that have none of their own. */
    @WithDefault("UTC")
    String defaultTimeZone();

    /**
     * Log format of the sites that have none of their own, for streams that name none: a preset name or an
     * Apache/nginx format string; unset, such a stream is refused.
     */
    Optional<String> defaultFormat();

    /** Most format strings kept compiled at once; the least recently used one is compiled again when named. */
    @WithDefault("64")
    int formatCacheSize();

    /** Settings per site, keyed by site name, e.g. {@code hitstream.ingest.sites."www.example.org".time-zone}. */
    Map<String, Site> sites();

    /** How long a batch waits for the resolver; addresses without an answer by then count as themselves. */
    @WithDefault("500ms")
    Duration resolveTimeout();

    /** Most addresses per resolver call (the resolver's own limit); a batch with more makes several calls at once. */
    @WithDefault("20000")
    int resolveChunkSize();

    /**
     * How long ingest keeps the resolver's answer of an address with a name, asking no more for it meanwhile: the
     * resolver's own time for a name ({@code HITSTREAM_RESOLVER_CACHE_POSITIVE_TTL}).
     */
    @WithDefault("42d")
    Duration resolveCacheTtl();

    /**
     * How long ingest keeps the resolver's answer that an address has no name (or is no address): the resolver's own
     * time for it ({@code HITSTREAM_RESOLVER_CACHE_NEGATIVE_TTL}). Answers the resolver did not have in time are
     * never kept.
     */
    @WithDefault("1d")
    Duration resolveCacheNoNameTtl();

    /** Most addresses whose answers ingest keeps; the least recently used go first, 0 keeps none. */
    @WithDefault("100000")
    long resolveCacheSize();

    /** How long ingest waits for stats (a commit, a committed offset) before failing with UNAVAILABLE, unacknowledged. */
    @WithDefault("30s")
    Duration statsTimeout();

    /**
     * How often the channels to stats and the resolver look their host names up again, so that pods added behind a
     * headless Service get calls too; in-flight calls finish on the old connections.
     */
    @WithDefault("60s")
    Duration peerRefreshInterval();

    /** Most lines one batch may hold; a larger batch ends its call INVALID_ARGUMENT, nothing of it committed. */
    @WithDefault("50000")
    int maxLinesPerBatch();

    /**
     * Most bytes of lines one batch may hold; a larger batch ends its call INVALID_ARGUMENT, nothing of it
     * committed. Raising it past 8 MiB also needs a larger message size ({@code HITSTREAM_INGEST_MAX_MESSAGE_BYTES}).
     */
    @WithDefault("4194304")
    int maxBatchBytes();

    /** Longest line parsed, in bytes; longer lines are rejected as too_long. */
    @WithDefault("65536")
    int maxLineBytes();

    /** Longest text field kept, in bytes; a longer one is cut to it and its line counted as repaired (field_truncated). */
    @WithDefault("4096")
    int maxFieldBytes();

    /** Who may write: the bearer tokens ingest accepts and the sites each may write. */
    Auth auth();

    /** Most distinct user agents whose classes are kept; the least recently used one is parsed again when seen. */
    @WithDefault("10000")
    long userAgentCacheSize();

    /**
     * Extensions of the paths that are assets rather than pages, without dot, comma-separated; unset, AWStats'
     * {@code NotPageList} and the web formats since (css, js, images, fonts, source maps).
     */
    Optional<Set<String>> assetExtensions();

    /**
     * Most distinct keys per dimension and local day within one batch; past it a key counts under {@code (other)}
     * and as overflow of its dimension. Stats bounds the day across batches.
     */
    @WithDefault("" + RollupLimits.MAX_KEYS_PER_DAY)
    int maxKeysPerDay();

    /** Settings of one site. */
    interface Site {
        /** IANA time zone the site's hours and days are counted in; unset, the default time zone. */
        Optional<String> timeZone();

        /** Log format of the site's streams that name none: a preset name or an Apache/nginx format string. */
        Optional<String> format();

        /** Where the client address comes from: {@code logged}, or {@code first-public-forwarded-for} behind proxies. */
        @WithDefault("logged")
        ClientAddressSource clientAddress();

        /** Other host names of the site ({@code www.example.org} for {@code example.org}): referrals from them are internal. */
        Optional<List<String>> hostAliases();

        /** elfstatsd's request groups, tried in order: the first a request matches is its group. */
        List<RequestGroup> requestGroups();

        /** elfstatsd's pattern counters: each counts per hour the requests whose request line holds its regex. */
        List<PatternCounterRule> patterns();
    }

    /** One pattern counter, e.g. {@code hitstream.ingest.sites."example.org".patterns[0].regex=[?&]utm_source=}. */
    interface PatternCounterRule {
        /** The counter's name, as counted and shown. */
        String name();

        /** Regular expression searched for in the request line ({@code GET /path?query HTTP/1.1}, as {@code %r} logs it). */
        String regex();
    }

    /** One request group rule, e.g. {@code hitstream.ingest.sites."example.org".request-groups[0].path=/api/.*}. */
    interface RequestGroup {
        /** The group's name, as counted and shown. */
        String name();

        /** Method the rule takes (e.g. {@code GET}); unset, every method. */
        Optional<String> method();

        /** Regular expression the whole path (without query) must match. */
        String path();

        /** Calls slower than this many milliseconds count as slow. */
        @WithDefault("1000")
        long slowThresholdMs();
    }

    /** Bearer-token authentication of ingest calls, under {@code hitstream.ingest.auth}. */
    interface Auth {
        /** Whether every call must present a known bearer token; false lets every caller write every site (trusted networks only). */
        @WithDefault("true")
        boolean required();

        /** File of {@code <sha256-hex-of-token> <site>[,<site>...]} lines ({@code *} for every site, {@code #} comments): digests, never tokens. */
        Optional<Path> tokensFile();

        /** One more token, in plain text, for simple setups: set it by environment, never in a file under version control. */
        Optional<String> token();

        /** The sites the inline token may write, comma-separated; {@code *} for every site. */
        @WithDefault("*")
        List<String> tokenSites();
    }
}
