package io.hitstream.agent.state;

/** The file last live at a followed path: its content-derived identity and its file key (device and inode). */
public record KnownFile(String fileId, String fileKey) {
}
