package io.hitstream.bench;

import java.lang.management.ManagementFactory;

/**
 * {@link CombineBenchmark}'s batch measured by the thread's CPU time and allocated bytes rather than wall time: on
 * two cores shared with other builds, JMH's lines per second follow the scheduler (and a starved JIT), while the CPU
 * a line costs barely moves. Prints a line per round of 50 batches; the first rounds include compilation.
 * {@code java -cp bench/target/benchmarks.jar io.hitstream.bench.CombineCpuTime [rounds [e2e|sample]]}
 */
public final class CombineCpuTime {
    private static final int BATCHES_PER_ROUND = 50;

    private CombineCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        CombineBenchmark benchmark = new CombineBenchmark();
        if (args.length > 1) {
            benchmark.input = args[1];
        }
        System.out.println("input " + benchmark.input);
        benchmark.setUp();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long keys = 0;
        for (int round = 1; round <= rounds; round++) {
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long bytesBefore = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < BATCHES_PER_ROUND; i++) {
                keys += benchmark.combineBatch();
            }
            double lines = (double) BATCHES_PER_ROUND * CombineBenchmark.LINES;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
            System.out.printf("round %d: %,.0f lines per CPU second, %,.0f B/line%n", round, lines / cpuSeconds,
                    (threads.getThreadAllocatedBytes(thread) - bytesBefore) / lines);
        }
        System.out.println(keys + " counted keys in all");
    }
}
