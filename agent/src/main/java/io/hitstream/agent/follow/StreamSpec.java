package io.hitstream.agent.follow;

import io.hitstream.proto.common.v1.StreamId;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One followed stream: the lines of {@code accessLog} are shipped as site {@code site}, written by host
 * {@code host}, in log format {@code format} (a preset name, an Apache or nginx format string, or empty for the
 * format ingest has for the site); the lines of the optional {@code errorLog} are only counted by level.
 */
public record StreamSpec(String site, String host, String format, Path accessLog, Optional<Path> errorLog) {

    public StreamSpec {
        if (site.isBlank() || host.isBlank()) {
            throw new IllegalArgumentException("a stream needs a site and a host");
        }
    }

    /** The identity of the stream that ships the file named {@code fileId}. */
    public StreamId streamId(String fileId) {
        return StreamId.newBuilder().setHost(host).setSite(site).setFileId(fileId).build();
    }
}
