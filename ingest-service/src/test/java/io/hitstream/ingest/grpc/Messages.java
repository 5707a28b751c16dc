package io.hitstream.ingest.grpc;

import com.google.protobuf.ByteString;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.LogBatch;
import io.hitstream.proto.ingest.v1.ShipRequest;
import io.hitstream.proto.ingest.v1.StreamOpen;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Builds the messages an agent sends. */
final class Messages {
    private Messages() {
    }

    /** A stream of a file never shipped before. */
    static StreamId newStream(String site) {
        return StreamId.newBuilder().setHost("web-01.example.org").setSite(site).setFileId(UUID.randomUUID().toString()).build();
    }

    static ShipRequest open(StreamId stream, String format) {
        return ShipRequest.newBuilder().setOpen(StreamOpen.newBuilder().setStream(stream).setFormat(format)).build();
    }

    static LogBatch batch(StreamId stream, long startOffset, String lines) {
        byte[] bytes = lines.getBytes(StandardCharsets.UTF_8);
        return LogBatch.newBuilder()
                .setStream(stream)
                .setFormat("combined")
                .setStartOffset(startOffset)
                .setEndOffset(startOffset + bytes.length)
                .setLines(ByteString.copyFrom(bytes))
                .build();
    }

    static ShipRequest ship(LogBatch batch) {
        return ShipRequest.newBuilder().setBatch(batch).build();
    }

    /** One combined-format line of {@code client}, ending in a newline. */
    static String line(String client) {
        return client + " - - [01/Nov/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 10 \"-\" \"Mozilla/5.0\"\n";
    }
}
