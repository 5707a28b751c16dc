package io.hitstream.bench.useragent;

import java.util.List;
import java.util.function.Function;

/**
 * The heap each built parser keeps: used heap after full collections, before and after building one and parsing
 * every sample once. Run one parser per JVM: {@code java -cp bench/target/benchmarks.jar
 * io.hitstream.bench.useragent.UserAgentParserFootprint YAUAA}.
 */
public final class UserAgentParserFootprint {
    private UserAgentParserFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        UserAgentParsers candidate = UserAgentParsers.valueOf(args[0]);
        List<String> agents = UserAgentSamples.distinct(UserAgentParseBenchmark.DISTINCT, 42);
        long before = usedAfterCollection();
        Function<String, String> parse = candidate.build();
        agents.forEach(parse::apply);
        long after = usedAfterCollection();
        System.out.printf("%s: %.1f MiB retained; e.g. %s%n", candidate, (after - before) / 1048576.0,
                parse.apply(agents.get(0)));
    }

    private static long usedAfterCollection() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
