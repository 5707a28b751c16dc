package io.hitstream.bench.e2e;

/** What one process (or group of processes) cost during a measured run. */
record Measurement(String name, double cpuSeconds, long peakRssKib) {
    Measurement plus(Measurement other) {
        return new Measurement(name, cpuSeconds + other.cpuSeconds, Math.max(peakRssKib, other.peakRssKib));
    }
}
