package io.hitstream.stats.domain;

import io.hitstream.rollups.RollupLimits;
import java.util.Comparator;

/** One shipped log file: the unit whose committed offset the ledger keeps. */
public record StreamKey(String site, String host, String fileId) {
    /** The order a transaction locks its streams' ledger rows in, the same on every replica: none waits in a cycle. */
    public static final Comparator<StreamKey> ORDER = Comparator.comparing(StreamKey::site)
            .thenComparing(StreamKey::host).thenComparing(StreamKey::fileId);

    public StreamKey {
        site = StoredText.required("stream.site", site, RollupLimits.MAX_ID_LENGTH);
        host = StoredText.required("stream.host", host, RollupLimits.MAX_ID_LENGTH);
        fileId = StoredText.required("stream.file_id", fileId, RollupLimits.MAX_ID_LENGTH);
    }
}
