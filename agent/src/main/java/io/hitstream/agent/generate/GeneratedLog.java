package io.hitstream.agent.generate;

import java.nio.file.Path;

/** One written sample log: its site, its file, and how many lines it holds. */
public record GeneratedLog(String site, Path file, long lines) {
}
