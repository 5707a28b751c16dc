package io.hitstream.agent.generate;

import java.nio.file.Path;
import java.util.List;

/** What was written: one log per site, and the hosts file naming {@code namedClients} of their client addresses. */
public record GeneratedSample(List<GeneratedLog> logs, Path hostsFile, int namedClients) {

    public GeneratedSample {
        logs = List.copyOf(logs);
    }
}
