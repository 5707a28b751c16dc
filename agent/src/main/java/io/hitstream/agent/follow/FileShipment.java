package io.hitstream.agent.follow;

import io.hitstream.agent.wire.ShipCall;
import io.hitstream.proto.ingest.v1.IngestServiceGrpc;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.Optional;

/**
 * One file shipped once to its end on the follower's own feed, for the one-shot {@code ship}: every partial batch
 * is sent at once, and shipping stops when everything read is acknowledged. The file is read as a rotated one
 * (plain or gzip, never waited for), and its lines are counted from its start so that a summary can tell them.
 */
public final class FileShipment implements Closeable {

    /** How long to wait for ingest to end its side of the call once every batch is acknowledged. */
    private static final Duration END_OF_CALL_WAIT = Duration.ofSeconds(10);

    private final StreamSpec spec;
    private final FollowSettings settings;
    private final LogFile file;

    private FileShipment(StreamSpec spec, FollowSettings settings, LogFile file) {
        this.spec = spec;
        this.settings = settings;
        this.file = file;
    }

    /**
     * Opens the access log of {@code spec}.
     *
     * @throws NoSuchFileException when there is no such file
     */
    public static FileShipment open(StreamSpec spec, FollowSettings settings) throws IOException {
        LogFile file = LogFile.openToShipOnce(spec.accessLog())
                .orElseThrow(() -> new NoSuchFileException(spec.accessLog().toString()));
        return new FileShipment(spec, settings, file);
    }

    /** Bytes on disk (compressed when the file is). */
    public long sizeOnDisk() throws IOException {
        return file.size();
    }

    /** Bytes on disk read so far. */
    public long diskBytesRead() throws IOException {
        return file.diskBytesRead();
    }

    /**
     * Ships every complete line over one call on {@code stub}, telling {@code listener}, and returns the bytes of
     * a last line without its newline, which are not shipped (all of them when no line is complete).
     *
     * @throws io.grpc.StatusRuntimeException when the call fails or ingest breaks the protocol
     * @throws StreamFailure when ingest's committed offset does not fit the file
     */
    public long ship(IngestServiceGrpc.IngestServiceStub stub, FeedListener listener)
            throws IOException, InterruptedException {
        Optional<String> identity = file.identity();
        if (identity.isEmpty()) {
            return file.contentLength();
        }
        try (ShipCall call = ShipCall.start(stub)) {
            FileFeed feed = FileFeed.open(file, identity.get(), spec, call, settings, listener, System.nanoTime());
            feed.flush();
            feed.sendReady(System.nanoTime());
            while (!feed.drained()) {
                feed.await(settings.ackTimeout());
                feed.sendReady(System.nanoTime());
            }
            call.finish(END_OF_CALL_WAIT);
            return feed.heldBackBytes();
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
