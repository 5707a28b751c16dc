package io.hitstream.ingest.domain;

import io.hitstream.ingest.domain.enrich.ClientTld;
import io.hitstream.ingest.domain.enrich.PatternCounters;
import io.hitstream.ingest.domain.enrich.Referrer;
import io.hitstream.ingest.domain.enrich.RequestGroupRule;
import io.hitstream.ingest.domain.enrich.RequestGroups;
import io.hitstream.ingest.domain.enrich.SizeBin;
import io.hitstream.ingest.domain.enrich.UserAgentClass;
import io.hitstream.logformat.LogRecord;
import io.hitstream.logformat.TextField;
import io.hitstream.rollups.RollupLimits;
import io.hitstream.rollups.sketch.LatencySketch;
import io.hitstream.rollups.sketch.VisitorSketch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts the keys of every dimension, and the visitor and latency sketches, of a batch's hits. Human dimensions
 * (browser, OS, device) and visitors leave crawlers out; crawlers count under their name. Client domains, top-level
 * domains and countries are counted per address until the resolver has answered for the whole batch.
 */
final class DimensionTally {
    /** The key of a field the format does not log. */
    static final String ABSENT = "-";
    private static final int NOT_FOUND = 404;
    /** A cache's copy still holds: an answer to a conditional request, no redirect. */
    private static final int NOT_MODIFIED = 304;
    private static final String[] STATUS_KEYS = statusKeys();
    /** Distinct keys a line adds, about: the benchmark's batch makes 1.7 a line with its client addresses. */
    private static final int KEYS_PER_LINE = 2;

    private final DimensionRules rules;
    private final String webHost;
    private final TextReadings texts;
    private final PatternCounters patterns;
    private CountedKeys keys;
    /** Hits per client address and day, keyed under CLIENT_DOMAIN until the addresses are answered for. */
    private CountedKeys clientAddresses = new CountedKeys(Integer.MAX_VALUE);
    /**
     * Visitors of each hour. A day's are the union of its hours' ({@link #visitors}), not a sketch updated with every
     * hit too: DataSketches hashes a visitor's bytes inside each update and has no public update by a hash made once,
     * so a second sketch hashed every visitor twice; a union of sketches of one lg k holds the registers of one
     * sketch updated with all their visitors, and stored sketches are only ever read through unions.
     */
    private final SortedMap<SketchKey, VisitorSketch> hourVisitors = new TreeMap<>(SketchKey.ORDER);
    private final SortedMap<SketchKey, LatencySketch> latencies = new TreeMap<>(SketchKey.ORDER);
    /** What the current line adds to each of its keys. */
    private Counters line;
    private LocalHours.LocalHour visitorHour;
    private VisitorSketch visitorHourSketch;

    DimensionTally(DimensionRules rules, String streamSite, String webHost, TextReadings texts) {
        this.rules = rules;
        this.webHost = BoundedText.truncate(webHost, RollupLimits.MAX_KEY_LENGTH);
        this.texts = texts;
        this.patterns = rules.patternsOf(streamSite);
        this.keys = new CountedKeys(rules.maxKeysPerDay());
    }

    /**
     * Makes room for the keys of about {@code lines} lines before any is counted, so that the tables do not grow
     * through every size on the way; a batch that holds more only grows them.
     */
    void expectLines(int lines) {
        if (keys.size() == 0 && clientAddresses.size() == 0) {
            keys = new CountedKeys(rules.maxKeysPerDay(), lines * KEYS_PER_LINE);
            clientAddresses = new CountedKeys(Integer.MAX_VALUE, lines);
        }
    }

    /**
     * Counts one hit, whose hit, bytes and status class are {@code hit} and whose path is {@code path} (null when
     * the format logs none); answers whether it was a crawler's.
     */
    boolean add(LocalHours.LocalHour hour, LogRecord record, Counters hit, PathReadings.PathReading path,
                String clientAddress) {
        line = hit;
        int status = record.hasStatus() ? record.status() : 0;
        long hourStart = hour.startEpochSecond();
        LocalDate date = hour.date();
        String method = bounded(record.text(TextField.METHOD));
        String statusKey = statusKey(record);
        count(Dimension.METHOD, hourStart, date, method, "");
        count(Dimension.STATUS, hourStart, date, statusKey, "");
        count(Dimension.SIZE_BIN, hourStart, date,
                SizeBin.of(record.hasResponseBytes() ? record.responseBytes() : -1).key(), "");
        count(Dimension.WEB_HOST, hourStart, date, webHost, "");
        if (!patterns.isEmpty()) {
            patterns.forEachMatch(requestLine(record), name -> count(Dimension.PATTERN, hourStart, date, name, ""));
        }
        clientAddresses.add(Dimension.CLIENT_DOMAIN, 0, date, clientAddress, "", line);
        boolean crawler = addAgent(hour, record, clientAddress);
        Referrer referrer = addReferrer(hourStart, date, record);
        if (path != null) {
            addPath(hour, record, status, statusKey, method, path, referrer);
        }
        return crawler;
    }

