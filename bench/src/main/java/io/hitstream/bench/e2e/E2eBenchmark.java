package io.hitstream.bench.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./hitstream bench e2e}: the whole pipeline, GoAccess and AWStats on the same generated log in one run;
 * their throughputs and ratios, what each Hitstream process spent, where Hitstream's totals differ from GoAccess's,
 * and optionally 1 against 4 agents. Prints a Markdown section and appends it to bench/RESULTS.md.
 */
public final class E2eBenchmark {
    private static final String SCALING_SITE = "scale.example.com";
    private static final List<String> WARM_UP_SITES = List.of("warm-up.example.com", "warm-up.example.net",
            "warm-up.example.org");
    /** Freshness is given again without its first seconds, while the fresh services compile their hot code. */
    private static final int WARM_UP_SECONDS = 10;

    private final BenchOptions options;
    private final Path root = Path.of("").toAbsolutePath();
    private final StringBuilder report = new StringBuilder();

    private E2eBenchmark(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new E2eBenchmark(BenchOptions.parse(args)).run();
    }

    private void run() throws Exception {
        Path work = Files.createDirectories(root.resolve(options.workDir()));
        List<Path> files = new LogGenerator(LogGenerator.Settings.of(options.seed(), options.lines(), LogGenerator.SITES))
                .write(work.resolve("log"));
        BenchDatabase database = new BenchDatabase(options.dbHost(), options.dbPort(), options.dbUser(), options.dbName());
        PipelineRun pipeline = new PipelineRun(root, work, database, options.dbName());
        heading();

        List<PipelineRun.Shipment> shipments = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            shipments.add(new PipelineRun.Shipment(LogGenerator.SITES.get(i), List.of(files.get(i))));
        }
        PipelineRun.Outcome hitstream = pipeline.run("three-sites", warmUp(work), shipments);
        Map<String, Totals> goaccessTotals = new LinkedHashMap<>();
        double goaccess = 0;
        double awstats = 0;
        List<Measurement> toolCosts = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String site = LogGenerator.SITES.get(i);
            Path json = work.resolve("goaccess-" + site + ".json");
            TimedCommand.Result g = OtherTools.goaccess(files.get(i), json, work.resolve("goaccess.log"));
            goaccess += g.wallSeconds();
            toolCosts.add(g.cost());
            goaccessTotals.put(site, Totals.fromGoAccess(new ObjectMapper().readTree(json.toFile())));
            TimedCommand.Result a = OtherTools.awstats(site, files.get(i), work.resolve("awstats"), work.resolve("awstats.log"));
            awstats += a.wallSeconds();
            toolCosts.add(a.cost());
        }
        throughputs(hitstream, goaccess, awstats, toolCosts);
        costs(hitstream);
        agreement(hitstream.totals(), goaccessTotals);
        if (options.scaling()) {
            scaling(pipeline, work);
        }
        if (options.freshness()) {
            freshness(pipeline, work, files.get(0));
        }
        System.out.print(report);
        if (options.record()) {
            Files.writeString(root.resolve("bench/RESULTS.md"), "\n" + report, StandardOpenOption.APPEND);
        }
    }

    /**
     * The warm-up's lines, shipped to three other sites by three agents before the measurement: another seed, so
     * that no measured key is already in the database.
     */
    private List<PipelineRun.Shipment> warmUp(Path work) throws Exception {
        if (options.warmUpLines() == 0) {
            return List.of();
        }
        List<Path> files = new LogGenerator(LogGenerator.Settings.of(options.seed() + 1000, options.warmUpLines(),
                WARM_UP_SITES)).write(work.resolve("warm-up"));
        List<PipelineRun.Shipment> shipments = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            shipments.add(new PipelineRun.Shipment(WARM_UP_SITES.get(i), List.of(files.get(i))));
        }
        return shipments;
    }

    private void heading() throws Exception {
        report.append("## End to end: ").append(String.format("%,d", options.lines())).append(" lines, ")
                .append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append("\n\nCommand: `./hitstream bench e2e ").append(String.join(" ", options.commandOptions()))
                .append("`. Load average at start: ")
                .append(String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3)))
                .append(". ").append(warmUpNote()).append(options.note()).append("\n\n");
    }

    private String warmUpNote() {
        if (options.warmUpLines() == 0) {
            return "Services freshly started for the measurement. ";
        }
        return String.format("Services warmed up first by %,d lines shipped to three other sites (the same JVMs and "
                + "database; peak RSS and the database's size include the warm-up). ", options.warmUpLines());
    }

    private void throughputs(PipelineRun.Outcome hitstream, double goaccess, double awstats, List<Measurement> toolCosts) {
        long lines = options.lines();
        double ours = lines / hitstream.wallSeconds();
        report.append("| tool | wall s | lines/s | CPU s | Hitstream ÷ tool |\n|---|---:|---:|---:|---:|\n");
        row("Hitstream (agent → PostgreSQL)", hitstream.wallSeconds(), lines, hitstream.cpuSeconds(), 1);
        row("GoAccess 1.7 (-o json)", goaccess, lines, cpuOf(toolCosts, "goaccess"), ours / (lines / goaccess));
        row("AWStats (-update)", awstats, lines, cpuOf(toolCosts, "awstats"), ours / (lines / awstats));
        report.append('\n');
    }

    private void row(String tool, double wall, long lines, double cpu, double ratio) {
        report.append(String.format("| %s | %.1f | %,.0f | %.1f | %.2f |%n", tool, wall, lines / wall, cpu, ratio));
    }

    private static double cpuOf(List<Measurement> costs, String name) {
        return costs.stream().filter(m -> m.name().equals(name)).mapToDouble(Measurement::cpuSeconds).sum();
    }

    private void costs(PipelineRun.Outcome outcome) {
        report.append("| Hitstream process | CPU s | CPU s per million lines | peak RSS MiB |\n|---|---:|---:|---:|\n");
        for (Measurement m : outcome.costs()) {
            report.append(String.format("| %s | %.1f | %.1f | %d |%n", m.name(), m.cpuSeconds(),
                    m.cpuSeconds() * 1e6 / options.lines(), m.peakRssKib() / 1024));
        }
        BenchDatabase.Footprint f = outcome.footprint();
        report.append(String.format("%nDatabase after the run: %,d rows inserted, %,d updated, %,d live rows, %,d MiB.%n%n",
                f.inserted(), f.updated(), f.liveRows(), f.bytes() / (1024 * 1024)));
    }

    private void agreement(Map<String, Totals> ours, Map<String, Totals> goaccess) {
        List<String> differences = new ArrayList<>();
        for (String site : goaccess.keySet()) {
            differences.addAll(Agreement.differences(site, ours.get(site), goaccess.get(site)));
        }
        report.append("Agreement with GoAccess (requests, bytes, unreadable lines, status classes, top 10 URLs per site): ");
        if (differences.isEmpty()) {
            report.append("**no difference**.");
        } else {
            report.append(differences.size()).append(" differences:\n\n");
            differences.forEach(d -> report.append("- ").append(d).append('\n'));
        }
        report.append("\nDistinct URLs per site (GoAccess; the report's API does not give them): ");
        goaccess.forEach((site, t) -> report.append(site).append(' ').append(t.distinctUrls()).append("; "));
        report.append("\n\n");
    }

    /** The same lines in four files of one site: one agent shipping all four, then four agents at once. */
    private void scaling(PipelineRun pipeline, Path work) throws Exception {
        List<Path> parts = new ArrayList<>();
        for (int part = 1; part <= 4; part++) {
            parts.addAll(new LogGenerator(LogGenerator.Settings.of(options.seed() + part, options.lines() / 4,
                    List.of(SCALING_SITE))).write(work.resolve("scaling/part-" + part)));
        }
        long lines = options.lines() / 4 * 4;
        PipelineRun.Outcome one = pipeline.run("one-agent", List.of(new PipelineRun.Shipment(SCALING_SITE, parts)));
        List<PipelineRun.Shipment> separate = parts.stream()
                .map(p -> new PipelineRun.Shipment(SCALING_SITE, List.of(p))).toList();
        PipelineRun.Outcome four = pipeline.run("four-agents", separate);
        report.append("Scaling, 4 files of one site:\n\n| agents | wall s | lines/s | CPU µs per line |\n|---|---:|---:|---:|\n");
        for (Map.Entry<String, PipelineRun.Outcome> e : Map.of("1", one, "4", four).entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            report.append(String.format("| %s | %.1f | %,.0f | %.1f |%n", e.getKey(), e.getValue().wallSeconds(),
                    lines / e.getValue().wallSeconds(), e.getValue().cpuSeconds() * 1e6 / lines));
        }
        report.append('\n');
    }

    private void freshness(PipelineRun pipeline, Path work, Path lines) throws Exception {
        Freshness.Result result = new Freshness(pipeline, work.resolve("freshness"))
                .measure(Files.readAllLines(lines), options.freshnessRate(), options.freshnessSeconds());
        report.append(String.format("Freshness, `agent run` with its default batching following a file written at "
                        + "%,d lines/s for %d s, one line sampled a second, until the report's API counts it: "
                        + "p50 %d ms, p99 %d ms, max %d ms (%d samples, %d never counted).%n%n",
                result.linesPerSecond(), result.seconds(), result.percentile(50), result.percentile(99),
                result.percentile(100), result.latenciesMillis().size(), result.neverCounted()));
        Freshness.Result warm = result.afterFirst(WARM_UP_SECONDS);
        report.append(String.format("After the first %d s (services warm): p50 %d ms, p99 %d ms, max %d ms. "
                        + "Every sample in ms, in the order written: %s.%n%n", WARM_UP_SECONDS, warm.percentile(50),
                warm.percentile(99), warm.percentile(100), result.latenciesMillis()));
    }
}
