package io.hitstream.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link CombineCpuTime} of several builds in one JVM, their rounds interleaved: on two cores shared with other
 * builds, one run's mean moves ±15 % from the next run's as the load comes and goes, far more than the levers it
 * should tell apart, while two rounds a second apart see the same load. Each benchmark jar is loaded in a class
 * loader of its own (so each build runs its own classes, compiled apart), and every round runs each build's 50
 * batches once, in an order that turns each round (ABC, CBA, ...) so that none always comes first.
 * {@code java -cp bench/target/benchmarks.jar io.hitstream.bench.CombineCpuTimeSideBySide rounds input jar...}:
 * prints each build's lines per CPU second per round, then the means of the rounds after the first fifth and each
 * build's ratio to the first jar's, as the mean of the rounds' ratios.
 */
public final class CombineCpuTimeSideBySide {
    private static final int BATCHES_PER_ROUND = 50;
    private static final int LINES_PER_BATCH = CombineBenchmark.LINES;

    private CombineCpuTimeSideBySide() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        String input = args[1];
        List<Build> builds = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            builds.add(Build.load(Path.of(args[i]), input));
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        double[][] linesPerCpuSecond = new double[builds.size()][rounds];
        double[][] bytesPerLine = new double[builds.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            StringBuilder printed = new StringBuilder("round " + (round + 1) + ":");
            for (int turn = 0; turn < builds.size(); turn++) {
                int b = round % 2 == 0 ? turn : builds.size() - 1 - turn;
                long cpuBefore = threads.getCurrentThreadCpuTime();
                long bytesBefore = threads.getThreadAllocatedBytes(thread);
                builds.get(b).run(BATCHES_PER_ROUND);
                double lines = (double) BATCHES_PER_ROUND * LINES_PER_BATCH;
                linesPerCpuSecond[b][round] = lines / ((threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9);
                bytesPerLine[b][round] = (threads.getThreadAllocatedBytes(thread) - bytesBefore) / lines;
            }
            for (int b = 0; b < builds.size(); b++) {
                printed.append(String.format(" %s %,.0f", builds.get(b).name(), linesPerCpuSecond[b][round]));
            }
            System.out.println(printed);
        }
        int first = rounds / 5;
        for (int b = 0; b < builds.size(); b++) {
            double lines = 0;
            double bytes = 0;
            double ratio = 0;
            for (int round = first; round < rounds; round++) {
                lines += linesPerCpuSecond[b][round];
                bytes += bytesPerLine[b][round];
                ratio += linesPerCpuSecond[b][round] / linesPerCpuSecond[0][round];
            }
            int measured = rounds - first;
            System.out.printf("%s: %,.0f lines per CPU second, %,.0f B/line, x %.3f of %s (rounds %d-%d)%n",
                    builds.get(b).name(), lines / measured, bytes / measured, ratio / measured, builds.get(0).name(),
                    first + 1, rounds);
        }
    }

    /** One build's benchmark, loaded from its jar apart from every other build's classes. */
    private record Build(String name, Object benchmark, Method combineBatch) {

        static Build load(Path jar, String input) throws Exception {
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> type = loader.loadClass(CombineBenchmark.class.getName());
            Object benchmark = type.getConstructor().newInstance();
            type.getField("input").set(benchmark, input);
            type.getMethod("setUp").invoke(benchmark);
            String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
            return new Build(name, benchmark, type.getMethod("combineBatch"));
        }

        void run(int batches) throws Exception {
            for (int i = 0; i < batches; i++) {
                combineBatch.invoke(benchmark);
            }
        }
    }
}
