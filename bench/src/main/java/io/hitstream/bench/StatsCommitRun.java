package io.hitstream.bench;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.hitstream.bench.e2e.BenchDatabase;
import io.hitstream.bench.e2e.ProcessMeter;
import io.hitstream.ingest.domain.BatchCombiner;
import io.hitstream.ingest.domain.ClientDomains;
import io.hitstream.ingest.domain.DimensionRules;
import io.hitstream.ingest.peer.AggregateMessages;
import io.hitstream.logformat.NcsaLogFormat;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.CommitStatus;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.proto.stats.v1.StatsServiceGrpc;
import io.hitstream.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * What a commit of a 1,000-line batch costs packaged stats-service builds, side by side in one run: each build in
 * turn, round after round, is started on a fresh database and sent the same aggregates, made by ingest's own
 * combiner and mapping from generated {@code combined_latency} lines one second apart (every dimension on), one
 * commit at a time on one stream. Two workloads: "live" lines up to a minute ago (100 batches: the last 28 hours), and
 * "replay" the same lines 30 days older, whose minute rows are past the 48-hour minute retention. It prints per commit the CPU milliseconds of the
 * stats process (and of it, its JIT compiler threads': still compiling after the warm-up, they are a large part of a
 * short run) and of PostgreSQL (the database's backends plus WAL writer, checkpointer, background writer), and
 * the rows PostgreSQL counts as inserted or updated, after a warm-up of a third as many batches of the hours before
 * on another stream. {@code --lines-per-batch N} (default 1,000) and {@code --window W} (the batches dealt to W
 * streams committed at once, default 1; stats then groups them into shared transactions) bring it nearer what ingest sends.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.hitstream.bench.StatsCommitRun [--batches N] [--rounds R]
 * [--java-option OPTION]... LABEL=path/to/stats-service/target/quarkus-app/quarkus-run.jar ...}: each
 * {@code --java-option} is added to the stats processes' command line, e.g. to record them with JFR; options of one
 * build's runs alone follow its jar, e.g. {@code "c1=path/quarkus-run.jar -XX:TieredStopAtLevel=1"}.
 */
public final class StatsCommitRun {
    private static int linesPerBatch = 1000;
    private static int window = 1;
    private static final String DATABASE = "hitstream_bench_stats";
    private static final String SITE = "example.org";

    private record Workload(String name, List<PartialAggregate> warmUp, List<PartialAggregate> measured) {
    }

    /** A packaged build and the JVM options of its runs alone, given as "JAR OPTION...". */
    private record Build(Path jar, List<String> javaOptions) {
        static Build of(String spec) {
            List<String> words = List.of(spec.strip().split("\\s+"));
            return new Build(Path.of(words.get(0)), words.subList(1, words.size()));
        }
    }

    private record Result(double statsMs, double compilerMs, double postgresMs, double rowsWritten, long liveRows,
            Map<String, Double> postgresMsByType, BenchDatabase.WalCounters wal, int commits, long statsPeakRssKib,
            long transactions) {
    }

    private StatsCommitRun() {
    }

