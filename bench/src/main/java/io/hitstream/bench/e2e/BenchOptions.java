package io.hitstream.bench.e2e;

import java.util.ArrayList;
import java.util.List;

/** The options of {@code ./hitstream bench e2e}. */
record BenchOptions(List<String> arguments, long lines, long seed, long warmUpLines, boolean scaling, boolean freshness,
                    int freshnessRate, int freshnessSeconds, boolean record, String note,
                    String workDir, String dbHost, int dbPort, String dbUser, String dbName) {
    static final String USAGE = "usage: ./hitstream bench e2e [--lines N] [--seed N] [--warm-up N] [--scaling] [--freshness] [--freshness-rate N] [--freshness-seconds N]"
            + " [--no-record] [--note TEXT]";

    static BenchOptions parse(String... args) {
        long lines = 1_000_000;
        long seed = 1;
        long warmUpLines = 0;
        boolean scaling = false;
        boolean freshness = false;
        int freshnessRate = 5000;
        int freshnessSeconds = 60;
        boolean record = true;
        String note = "";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--lines" -> lines = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--warm-up" -> warmUpLines = Long.parseLong(args[++i]);
                case "--scaling" -> scaling = true;
                case "--freshness" -> freshness = true;
                case "--freshness-rate" -> freshnessRate = Integer.parseInt(args[++i]);
                case "--freshness-seconds" -> freshnessSeconds = Integer.parseInt(args[++i]);
                case "--no-record" -> record = false;
                case "--note" -> note = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        return new BenchOptions(List.of(args), lines, seed, warmUpLines, scaling, freshness, freshnessRate, freshnessSeconds, record, note,
                env("HITSTREAM_RUN_DIR", ".run") + "/bench-e2e", env("HITSTREAM_DB_HOST", "127.0.0.1"),
                Integer.parseInt(env("HITSTREAM_DB_PORT", "5432")), env("HITSTREAM_DB_USER", "postgres"),
                "hitstream_bench_e2e");
    }

    /** The options that change what is measured: the note, printed on its own, is left out. */
    List<String> commandOptions() {
        int note = arguments.indexOf("--note");
        if (note < 0) {
            return arguments;
        }
        List<String> rest = new ArrayList<>(arguments.subList(0, note));
        rest.addAll(arguments.subList(Math.min(note + 2, arguments.size()), arguments.size()));
        return rest;
    }

    private static String env(String name, String fallback) {
        return System.getenv().getOrDefault(name, fallback);
    }
}
