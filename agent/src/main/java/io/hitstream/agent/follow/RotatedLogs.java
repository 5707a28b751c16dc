package io.hitstream.agent.follow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the rotated predecessors of a log as logrotate and savelog name them, {@code access.log.1},
 * {@code access.log.2.gz}, ..., and orders them oldest (highest number) first.
 */
final class RotatedLogs {

    private RotatedLogs() {
    }

    /** The rotated files, oldest first; none when the directory does not exist (yet). */
    static List<Path> of(Path live) throws IOException {
        Path directory = live.toAbsolutePath().getParent();
        Pattern rotated = Pattern.compile(Pattern.quote(live.getFileName().toString()) + "\\.(\\d{1,9})(\\.gz)?");
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> siblings = Files.list(directory)) {
            return siblings
                    .filter(Files::isRegularFile)
                    .filter(path -> rotated.matcher(path.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt((Path path) -> number(rotated, path)).reversed()
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
        }
    }

    private static int number(Pattern rotated, Path path) {
        Matcher matcher = rotated.matcher(path.getFileName().toString());
        if (!matcher.matches()) {
            throw new IllegalStateException("filtered before: " + path);
        }
        return Integer.parseInt(matcher.group(1));
    }
}
