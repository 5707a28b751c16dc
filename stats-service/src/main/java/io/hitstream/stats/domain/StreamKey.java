package io.hitstream.stats.domain;

/** One shipped log file: the unit whose committed offset the ledger keeps. */
public record StreamKey(String site, String host, String fileId) {
    /** Longest site, host or file id accepted, in characters. */
    public static final int MAX_ID_LENGTH = 1024;

    public StreamKey {
        site = StoredText.required("stream.site", site, MAX_ID_LENGTH);
        host = StoredText.required("stream.host", host, MAX_ID_LENGTH);
        fileId = StoredText.required("stream.file_id", fileId, MAX_ID_LENGTH);
    }
}
