package io.hitstream.logformat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * One parsed line, reused from line to line: text fields are kept as byte ranges of the line's
 * buffer and decoded (escapes undone, invalid UTF-8 replaced) only when asked for.
 */
public final class LogRecord {
    private static final int FIELDS = TextField.values().length;
    private static final int ABSENT = -1;

    private final int[] starts = new int[FIELDS];
    private final int[] ends = new int[FIELDS];
    private final boolean[] escaped = new boolean[FIELDS];
    private byte[] buf;
    private boolean hasTimestamp;
    private long epochSecond;
    private int utcOffsetSeconds;
    private int status;
    private long responseBytes;
    private RejectReason rejectReason;

    public LogRecord() {
        clear(null);
    }

    /** Whether the line holds this field. */
    public boolean has(TextField field) {
        return starts[field.ordinal()] != ABSENT;
    }

    /** The field's text, or null when the line does not hold it. */
    public String text(TextField field) {
        int i = field.ordinal();
        if (starts[i] == ABSENT) {
            return null;
        }
        if (escaped[i]) {
            return QuotedText.decode(buf, starts[i], ends[i]);
        }
        return new String(buf, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
    }

    /** Whether the line holds a timestamp. */
    public boolean hasTimestamp() {
        return hasTimestamp;
    }

    /** The timestamp as seconds since the epoch; meaningful only when {@link #hasTimestamp()}. */
    public long epochSecond() {
        return epochSecond;
    }

    /** The zone offset the timestamp was written in, in seconds east of UTC. */
    public int utcOffsetSeconds() {
        return utcOffsetSeconds;
    }

    /** The timestamp with the offset it was written in, or null when the line has none. */
    public OffsetDateTime timestamp() {
        if (!hasTimestamp) {
            return null;
        }
        return OffsetDateTime.ofInstant(
                Instant.ofEpochSecond(epochSecond), ZoneOffset.ofTotalSeconds(utcOffsetSeconds));
    }

    /** Whether the line holds a status. */
    public boolean hasStatus() {
        return status != ABSENT;
    }

    /** The HTTP status; meaningful only when {@link #hasStatus()}. */
    public int status() {
        return status;
    }

    /** Whether the line holds a response size (a "-" size is absent, not zero). */
    public boolean hasResponseBytes() {
        return responseBytes != ABSENT;
    }

    /** The response size in bytes; meaningful only when {@link #hasResponseBytes()}. */
    public long responseBytes() {
        return responseBytes;
    }

    /** Why the line was rejected, or null when it was parsed. */
    public RejectReason rejectReason() {
        return rejectReason;
    }

    void clear(byte[] buffer) {
        buf = buffer;
        Arrays.fill(starts, ABSENT);
        Arrays.fill(ends, ABSENT);
        Arrays.fill(escaped, false);
        hasTimestamp = false;
        status = ABSENT;
        responseBytes = ABSENT;
        rejectReason = null;
    }

    void setText(TextField field, int start, int end, boolean hasEscapes) {
        int i = field.ordinal();
        starts[i] = start;
        ends[i] = end;
        escaped[i] = hasEscapes;
    }

    void setTimestamp(long epochSecond, int utcOffsetSeconds) {
        this.hasTimestamp = true;
        this.epochSecond = epochSecond;
        this.utcOffsetSeconds = utcOffsetSeconds;
    }

    void setStatus(int status) {
        this.status = status;
    }

    void setResponseBytes(long responseBytes) {
        this.responseBytes = responseBytes;
    }

    boolean reject(RejectReason reason) {
        clear(buf);
        rejectReason = reason;
        return false;
    }
}
