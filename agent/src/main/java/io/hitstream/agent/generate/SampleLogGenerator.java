package io.hitstream.agent.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Writes sample access logs in combined format, one file per site ({@code <site>.access.log}), lines in time
 * order over the days, and a hosts file naming most of their clients ({@code clients.hosts}); the seed drives every
 * choice, so the same settings give the same bytes.
 */
public final class SampleLogGenerator {

    /** About this share of lines is junk, so that rejections show up. */
    static final double JUNK_SHARE = 0.005;
    private static final double SITE_SKEW = 1.5;
    private static final int SECONDS_PER_HOUR = 3600;
    private static final int SECONDS_PER_DAY = 24 * SECONDS_PER_HOUR;
    /** Relative traffic per UTC hour of the day: quiet nights, busy afternoons. */
    private static final WeightedPicker<Integer> HOURS = WeightedPicker.of(
            List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23),
            2, 1.5, 1, 1, 1, 1.5, 3, 5, 7, 8, 8.5, 9, 9, 9, 8.5, 8.5, 8, 8, 7.5, 7, 6, 5, 4, 3);
    private static final int BUFFER_BYTES = 256 * 1024;

    private final SampleSettings settings;

    public SampleLogGenerator(SampleSettings settings) {
        this.settings = settings;
    }

    /** The file a site's log is written to. */
    public static Path logFile(Path dir, String site) {
        return dir.resolve(site + ".access.log");
    }

    /** The hosts file naming the sample's clients. */
    public static Path hostsFile(Path dir) {
        return dir.resolve("clients.hosts");
    }

    /** Writes one log per site and the hosts file into {@code dir} (created when missing), replacing those files. */
    public GeneratedSample writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(settings.seed());
        HitSampler sampler = new HitSampler(random);
        List<GeneratedLog> logs = writeLogs(dir, sampler, random);
        // A Random of their own: drawing names from the logs' Random would change the logs, and a log whose first
        // line changed is a new stream to a database that holds the old one, so its hits would count twice.
        List<ClientNames.Entry> names = new ClientNames(new Random(settings.seed())).entriesFor(sampler.clients());
        ClientNames.write(hostsFile(dir), names);
        return new GeneratedSample(logs, hostsFile(dir), names.size());
    }

    private List<GeneratedLog> writeLogs(Path dir, HitSampler sampler, Random random) throws IOException {
        WeightedPicker<Integer> sites = WeightedPicker.zipf(siteIndexes(), SITE_SKEW);
        long[] lines = new long[settings.sites().size()];
        List<OutputStream> outputs = new ArrayList<>();
        try {
            for (String site : settings.sites()) {
                outputs.add(new BufferedOutputStream(Files.newOutputStream(logFile(dir, site)), BUFFER_BYTES));
            }
            for (long second : timestamps(random)) {
                int site = sites.pick(random);
                Hit hit = sampler.hit(settings.sites().get(site), Instant.ofEpochSecond(second), random);
                byte[] line = random.nextDouble() < JUNK_SHARE
                        ? JunkLines.instead(hit, random)
                        : CombinedLogLine.format(hit).getBytes(StandardCharsets.US_ASCII);
                outputs.get(site).write(line);
                outputs.get(site).write('\n');
                lines[site]++;
            }
        } finally {
            closeAll(outputs);
        }
        return generatedLogs(dir, lines);
    }

    private List<GeneratedLog> generatedLogs(Path dir, long[] lines) {
        List<GeneratedLog> written = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String site = settings.sites().get(i);
            written.add(new GeneratedLog(site, logFile(dir, site), lines[i]));
        }
        return written;
    }

    private List<Integer> siteIndexes() {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < settings.sites().size(); i++) {
            indexes.add(i);
        }
        return indexes;
    }

    /** Epoch seconds of every line, in order: a random day, an hour by the daily curve, a random second in it. */
    private long[] timestamps(Random random) {
        long start = settings.start().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long[] seconds = new long[settings.lines()];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = start + (long) random.nextInt(settings.days()) * SECONDS_PER_DAY
                    + (long) HOURS.pick(random) * SECONDS_PER_HOUR + random.nextInt(SECONDS_PER_HOUR);
        }
        Arrays.sort(seconds);
        return seconds;
    }

    private static void closeAll(List<OutputStream> outputs) throws IOException {
        IOException failure = null;
        for (OutputStream output : outputs) {
            try {
                output.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
