package io.hitstream.stats.store;

import io.hitstream.stats.domain.StreamKey;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** Primary key of a {@link StreamLedgerEntry}: the stream's site, host and file id. */
@Embeddable
public class StreamLedgerId implements Serializable {
    private String site;
    private String host;
    @Column(name = "file_id")
    private String fileId;

    /** For Hibernate. */
    protected StreamLedgerId() {
    }

    StreamLedgerId(StreamKey stream) {
        this.site = stream.site();
        this.host = stream.host();
        this.fileId = stream.fileId();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StreamLedgerId id
                && site.equals(id.site) && host.equals(id.host) && fileId.equals(id.fileId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(site, host, fileId);
    }
}