    /**
     * Every counted key, in no order, the client addresses turned into domains, top-level domains and countries,
     * with the keys counted apart in {@code others}.
     */
    List<CountedKey> countedKeys(ClientDomains answers, CountedKeys others) {
        CountedKeys clients = new CountedKeys(rules.maxKeysPerDay(), clientAddresses.size() * 3);
        for (CountedKey address : clientAddresses.all()) {
            String domain = BoundedText.truncate(answers.domainOf(address.key()), RollupLimits.MAX_KEY_LENGTH);
            clients.add(Dimension.CLIENT_DOMAIN, 0, address.date(), domain, "", address.counters());
            clients.add(Dimension.CLIENT_TLD, 0, address.date(), ClientTld.of(domain), "", address.counters());
            clients.add(Dimension.COUNTRY, 0, address.date(),
                    BoundedText.truncate(answers.countryOf(address.key()), RollupLimits.MAX_KEY_LENGTH), "",
                    address.counters());
        }
        return CountedKeys.all(List.of(keys, clients, others));
    }

    /** Counts one error-log line of {@code level} written on {@code date}, which {@code oneLine} counts as one. */
    void addErrorLine(LocalDate date, String level, Counters oneLine) {
        keys.add(Dimension.ERROR_LEVEL, 0, date, level, "", oneLine);
    }

    /** The distinct client addresses of the counted lines, sorted. */
    List<String> clientAddresses() {
        return clientAddresses.distinctKeys();
    }

    /** Visitors of each hour and day, in key order; a day's made anew, as the union of its hours', at each call. */
    Map<SketchKey, VisitorSketch> visitors() {
        SortedMap<SketchKey, VisitorSketch> visitors = new TreeMap<>(hourVisitors);
        Map<LocalDate, List<VisitorSketch>> days = new HashMap<>();
        hourVisitors.forEach((hour, sketch) -> days.computeIfAbsent(hour.date(), date -> new ArrayList<>()).add(sketch));
        days.forEach((date, hours) -> visitors.put(new SketchKey(Grain.DAY, 0, date, ""), VisitorSketch.union(hours)));
        return visitors;
    }

    Map<SketchKey, LatencySketch> latencies() {
        return latencies;
    }

    private boolean addAgent(LocalHours.LocalHour hour, LogRecord record, String clientAddress) {
        String field = record.text(TextField.USER_AGENT);
        String userAgent = field == null ? "" : field;
        UserAgentClass agent = texts.agentOf(userAgent);
        long hourStart = hour.startEpochSecond();
        if (agent.isCrawler()) {
            count(Dimension.CRAWLER, hourStart, hour.date(), agent.crawler(), "");
            return true;
        }
        count(Dimension.BROWSER, hourStart, hour.date(), agent.browser(), "");
        count(Dimension.OS, hourStart, hour.date(), agent.os(), "");
        count(Dimension.DEVICE, hourStart, hour.date(), agent.device(), "");
        addVisitor(hour, clientAddress, userAgent);
        return false;
    }

    private void addVisitor(LocalHours.LocalHour hour, String clientAddress, String userAgent) {
        // LocalHours hands out the same hour while the lines stay in it: a map look-up per hour, not per line.
        if (hour != visitorHour) {
            visitorHour = hour;
            visitorHourSketch = hourVisitors.computeIfAbsent(
                    new SketchKey(Grain.HOUR, hour.startEpochSecond(), hour.date(), ""), period -> VisitorSketch.empty());
        }
        visitorHourSketch.add(clientAddress, userAgent);
    }

