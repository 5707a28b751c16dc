package io.hitstream.agent.follow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * What tells one file from another at the same path: the file system's key (device and inode on Linux), as text
 * so that the state file can keep it. A path showing another key than before was rotated or replaced.
 */
public record FileKey(String text) {

    /** The key of the file at {@code path} now, or empty when there is none. */
    public static Optional<FileKey> of(Path path) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            Object key = attributes.fileKey();
            // Without a key from the file system, the modification-independent creation time is the next best thing.
            return Optional.of(new FileKey(key != null ? key.toString() : "created=" + attributes.creationTime()));
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
