package io.hitstream.agent.status;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hitstream.agent.state.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The small JSON file the running agent rewrites every few seconds beside its state file; {@code status} reads it. */
public final class StatusFile {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STATE_SUFFIX = ".json";

    private final Path path;

    public StatusFile(Path path) {
        this.path = path;
    }

    /** The status file that goes with {@code stateFile}: {@code state.json} has {@code state.status.json}. */
    public static StatusFile besideState(Path stateFile) {
        String name = stateFile.getFileName().toString();
        String base = name.endsWith(STATE_SUFFIX) ? name.substring(0, name.length() - STATE_SUFFIX.length()) : name;
        return new StatusFile(stateFile.resolveSibling(base + ".status.json"));
    }

    public Path path() {
        return path;
    }

    /** Replaces the file at once; it is rewritten often, so it is not forced to disk. */
    public void write(AgentStatus status) throws IOException {
        AtomicFile.replace(path, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(status), false);
    }

    public AgentStatus read() throws IOException {
        try {
            return JSON.readValue(Files.readAllBytes(path), AgentStatus.class);
        } catch (JacksonException e) {
            throw new IOException(path + ": not a readable status file: " + e.getOriginalMessage(), e);
        }
    }
}
