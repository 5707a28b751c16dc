package io.hitstream.bench.e2e;

import io.hitstream.bench.LocalProcesses;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One measured run of the whole pipeline on a fresh database: the packaged services started, the files shipped by
 * packaged agents (each agent a {@code ship} of its files, all agents at once), then what it cost and wrote.
 */
final class PipelineRun {
    /** An agent's share of the work: the site and the files one {@code ship} sends. */
    record Shipment(String site, List<Path> files) {
    }

    /** Wall time from the first agent's start to the last one's exit, and what each process spent meanwhile. */
    record Outcome(double wallSeconds, List<Measurement> costs, BenchDatabase.Footprint footprint,
                   Map<String, Totals> totals) {
        double cpuSeconds() {
            return costs.stream().mapToDouble(Measurement::cpuSeconds).sum();
        }
    }

    private final Path root;
    private final Path workDir;
    private final BenchDatabase database;
    private final String databaseName;

    PipelineRun(Path root, Path workDir, BenchDatabase database, String databaseName) {
        this.root = root;
        this.workDir = workDir;
        this.database = database;
        this.databaseName = databaseName;
    }

    /** Ships every shipment with one agent each, all at once, then reads each site's summary from the report. */
    Outcome run(String name, List<Shipment> shipments) throws Exception {
        return run(name, List.of(), shipments);
    }

    /**
     * As {@link #run(String, List)}, after shipping {@code warmUp} through the same services unmeasured: what a
     * running installation spends, once its JVMs have compiled their hot code, rather than what fresh ones do.
     */
    Outcome run(String name, List<Shipment> warmUp, List<Shipment> shipments) throws Exception {
        String token = newToken();
        try (PackagedServices services = startOnFreshDatabase(name, token)) {
            if (!warmUp.isEmpty()) {
                shipAll(services, token, warmUp, name);
            }
            List<Measurement> servicesBefore = services.measure();
            Map<Long, Double> postgresBefore = database.cpuByProcess();
            long start = System.nanoTime();
            List<TimedCommand.Result> shipped = shipAll(services, token, shipments, name);
            double wall = (System.nanoTime() - start) / 1e9;
            Map<Long, Double> postgresAfter = database.cpuByProcess();
            List<Measurement> costs = costs(shipped, servicesBefore, services.measure(), postgresBefore, postgresAfter);
            Thread.sleep(1500);
            ReportClient report = services.report();
            Map<String, Totals> totals = new LinkedHashMap<>();
            for (Shipment shipment : shipments) {
                totals.putIfAbsent(shipment.site(), Totals.fromReport(report.summaryOrNull(shipment.site())));
            }
            return new Outcome(wall, costs, database.flushedFootprint(), totals);
        }
    }

    private List<TimedCommand.Result> shipAll(PackagedServices services, String token, List<Shipment> shipments,
                                              String name) throws Exception {
        List<TimedCommand.Result> shipped = new ArrayList<>();
        ExecutorService launcher = Executors.newFixedThreadPool(shipments.size());
        try {
            List<Future<TimedCommand.Result>> agents = new ArrayList<>();
            for (Shipment shipment : shipments) {
                agents.add(launcher.submit(() -> ship(services, token, shipment, name)));
            }
            for (Future<TimedCommand.Result> agent : agents) {
                shipped.add(agent.get());
            }
        } finally {
            launcher.shutdownNow();
        }
        return shipped;
    }

    /** A bearer token made for one run, as the demo makes one per run folder. */
    static String newToken() {
        return HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    }

    /** The services started on a freshly made database, their logs under {@code logs-NAME}. */
    PackagedServices startOnFreshDatabase(String name, String token) throws Exception {
        database.recreate();
        PackagedServices services = new PackagedServices(root, workDir.resolve("logs-" + name), databaseName, token);
        try {
            services.start();
            return services;
        } catch (RuntimeException | IOException | InterruptedException e) {
            services.close();
            throw e;
        }
    }

    Path agentJar() {
        return root.resolve("agent/target/agent-0.1.0-SNAPSHOT-runner.jar");
    }

    private TimedCommand.Result ship(PackagedServices services, String token, Shipment shipment, String name)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LocalProcesses.java()));
        command.addAll(LocalProcesses.javaOptions("HITSTREAM_AGENT_JAVA_OPTS"));
        command.addAll(List.of("-jar", agentJar().toString(), "ship", "--site", shipment.site(), "--format", "combined",
                "--server", "localhost:" + services.port("ingest")));
        shipment.files().forEach(f -> command.add(f.toString()));
        TimedCommand.Result result = TimedCommand.run("agent", command, Map.of("HITSTREAM_AGENT_TOKEN", token),
                workDir.resolve("logs-" + name).resolve("agent.log"));
        if (result.exitCode() != 0) {
            throw new IllegalStateException("agent exited " + result.exitCode() + "; see logs-" + name + "/agent.log");
        }
        return result;
    }

    private static List<Measurement> costs(List<TimedCommand.Result> agents, List<Measurement> before,
                                           List<Measurement> after, Map<Long, Double> postgresBefore,
                                           Map<Long, Double> postgresAfter) {
        List<Measurement> costs = new ArrayList<>();
        costs.add(agents.stream().map(TimedCommand.Result::cost).reduce(Measurement::plus).orElseThrow());
        for (int i = 0; i < after.size(); i++) {
            costs.add(new Measurement(after.get(i).name(), after.get(i).cpuSeconds() - before.get(i).cpuSeconds(),
                    after.get(i).peakRssKib()));
        }
        costs.add(new Measurement("postgresql", BenchDatabase.cpuBetween(postgresBefore, postgresAfter),
                BenchDatabase.peakRssKib(postgresAfter)));
        return costs;
    }
}
