package io.hitstream.agent.wire;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An ingest stand-in for agent tests: an in-memory ledger of committed offsets per stream, applying a batch only
 * when it starts at the committed offset, as the real ingest does. Lines starting with "junk" count as rejected.
 * It outlives the servers that serve it, so a test can restart the server and keep the ledger.
 */
public final class LedgerIngestService extends IngestServiceGrpc.IngestServiceImplBase {

    /** The presets it knows, and the empty name, which means the format ingest has for the site. */
    private static final Set<String> FORMATS = Set.of("combined", "common", "w3c", "error", "");
    /** What starts a W3C {@code #Fields:} line, which ingest also takes as a format. */
    private static final String FIELDS_DIRECTIVE = "#Fields:";

    private final Map<StreamId, Long> committed = new HashMap<>();
    /** In the order the streams' first lines were committed. */
    private final Map<StreamId, ByteArrayOutputStream> stored = new LinkedHashMap<>();
    private final List<String> answers = new ArrayList<>();
    private final Map<StreamId, List<String>> openFormats = new HashMap<>();
    private final Set<String> refusedSites = new HashSet<>();
    private final ScheduledExecutorService ackSender = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "ledger-acks");
        thread.setDaemon(true);
        return thread;
    });
    private boolean handshakeSaysZero;
    /** A batch holding this text is refused; {@link #refusalsAccounted} says whether its bytes are committed. */
    private String refusalMarker;
    private boolean refusalsAccounted;
    private int acksHeldUntil = 1;
    private Duration ackDelay = Duration.ZERO;
    /** Whether batches are worked one after another, each answered {@link #ackDelay} after the previous answer. */
    private boolean acksQueued;
    /** When (by {@link System#nanoTime()}) a queued ingest is free to answer the next batch. */
    private long queueFreeAt = System.nanoTime();
    private int mostUnacknowledged;
    private int handshakes;
    private int unterminatedBatches;

    /** Pretends {@code offset} of the stream was committed earlier. */
    public synchronized void commitEarlier(StreamId stream, long offset) {
        committed.put(stream, offset);
    }

    /**
     * Refuses every batch holding {@code marker} with BATCH_STATUS_REFUSED, as ingest refuses a batch it cannot use:
     * {@code accounted}, its bytes are committed (as rejected lines) and nothing stored, else nothing is committed.
     */
    public synchronized void refuseBatchesHolding(String marker, boolean accounted) {
        refusalMarker = marker;
        refusalsAccounted = accounted;
    }

    /** Answers every handshake with offset 0 whatever the ledger says, as a stale replica might. */
    public synchronized void answerHandshakesWithZero() {
        handshakeSaysZero = true;
    }

    /** Holds acknowledgements back until this many batches of a stream wait for one, then sends them all. */
    public synchronized void holdAcksUntil(int unacknowledged) {
        acksHeldUntil = unacknowledged;
    }

    /** Sends each acknowledgement this long after the batch arrived, in order, as a slow ingest would. */
    public synchronized void delayAcks(Duration delay) {
        ackDelay = delay;
    }

    /** Works batches one after another, {@code perBatch} each, as a busy ingest does: later batches wait longer. */
    public synchronized void queueAcks(Duration perBatch) {
        ackDelay = perBatch;
        acksQueued = true;
    }

    /** Refuses handshakes for the site with PERMISSION_DENIED, as ingest does for a token that may not write it. */
    public synchronized void refuseSite(String site) {
        refusedSites.add(site);
    }

    /** Batches whose lines did not end in a newline: a follower must never send a line before it is complete. */
    public synchronized int unterminatedBatches() {
        return unterminatedBatches;
    }

    /** The formats the handshakes of a stream named, in order. */
    public synchronized List<String> openFormats(StreamId stream) {
        return List.copyOf(openFormats.getOrDefault(stream, List.of()));
    }

    /** Handshakes answered so far. */
    public synchronized int handshakes() {
        return handshakes;
    }

    /** The lines of every stream of a site, stream after stream in the order their first lines were committed. */
    public synchronized String storedOfSite(String site) {
        StringBuilder lines = new StringBuilder();
        stored.forEach((stream, bytes) -> {
            if (stream.getSite().equals(site)) {
                lines.append(bytes.toString(StandardCharsets.UTF_8));
            }
        });
        return lines.toString();
    }

    /** The streams of a site that hold lines, in the order their first lines were committed. */
    public synchronized List<StreamId> streamsOfSite(String site) {
        return stored.keySet().stream().filter(stream -> stream.getSite().equals(site)).toList();
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
            private final AtomicInteger delayed = new AtomicInteger();
            /** The format of the call's last handshake, which a batch must name (or name none), as ingest requires. */
            private String openedFormat;

            @Override
            public void onNext(ShipRequest request) {
                if (request.hasOpen()) {
                    openedFormat = request.getOpen().getFormat();
                    open(request, responses);
                    return;
                }
                String batchFormat = request.getBatch().getFormat();
                if (!batchFormat.isEmpty() && !batchFormat.equals(openedFormat)) {
                    responses.onError(Status.INVALID_ARGUMENT.withDescription("the stream was opened with \""
                            + openedFormat + "\", the batch names \"" + batchFormat + "\"").asRuntimeException());
                    return;
                }
                BatchAck ack = apply(request.getBatch());
                Duration delay = answerDelay();
                if (!delay.isZero()) {
                    noteUnacknowledged(delayed.incrementAndGet());
                    ackSender.schedule(() -> {
                        delayed.decrementAndGet();
                        answer(responses, ShipResponse.newBuilder().setAck(ack).build());
                    }, delay.toNanos(), TimeUnit.NANOSECONDS);
                    return;
                }
                held.add(ack);
                if (held.size() >= heldLimit()) {
                    held.forEach(heldAck -> answer(responses, ShipResponse.newBuilder().setAck(heldAck).build()));
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

    private synchronized Duration answerDelay() {
        if (!acksQueued) {
            return ackDelay;
        }
        long now = System.nanoTime();
        queueFreeAt = Math.max(now, queueFreeAt) + ackDelay.toNanos();
        return Duration.ofNanos(queueFreeAt - now);
    }

    private synchronized void noteUnacknowledged(int unacknowledged) {
        mostUnacknowledged = Math.max(mostUnacknowledged, unacknowledged);
    }

    /** Responses of one call may come from the gRPC thread and the delayed-ack thread; a StreamObserver takes one at a time. */
    private static void answer(StreamObserver<ShipResponse> responses, ShipResponse response) {
        synchronized (responses) {
            try {
                responses.onNext(response);
            } catch (IllegalStateException | StatusRuntimeException callGone) {
                // The client went away before its acknowledgement was due; it resends from the committed offset.
            }
        }
    }

    private void open(ShipRequest request, StreamObserver<ShipResponse> responses) {
        String format = request.getOpen().getFormat();
        if (!FORMATS.contains(format) && !format.startsWith(FIELDS_DIRECTIVE)) {
            responses.onError(Status.INVALID_ARGUMENT.withDescription("unknown format: " + format).asRuntimeException());
            return;
        }
        StreamId stream = request.getOpen().getStream();
        long offset;
        synchronized (this) {
            if (refusedSites.contains(stream.getSite())) {
                responses.onError(Status.PERMISSION_DENIED
                        .withDescription("this token may not write site '" + stream.getSite() + "'").asRuntimeException());
                return;
            }
            handshakes++;
            openFormats.computeIfAbsent(stream, s -> new ArrayList<>()).add(format);
            offset = handshakeSaysZero ? 0 : committed(stream);
        }
        answer(responses, ShipResponse.newBuilder()
                .setOpened(StreamOpened.newBuilder().setStream(stream).setCommittedOffset(offset))
                .build());
    }

    private synchronized BatchAck apply(LogBatch batch) {
        if (!batch.getLines().isEmpty() && batch.getLines().byteAt(batch.getLines().size() - 1) != '\n') {
            unterminatedBatches++;
        }
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
        } else if (refusalMarker != null && batch.getLines().toStringUtf8().contains(refusalMarker)) {
            long lines = batch.getLines().toStringUtf8().lines().count();
            ack.setStatus(BatchStatus.BATCH_STATUS_REFUSED).setRefusal("the batch holds " + refusalMarker);
            if (refusalsAccounted) {
                committed.put(stream, batch.getEndOffset());
                ack.setRejectedLines(lines);
            }
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
