package io.hitstream.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a command to its end under GNU time, which reports the CPU and peak memory of the command and of every
 * child it waited for: the same measure for the agent, GoAccess and AWStats.
 */
final class TimedCommand {
    /** Wall seconds from start to exit, and what GNU time reported. */
    record Result(String name, int exitCode, double wallSeconds, Measurement cost) {
    }

    private TimedCommand() {
    }

    static Result run(String name, List<String> command, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        Path report = Files.createTempFile("time", ".txt");
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S %M", "-o", report.toString()));
        timed.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(timed).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        int exit = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        List<String> lines = Files.readAllLines(report);
        Files.delete(report);
        String[] fields = lines.get(lines.size() - 1).trim().split(" ");
        Measurement cost = new Measurement(name, Double.parseDouble(fields[0]) + Double.parseDouble(fields[1]),
                Long.parseLong(fields[2]));
        return new Result(name, exit, wall, cost);
    }
}