    public static void main(String[] args) throws Exception {
        int batches = 100;
        int rounds = 2;
        Map<String, Build> builds = new LinkedHashMap<>();
        List<String> javaOptions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--batches" -> batches = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--java-option" -> javaOptions.add(args[++i]);
                case "--lines-per-batch" -> linesPerBatch = Integer.parseInt(args[++i]);
                case "--window" -> window = Integer.parseInt(args[++i]);
                default -> builds.put(args[i].substring(0, args[i].indexOf('=')),
                        Build.of(args[i].substring(args[i].indexOf('=') + 1)));
            }
        }
        long firstSecond = Instant.now().getEpochSecond() - 60 - (long) batches * linesPerBatch;
        List<Workload> workloads = List.of(workload("live", batches, firstSecond),
                workload("replay", batches, firstSecond - Duration.ofDays(30).toSeconds()));
        Map<String, List<Result>> results = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Workload workload : workloads) {
                for (Map.Entry<String, Build> build : builds.entrySet()) {
                    List<String> options = new ArrayList<>(javaOptions);
                    options.addAll(build.getValue().javaOptions());
                    Result result = run(build.getValue().jar(), options, workload);
                    System.out.printf("round %d  %-8s %-10s stats %6.2f ms (JIT %6.2f)  postgres %6.2f ms  rows %7.1f"
                                    + " per commit; live rows %d%n", round, workload.name(), build.getKey(),
                            result.statsMs(), result.compilerMs(), result.postgresMs(), result.rowsWritten(),
                            result.liveRows());
                    System.out.printf("         postgres ms per commit by process: %s; WAL per commit: %.0f records,"
                                    + " %.1f full-page images, %.0f bytes; checkpoints %d; stats peak RSS %d MiB;"
                                    + " %d transactions for %d batches%n",
                            byTypeText(result.postgresMsByType()), result.wal().records() / (double) result.commits(),
                            result.wal().fullPageImages() / (double) result.commits(),
                            result.wal().bytes() / (double) result.commits(), result.wal().checkpoints(),
                            result.statsPeakRssKib() / 1024, result.transactions(), result.commits());
                    results.computeIfAbsent(workload.name() + " " + build.getKey(), key -> new ArrayList<>()).add(result);
                }
            }
        }
        System.out.println("\nmean of the rounds, per 1,000-line commit:");
        results.forEach((key, runs) -> System.out.printf("%-20s stats %6.2f ms (JIT %6.2f)  postgres %6.2f ms"
                        + "  rows %7.1f%n", key,
                runs.stream().mapToDouble(Result::statsMs).average().orElseThrow(),
                runs.stream().mapToDouble(Result::compilerMs).average().orElseThrow(),
                runs.stream().mapToDouble(Result::postgresMs).average().orElseThrow(),
                runs.stream().mapToDouble(Result::rowsWritten).average().orElseThrow()));
    }

    /** Measured batches of lines one second apart from the first second, warm-up batches (a third as many) before. */
    private static Workload workload(String name, int batches, long firstSecond) {
        DimensionRules rules = CombineBenchmark.rules();
        int warmUpLines = batches / 3 * linesPerBatch;
        byte[] warmUp = SampleLines.of("combined_latency", warmUpLines, 43, firstSecond - warmUpLines, 1);
        byte[] measured = SampleLines.of("combined_latency", batches * linesPerBatch, 42, firstSecond, 1);
        return new Workload(name, aggregates(rules, warmUp, "warm-up"), aggregates(rules, measured, "measured"));
    }

    /**
     * The lines cut into batches, each as ingest would commit it, dealt in turn to {@code window} streams (files of
     * one host), each batch's offsets those of its stream's bytes.
     */
    private static List<PartialAggregate> aggregates(DimensionRules rules, byte[] lines, String fileId) {
        List<PartialAggregate> aggregates = new ArrayList<>();
        long[] streamOffsets = new long[window];
        int start = 0;
        while (start < lines.length) {
            int end = start;
            for (int line = 0; line < linesPerBatch && end < lines.length; line++) {
                while (lines[end++] != '\n') {
                    // to the line's end
                }
            }
            byte[] batch = Arrays.copyOfRange(lines, start, end);
            int streamIndex = aggregates.size() % window;
            StreamId stream = StreamId.newBuilder().setHost("web-1").setSite(SITE)
                    .setFileId(window == 1 ? fileId : fileId + "-" + streamIndex).build();
            long streamStart = streamOffsets[streamIndex];
            streamOffsets[streamIndex] += batch.length;
            aggregates.add(AggregateMessages.of(stream, streamStart, streamOffsets[streamIndex], new BatchCombiner(
                    NcsaLogFormat.COMBINED_LATENCY.newParser(), ZoneId.of("UTC"), rules, SITE, "web-1").combine(batch),
                    ClientDomains.NONE, LocalDate.now(ZoneId.of("UTC"))));
            start = end;
        }
        return aggregates;
    }

    private static Result run(Path jar, List<String> javaOptions, Workload workload) throws Exception {
        PostgresServer server = PostgresServer.fromEnvironment();
        BenchDatabase database = new BenchDatabase(server.host(), server.port(), server.user(), DATABASE);
        database.recreate();
        int port = LocalProcesses.freePort();
        Path log = Files.createTempFile("stats-commit-run", ".log");
        List<String> command = new ArrayList<>(List.of(LocalProcesses.java(), "-Xmx256m", "-XX:+ExitOnOutOfMemoryError"));
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("HITSTREAM_STATS_PORT", String.valueOf(port));
        environment.put("HITSTREAM_DB_HOST", server.host());
        environment.put("HITSTREAM_DB_PORT", String.valueOf(server.port()));
        environment.put("HITSTREAM_DB_USER", server.user());
        environment.put("HITSTREAM_DB_PASSWORD", server.password());
        environment.put("HITSTREAM_DB_NAME", DATABASE);
        // Only commits run: no retention, fold or alert job takes CPU or rows during the measurement (the monthly
        // fold, every minute, folded the ended months of a long replay into monthly rows once or twice a run).
        environment.put("HITSTREAM_STATS_RETENTION_INTERVAL", "off");
        environment.put("HITSTREAM_STATS_MONTHLY_FOLD_INTERVAL", "off");
        environment.put("HITSTREAM_STATS_ALERTS_EVALUATE_EVERY", "off");
        environment.put("HITSTREAM_STATS_ALERTS_SEND_EVERY", "off");
        Process stats = builder.start();
        ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
        try {
            if (!LocalProcesses.awaitReady(port, stats, Duration.ofMinutes(3))) {
                throw new IllegalStateException("stats not ready; see " + log);
            }
            StatsServiceGrpc.StatsServiceBlockingStub client = StatsServiceGrpc.newBlockingStub(channel);
            commitAll(client, workload.warmUp());
            BenchDatabase.Footprint rowsBefore = database.flushedFootprint();
            long transactionsBefore = database.committedTransactions();
            Map<Long, Double> postgresBefore = database.cpuByProcess();
            BenchDatabase.WalCounters walBefore = database.walCounters();
            double statsBefore = ProcessMeter.cpuSeconds(stats.pid());
            double compilerBefore = compilerCpuSeconds(stats.pid());
            commitAll(client, workload.measured());
            double statsCpu = ProcessMeter.cpuSeconds(stats.pid()) - statsBefore;
            double compilerCpu = compilerCpuSeconds(stats.pid()) - compilerBefore;
            Map<Long, Double> postgresAfter = database.cpuByProcess();
            BenchDatabase.WalCounters wal = database.walCounters().minus(walBefore);
            double postgresCpu = BenchDatabase.cpuBetween(postgresBefore, postgresAfter);
            int commits = workload.measured().size();
            Map<String, Double> postgresMsByType = msPerCommitByType(database.backendTypes(), postgresBefore,
                    postgresAfter, commits);
            long statsPeakRssKib = ProcessMeter.peakRssKib(stats.pid());
            BenchDatabase.Footprint rowsAfter = database.flushedFootprint();
            long transactions = database.committedTransactions() - transactionsBefore;
            return new Result(1000 * statsCpu / commits, 1000 * compilerCpu / commits, 1000 * postgresCpu / commits,
                    (rowsAfter.inserted() + rowsAfter.updated() - rowsBefore.inserted() - rowsBefore.updated())
                            / (double) commits, rowsAfter.liveRows(), postgresMsByType, wal, commits, statsPeakRssKib, transactions);
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            stats.destroy();
            if (!stats.waitFor(30, TimeUnit.SECONDS)) {
                stats.destroyForcibly();
            }
        }
    }

    /** PostgreSQL's CPU milliseconds per commit by backend type: the backends running our statements, or the others. */
    private static Map<String, Double> msPerCommitByType(Map<Long, String> types, Map<Long, Double> before,
            Map<Long, Double> after, int commits) {
        Map<String, Double> byType = new TreeMap<>();
        after.forEach((pid, cpu) -> byType.merge(types.getOrDefault(pid, "ended"),
                1000 * (cpu - before.getOrDefault(pid, 0.0)) / commits, Double::sum));
        return byType;
    }

    private static String byTypeText(Map<String, Double> msByType) {
        StringBuilder text = new StringBuilder();
        msByType.forEach((type, ms) -> text.append(text.isEmpty() ? "" : ", ").append(type)
                .append(String.format(" %.2f", ms)));
        return text.toString();
    }

    /** The CPU seconds of the stats process's JIT compiler threads, which a short run's figures are partly made of. */
    private static double compilerCpuSeconds(long pid) {
        return ProcessMeter.threadCpuSeconds(pid, thread -> thread.matches("C[12] CompilerThre.*"));
    }

    /**
     * Commits each stream's batches in order, the streams at once (one thread each), as ingest commits the batches of
     * several agents' files.
     */
    private static void commitAll(StatsServiceGrpc.StatsServiceBlockingStub client, List<PartialAggregate> batches)
            throws Exception {
        ExecutorService streams = Executors.newFixedThreadPool(window);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int stream = 0; stream < window; stream++) {
                List<PartialAggregate> ofStream = new ArrayList<>();
                for (int i = stream; i < batches.size(); i += window) {
                    ofStream.add(batches.get(i));
                }
                done.add(streams.submit(() -> ofStream.forEach(batch -> commit(client, batch))));
            }
            for (Future<?> stream : done) {
                stream.get();
            }
        } finally {
            streams.shutdown();
        }
    }

    private static void commit(StatsServiceGrpc.StatsServiceBlockingStub client, PartialAggregate batch) {
        CommitStatus status = client.withDeadlineAfter(60, TimeUnit.SECONDS).commit(batch).getStatus();
        if (status != CommitStatus.COMMIT_STATUS_COMMITTED) {
            throw new IllegalStateException("batch at " + batch.getStartOffset() + " answered " + status);
        }
    }
}
