package io.hitstream.agent.follow;

import io.hitstream.logformat.ErrorLogFormat;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.LogKind;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One followed stream: the lines of {@code accessLog} are shipped as site {@code site}, written by host
 * {@code host}, in log format {@code format} (a preset name, an Apache or nginx format string, or empty for the
 * format ingest has for the site); the lines of the optional {@code errorLog} are counted by level, and shipped as a
 * stream of their own ({@link #errorLogStream()}).
 */
public record StreamSpec(String site, String host, String format, Path accessLog, Optional<Path> errorLog) {

    public StreamSpec {
        if (site.isBlank() || host.isBlank()) {
            throw new IllegalArgumentException("a stream needs a site and a host");
        }
    }

    /** An error log when the format is an error-log format ({@code apache_error}, {@code nginx_error}, {@code error}). */
    public LogKind kind() {
        return ErrorLogFormat.names().contains(format) ? LogKind.LOG_KIND_ERROR : LogKind.LOG_KIND_ACCESS;
    }

    /** The stream that ships the error log, if there is one: Apache's or nginx's lines, told apart per line. */
    public Optional<StreamSpec> errorLogStream() {
        return errorLog.map(path -> new StreamSpec(site, host, ErrorLogFormat.EITHER.formatName(), path, Optional.empty()));
    }

    /** The identity of the stream that ships the file named {@code fileId}. */
    public StreamId streamId(String fileId) {
        return StreamId.newBuilder().setHost(host).setSite(site).setFileId(fileId).build();
    }
}
