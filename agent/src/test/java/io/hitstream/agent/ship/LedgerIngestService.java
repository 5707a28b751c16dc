package io.hitstream.agent.ship;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.ingest.v1.BatchAck;
import io.hitstream.proto.ingest.v1.BatchStatus;
import io.hitstream.proto.ingest.v1.IngestServiceGrpc;
import io.hitstream.proto.ingest.v1.LogBatch;
import io.hitstream.proto.ingest.v1.ShipRequest;
import io.hitstream.proto.ingest.v1.ShipResponse;
import io.hitstream.proto.ingest.v1.StreamOpened;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ingest stand-in for agent tests: an in-memory ledger of committed offsets per stream, applying a batch only
 * when it starts at the committed offset, as the real ingest does. Lines starting with "junk" count as rejected.
 */
public final class LedgerIngestService extends IngestServiceGrpc.IngestServiceImplBase {

    private static final Set<String> FORMATS = Set.of("combined", "common");

    private final Map<StreamId, Long> committed = new HashMap<>();
    private final Map<StreamId, ByteArrayOutputStream> stored = new HashMap<>();
    private final List<String> answers = new ArrayList<>();
    private boolean handshakeSaysZero;
    private int acksHeldUntil = 1;
    private int mostUnacknowledged;

    /** Pretends {@code offset} of the stream was committed earlier. */
    public synchronized void commitEarlier(StreamId stream, long offset) {
        committed.put(stream, offset);
    }

    /** Answers every handshake with offset 0 whatever the ledger says, as a stale replica might. */
    public synchronized void answerHandshakesWithZero() {
        handshakeSaysZero = true;
    }

    /** Holds acknowledgements back until this many batches of a stream wait for one, then sends them all. */
    public synchronized void holdAcksUntil(int unacknowledged) {
        acksHeldUntil = unacknowledged;
    }

    /** The bytes of every batch applied to the stream, in order. */
    public synchronized String stored(StreamId stream) {
        ByteArrayOutputStream bytes = stored.get(stream);
        return bytes == null ? "" : bytes.toString(StandardCharsets.UTF_8);
    }

    public synchronized long committed(StreamId stream) {
        return committed.getOrDefault(stream, 0L);
    }

    /** Every answer to a batch, as "start-end STATUS committed", in the order sent. */
    public synchronized List<String> answers() {
        return List.copyOf(answers);
    }

    /** The most batches of one stream that were received and not yet acknowledged at once. */
    public synchronized int mostUnacknowledged() {
        return mostUnacknowledged;
    }

    @Override
    public StreamObserver<ShipRequest> ship(StreamObserver<ShipResponse> responses) {
        return new StreamObserver<>() {
            private final List<BatchAck> held = new ArrayList<>();

            @Override
            public void onNext(ShipRequest request) {
                if (request.hasOpen()) {
                    open(request, responses);
                    return;
                }
                held.add(apply(request.getBatch()));
                if (held.size() >= heldLimit()) {
                    held.forEach(ack -> responses.onNext(ShipResponse.newBuilder().setAck(ack).build()));
                    held.clear();
                }
            }

            @Override
            public void onError(Throwable error) {
                held.clear();
            }

            @Override
            public void onCompleted() {
                responses.onCompleted();
            }

            private int heldLimit() {
                synchronized (LedgerIngestService.this) {
                    mostUnacknowledged = Math.max(mostUnacknowledged, held.size());
                    return acksHeldUntil;
                }
            }
        };
    }

    private void open(ShipRequest request, StreamObserver<ShipResponse> responses) {
        String format = request.getOpen().getFormat();
        if (!FORMATS.contains(format)) {
            responses.onError(Status.INVALID_ARGUMENT.withDescription("unknown format: " + format).asRuntimeException());
            return;
        }
        StreamId stream = request.getOpen().getStream();
        long offset;
        synchronized (this) {
            offset = handshakeSaysZero ? 0 : committed(stream);
        }
        responses.onNext(ShipResponse.newBuilder()
                .setOpened(StreamOpened.newBuilder().setStream(stream).setCommittedOffset(offset))
                .build());
    }

    private synchronized BatchAck apply(LogBatch batch) {
        StreamId stream = batch.getStream();
        long before = committed(stream);
        BatchAck.Builder ack = BatchAck.newBuilder()
                .setStream(stream)
                .setStartOffset(batch.getStartOffset())
                .setEndOffset(batch.getEndOffset());
        if (batch.getEndOffset() <= before) {
            ack.setStatus(BatchStatus.BATCH_STATUS_DUPLICATE);
        } else if (batch.getStartOffset() != before) {
            ack.setStatus(BatchStatus.BATCH_STATUS_OUT_OF_ORDER);
        } else {
            stored.computeIfAbsent(stream, s -> new ByteArrayOutputStream()).writeBytes(batch.getLines().toByteArray());
            committed.put(stream, batch.getEndOffset());
            long rejected = batch.getLines().toStringUtf8().lines().filter(line -> line.startsWith("junk")).count();
            long lines = batch.getLines().toStringUtf8().lines().count();
            ack.setStatus(BatchStatus.BATCH_STATUS_COMMITTED).setAcceptedLines(lines - rejected).setRejectedLines(rejected);
        }
        ack.setCommittedOffset(committed(stream));
        answers.add(batch.getStartOffset() + "-" + batch.getEndOffset() + " " + ack.getStatus() + " "
                + ack.getCommittedOffset());
        return ack.build();
    }
}