    private Referrer addReferrer(long hourStart, LocalDate date, LogRecord record) {
        String field = record.text(TextField.REFERRER);
        if (field == null) {
            return Referrer.NONE;
        }
        Referrer referrer = texts.referrerOf(field);
        if (referrer.kind() == Referrer.Kind.EXTERNAL) {
            count(Dimension.REFERRER_URL, hourStart, date, referrer.url(), "");
            count(Dimension.REFERRER_DOMAIN, hourStart, date, referrer.domain(), "");
            if (!referrer.searchEngine().isEmpty()) {
                count(Dimension.SEARCH_ENGINE, hourStart, date, referrer.searchEngine(), "");
            }
        }
        return referrer;
    }

    private void addPath(LocalHours.LocalHour hour, LogRecord record, int status, String statusKey, String method,
                         PathReadings.PathReading reading, Referrer referrer) {
        String path = reading.path();
        long hourStart = hour.startEpochSecond();
        LocalDate date = hour.date();
        countUrl(hourStart, date, record, path);
        if (status == NOT_FOUND) {
            count(Dimension.NOT_FOUND_URL, hourStart, date, path, "");
            if (referrer.kind() == Referrer.Kind.INTERNAL) {
                count(Dimension.NOT_FOUND_FROM, hourStart, date, path, referrer.url());
            }
        } else if (status >= 300 && status < 400 && status != NOT_MODIFIED) {
            count(Dimension.REDIRECT_URL, hourStart, date, path, statusKey);
        }
        long epochSecond = record.epochSecond();
        long minuteStart = epochSecond - Math.floorMod(epochSecond, 60);
        count(Dimension.SECTION, minuteStart, date, reading.section(), "");
        Optional<RequestGroupRule> group = RequestGroups.groupOf(method, reading.groupRules());
        if (group.isPresent()) {
            addRequestGroup(hour, minuteStart, record, group.get());
        }
    }

    /** Counts the URL with the line's latency, where logged: the report shows each URL's average latency. */
    private void countUrl(long hourStart, LocalDate date, LogRecord record, String path) {
        if (record.hasLatency()) {
            line.setLatency(record.latencyMicros(), false);
        }
        count(Dimension.URL, hourStart, date, path, "");
        line.clearLatency();
    }

    private void addRequestGroup(LocalHours.LocalHour hour, long minuteStart, LogRecord record, RequestGroupRule rule) {
        if (record.hasLatency()) {
            long latency = record.latencyMicros();
            line.setLatency(latency, rule.isSlow(latency));
            latency(new SketchKey(Grain.HOUR, hour.startEpochSecond(), hour.date(), rule.group()), latency);
            // The latency alert reads the last few minutes, which an hour's sketch cannot tell apart.
            latency(new SketchKey(Grain.MINUTE, minuteStart, hour.date(), rule.group()), latency);
        }
        count(Dimension.REQUEST_GROUP, hour.startEpochSecond(), hour.date(), rule.group(), "");
        line.clearLatency();
    }

    private void latency(SketchKey period, long latencyMicros) {
        latencies.computeIfAbsent(period, key -> LatencySketch.empty()).add(latencyMicros);
    }

    private void count(Dimension dimension, long periodStart, LocalDate date, String key, String key2) {
        keys.add(dimension, periodStart, date, key, key2, line);
    }

    /** The request line as {@code %r} logs it, from the fields the format has; built only for sites with patterns. */
    private static String requestLine(LogRecord record) {
        StringBuilder line = new StringBuilder(nonNull(record.text(TextField.METHOD))).append(' ')
                .append(nonNull(record.text(TextField.PATH)));
        String query = record.text(TextField.QUERY);
        if (query != null) {
            line.append('?').append(query);
        }
        String protocol = record.text(TextField.PROTOCOL);
        if (protocol != null) {
            line.append(' ').append(protocol);
        }
        return line.toString();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static String bounded(String text) {
        return text == null || text.isEmpty() ? ABSENT : BoundedText.truncate(text, RollupLimits.MAX_KEY_LENGTH);
    }

    /** The status as a key, from a table for the usual three-digit ones rather than a new string per line. */
    private static String statusKey(LogRecord record) {
        if (!record.hasStatus()) {
            return ABSENT;
        }
        int status = record.status();
        return status >= 0 && status < STATUS_KEYS.length ? STATUS_KEYS[status] : Integer.toString(status);
    }

    private static String[] statusKeys() {
        String[] statusKeys = new String[1000];
        for (int i = 0; i < statusKeys.length; i++) {
            statusKeys[i] = Integer.toString(i);
        }
        return statusKeys;
    }
}
