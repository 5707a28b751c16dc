package io.hitstream.stats.domain;

import io.hitstream.rollups.RollupLimits;

/** One shipped log file: the unit whose committed offset the ledger keeps. */
public record StreamKey(String site, String host, String fileId) {
    public StreamKey {
        site = StoredText.required("stream.site", site, RollupLimits.MAX_ID_LENGTH);
        host = StoredText.required("stream.host", host, RollupLimits.MAX_ID_LENGTH);
        fileId = StoredText.required("stream.file_id", fileId, RollupLimits.MAX_ID_LENGTH);
    }
}
