package io.hitstream.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** CPU time and peak resident memory of a running process, read from Linux's /proc. */
public final class ProcessMeter {
    /** Clock ticks per second of /proc's times (USER_HZ), 100 on every Linux architecture Java runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessMeter() {
    }

    /** User plus system CPU seconds the process has used so far; 0 when it is gone. */
    public static double cpuSeconds(long pid) {
        try {
            return cpuSecondsOf(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")));
        } catch (IOException gone) {
            return 0;
        }
    }

    /**
     * User plus system CPU seconds the process's live threads of the given names (e.g. "C2 CompilerThre", as Linux
     * cuts them to 15 characters) have used so far; a thread that ended no longer counts.
     */
    public static double threadCpuSeconds(long pid, Predicate<String> threadName) {
        try (Stream<Path> threads = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            return threads.mapToDouble(thread -> {
                try {
                    return threadName.test(Files.readString(thread.resolve("comm")).strip())
                            ? cpuSecondsOf(Files.readString(thread.resolve("stat"))) : 0;
                } catch (IOException gone) {
                    return 0;
                }
            }).sum();
        } catch (IOException gone) {
            return 0;
        }
    }

    /** The user plus system CPU seconds of a /proc stat line. */
    private static double cpuSecondsOf(String stat) {
        // The command name in parentheses may hold spaces: fields are counted after its closing parenthesis.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    /** The process's peak resident set (VmHWM) in KiB; 0 when it is gone. */
    public static long peakRssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return 0;
        } catch (IOException gone) {
            return 0;
        }
    }
}
