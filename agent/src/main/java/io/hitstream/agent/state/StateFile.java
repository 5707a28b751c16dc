package io.hitstream.agent.state;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Remembers which file was live at each followed path, so that after a restart the follower can find it among the
 * rotated files and finish it before the new live one. It keeps no offsets: ingest's committed offset is the
 * only truth about what was shipped. Each change replaces the file atomically and durably.
 */
public final class StateFile {

    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<Path> file;
    private final Map<String, KnownFile> files;

    private StateFile(Optional<Path> file, Map<String, KnownFile> files) {
        this.file = file;
        this.files = files;
    }

    /** The state kept in {@code file}; empty when the file does not exist yet (the agent's first start). */
    public static StateFile load(Path file) throws IOException {
        try {
            Content content = JSON.readValue(Files.readAllBytes(file), Content.class);
            if (content.version() != VERSION || content.files() == null) {
                throw new IOException(file + ": not a state file of version " + VERSION);
            }
            return new StateFile(Optional.of(file), new TreeMap<>(content.files()));
        } catch (NoSuchFileException firstStart) {
            return new StateFile(Optional.of(file), new TreeMap<>());
        } catch (JacksonException e) {
            throw new IOException(file + ": not a readable state file: " + e.getOriginalMessage(), e);
        }
    }

    /** State that lives as long as the process, for followers that need not survive a restart. */
    public static StateFile inMemory() {
        return new StateFile(Optional.empty(), new TreeMap<>());
    }

    /** The file last live at {@code path}, if any was recorded. */
    public synchronized Optional<KnownFile> known(Path path) {
        return Optional.ofNullable(files.get(key(path)));
    }

    /** Records the file now live at {@code path}, on disk before this returns. */
    public synchronized void remember(Path path, KnownFile live) throws IOException {
        if (live.equals(files.put(key(path), live)) || file.isEmpty()) {
            return;
        }
        AtomicFile.replace(file.get(), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Content(VERSION, files)),
                true);
    }

    private static String key(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    /** The file's JSON: a version and, by absolute path, the file last live there. */
    private record Content(int version, Map<String, KnownFile> files) {
    }
}
