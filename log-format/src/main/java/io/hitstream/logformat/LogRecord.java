package io.hitstream.logformat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * One parsed line, reused from line to line: text fields are kept as byte ranges of the line's
 * buffer and decoded (escapes undone, invalid UTF-8 replaced) only when asked for. A field the line
 * does not hold is absent, never empty or zero. Which fields a line holds (and which were cut) are bits,
 * so that making the record ready for the next line clears a few words rather than arrays.
 */
public final class LogRecord {
    private static final int TEXT_FIELDS = TextField.values().length;
    private static final int NUMERIC_FIELDS = NumericField.values().length;

    static {
        // Which fields a line holds, or had cut, are the bits of an int each.
        if (TEXT_FIELDS > Integer.SIZE || NUMERIC_FIELDS > Integer.SIZE) {
            throw new AssertionError("a record keeps at most " + Integer.SIZE + " text and numeric fields");
        }
    }

    private final int[] starts = new int[TEXT_FIELDS];
    private final int[] ends = new int[TEXT_FIELDS];
    private final TextEscaping[] escapings = new TextEscaping[TEXT_FIELDS];
    private final long[] numbers = new long[NUMERIC_FIELDS];
    private final RecordHeaders headers = new RecordHeaders();
    private byte[] buf;
    private int maxFieldBytes = Integer.MAX_VALUE;
    /** The texts of the line's parser, or null before its first line. */
    private InternedTexts interned;
    /** The text fields whose text is interned, as bits by field. */
    private int internedFields;
    private int textsPresent;
    private int textsTruncated;
    private int numbersPresent;
    private int truncatedFields;
    private boolean quoteRepaired;
    private boolean hasTimestamp;
    private long epochSecond;
    private int millisOfSecond;
    private int utcOffsetSeconds;
    private RejectReason rejectReason;
    /** Whether the virtual host was read from an absolute request target rather than a server-name field. */
    private boolean hostFromTarget;

    public LogRecord() {
        clear(null, Integer.MAX_VALUE);
    }

    /** Whether the line holds this field. */
    public boolean has(TextField field) {
        return (textsPresent & 1 << field.ordinal()) != 0;
    }

    /** The field's text, or null when the line does not hold it. */
    public String text(TextField field) {
        if (!has(field)) {
            return null;
        }
        int i = field.ordinal();
        if ((internedFields & 1 << i) != 0 && interned != null) {
            return interned.text(buf, starts[i], ends[i], escapings[i]);
        }
        return escapings[i].decode(buf, starts[i], ends[i]);
    }

    /**
     * Makes {@link #text} of these fields hand out one String for every line whose field has the same bytes, as
     * long as the parser keeps it (its last few thousand distinct texts of up to 1 KiB): for fields a log repeats,
     * such as URLs, user agents and referrers, rather than ones nearly every line has its own of.
     */
    public void internTextsIn(Set<TextField> fields) {
        internedFields = 0;
        for (TextField field : fields) {
            internedFields |= 1 << field.ordinal();
        }
    }

    /**
     * The server name a field of the format logged ({@code %v}, {@code $host}, W3C {@code cs-host}), or null: a
     * host read from an absolute request target is where a proxy forwarded to, which need not be a site of ours.
     */
    public String serverName() {
        return hostFromTarget ? null : text(TextField.VIRTUAL_HOST);
    }

    /** Whether this field was longer than the field limit and was cut to it. */
    public boolean isTruncated(TextField field) {
        return (textsTruncated & 1 << field.ordinal()) != 0;
    }

    /** How many fields (headers included) were cut to the field limit. */
    public int truncatedFieldCount() {
        return truncatedFields;
    }

    /** Whether a quote of the line was unmatched and the line was read by repairing it. */
    public boolean quoteRepaired() {
        return quoteRepaired;
    }

    /** Whether the line holds this numeric field. */
    public boolean has(NumericField field) {
        return (numbersPresent & 1 << field.ordinal()) != 0;
    }

    /** The field's value; meaningful only when {@link #has(NumericField)}. */
    public long number(NumericField field) {
        return numbers[field.ordinal()];
    }

    /** Whether the line holds a timestamp. */
    public boolean hasTimestamp() {
        return hasTimestamp;
    }

    /** The timestamp as seconds since the epoch; meaningful only when {@link #hasTimestamp()}. */
    public long epochSecond() {
        return epochSecond;
    }

    /** The timestamp as milliseconds since the epoch; meaningful only when {@link #hasTimestamp()}. */
    public long epochMilli() {
        return epochSecond * TimeParts.MILLIS_PER_SECOND + millisOfSecond;
    }

    /** The zone offset the timestamp was written in, in seconds east of UTC. */
    public int utcOffsetSeconds() {
        return utcOffsetSeconds;
    }

    /** The timestamp, to the millisecond, with the offset it was written in, or null when the line has none. */
    public OffsetDateTime timestamp() {
        if (!hasTimestamp) {
            return null;
        }
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMilli()), ZoneOffset.ofTotalSeconds(utcOffsetSeconds));
    }

    /** Whether the line holds a status. */
    public boolean hasStatus() {
        return has(NumericField.STATUS);
    }

    /** The HTTP status; meaningful only when {@link #hasStatus()}. */
    public int status() {
        return (int) number(NumericField.STATUS);
    }

    /** Whether the line holds a response size (a "-" size is absent, not zero). */
    public boolean hasResponseBytes() {
        return has(NumericField.RESPONSE_BYTES);
    }

    /** The response size in bytes; meaningful only when {@link #hasResponseBytes()}. */
    public long responseBytes() {
        return number(NumericField.RESPONSE_BYTES);
    }

    /** Whether the line holds a request size. */
    public boolean hasRequestBytes() {
        return has(NumericField.REQUEST_BYTES);
    }

    /** The request size in bytes; meaningful only when {@link #hasRequestBytes()}. */
    public long requestBytes() {
        return number(NumericField.REQUEST_BYTES);
    }

    /** Whether the line holds the time taken to serve the request. */
    public boolean hasLatency() {
        return has(NumericField.LATENCY_MICROS);
    }

    /** The time taken to serve the request in microseconds; meaningful only when {@link #hasLatency()}. */
    public long latencyMicros() {
        return number(NumericField.LATENCY_MICROS);
    }

    /** Whether the line holds the server port. */
    public boolean hasServerPort() {
        return has(NumericField.SERVER_PORT);
    }

    /** The server port; meaningful only when {@link #hasServerPort()}. */
    public int serverPort() {
        return (int) number(NumericField.SERVER_PORT);
    }

    /** The request header of this name (case ignored), or null when the line does not log it. */
    public String requestHeader(String name) {
        TextField field = WellKnownHeaders.fieldOf(name);
        if (field != null) {
            return text(field);
        }
        int i = headers.indexOf(buf, true, name);
        return i < 0 ? null : headers.value(buf, i);
    }

    /** The response header of this name (case ignored), or null when the line does not log it. */
    public String responseHeader(String name) {
        int i = headers.indexOf(buf, false, name);
        return i < 0 ? null : headers.value(buf, i);
    }

    /** How many headers the line logs beyond the ones {@link TextField} names. */
    public int headerCount() {
        return headers.count();
    }

    /** Whether header {@code i} (0 to {@link #headerCount()}) is a request header, not a response header. */
    public boolean isRequestHeader(int i) {
        return headers.isRequest(checkHeader(i));
    }

    /** The name of header {@code i}, as the format or the line spells it. */
    public String headerName(int i) {
        return headers.name(buf, checkHeader(i));
    }

    /** The value of header {@code i}. */
    public String headerValue(int i) {
        return headers.value(buf, checkHeader(i));
    }

    /** Whether the value of header {@code i} was longer than the field limit and was cut to it. */
    public boolean isHeaderTruncated(int i) {
        return headers.isTruncated(checkHeader(i));
    }

    /** Why the line was rejected, or null when it was parsed. */
    public RejectReason rejectReason() {
        return rejectReason;
    }

    /** Makes the record ready for a line of {@code buffer} read by a parser that keeps {@code texts}. */
    void clear(byte[] buffer, int fieldLimit, InternedTexts texts) {
        interned = texts;
        clear(buffer, fieldLimit);
    }

    void clear(byte[] buffer, int fieldLimit) {
        buf = buffer;
        maxFieldBytes = fieldLimit;
        textsPresent = 0;
        textsTruncated = 0;
        numbersPresent = 0;
        truncatedFields = 0;
        quoteRepaired = false;
        hasTimestamp = false;
        headers.clear();
        rejectReason = null;
        hostFromTarget = false;
    }

    /**
     * Sets a text field to {@code buf[start, end)}, cut to the field limit; a {@code weak} value
     * only fills a field no other directive of the line has set.
     */
    void setText(TextField field, int start, int end, TextEscaping escaping, boolean weak) {
        int i = field.ordinal();
        int bit = 1 << i;
        boolean overridesTargetHost = field == TextField.VIRTUAL_HOST && hostFromTarget;
        if ((textsPresent & bit) != 0) {
            // A server-name field of the format says more than the host of a request target, wherever it stands.
            if (weak && !overridesTargetHost) {
                return;
            }
            if ((textsTruncated & bit) != 0) {
                textsTruncated &= ~bit;
                truncatedFields--;
            }
        }
        if (field == TextField.VIRTUAL_HOST) {
            hostFromTarget = false;
        }
        textsPresent |= bit;
        starts[i] = start;
        ends[i] = cut(start, end);
        escapings[i] = escaping;
        if (ends[i] != end) {
            textsTruncated |= bit;
            truncatedFields++;
        }
    }

    /** Sets the virtual host from an absolute request target's authority, as {@link #setText} does. */
    void setTargetHost(int start, int end, boolean weak) {
        if (weak && has(TextField.VIRTUAL_HOST)) {
            return;
        }
        setText(TextField.VIRTUAL_HOST, start, end, TextEscaping.NONE, weak);
        hostFromTarget = true;
    }

    void setText(TextField field, int start, int end, TextEscaping escaping) {
        setText(field, start, end, escaping, false);
    }

    /** Adds a header whose name the format fixes, cut to the field limit. */
    void addHeader(boolean isRequest, String name, int start, int end, TextEscaping escaping) {
        int cutEnd = cut(start, end);
        headers.add(isRequest, name, start, cutEnd, escaping, countCut(cutEnd, end));
    }

    /** Adds a header named by {@code buf[nameStart, nameEnd)}, cut to the field limit. */
    void addHeader(boolean isRequest, int nameStart, int nameEnd, int start, int end, TextEscaping escaping) {
        int cutEnd = cut(start, end);
        headers.add(isRequest, nameStart, nameEnd, start, cutEnd, escaping, countCut(cutEnd, end));
    }

    /** Sets a numeric field; a {@code weak} value only fills a field no other directive has set. */
    void setNumber(NumericField field, long value, boolean weak) {
        int bit = 1 << field.ordinal();
        if (weak && (numbersPresent & bit) != 0) {
            return;
        }
        numbers[field.ordinal()] = value;
        numbersPresent |= bit;
    }

    void setNumber(NumericField field, long value) {
        setNumber(field, value, false);
    }

    void setStatus(int status) {
        setNumber(NumericField.STATUS, status);
    }

    void setResponseBytes(long bytes) {
        setNumber(NumericField.RESPONSE_BYTES, bytes);
    }

    /** @param millisOfSecond the milliseconds past {@code epochSecond}, 0 to 999 */
    void setTimestamp(long epochSecond, int millisOfSecond, int utcOffsetSeconds) {
        this.hasTimestamp = true;
        this.epochSecond = epochSecond;
        this.millisOfSecond = millisOfSecond;
        this.utcOffsetSeconds = utcOffsetSeconds;
    }

    void markQuoteRepaired() {
        quoteRepaired = true;
    }

    /** The start of a text field's range in the buffer, for parsers that read a field again; only when {@link #has}. */
    int start(TextField field) {
        return starts[field.ordinal()];
    }

    /** The end of a text field's range in the buffer. */
    int end(TextField field) {
        return ends[field.ordinal()];
    }

    byte[] buffer() {
        return buf;
    }

    boolean reject(RejectReason reason) {
        clear(buf, maxFieldBytes);
        rejectReason = reason;
        return false;
    }

    /** The end of {@code [start, end)} cut to the field limit, never inside a UTF-8 sequence. */
    private int cut(int start, int end) {
        if (end - start <= maxFieldBytes) {
            return end;
        }
        int limit = start + maxFieldBytes;
        int boundary = limit;
        while (boundary > start && boundary > limit - 3 && (buf[boundary] & 0xC0) == 0x80) {
            boundary--;
        }
        return (buf[boundary] & 0xC0) == 0x80 ? limit : boundary;
    }

    private boolean countCut(int cutEnd, int end) {
        if (cutEnd == end) {
            return false;
        }
        truncatedFields++;
        return true;
    }

    private int checkHeader(int i) {
        if (i < 0 || i >= headers.count()) {
            throw new IndexOutOfBoundsException("header " + i + " of " + headers.count());
        }
        return i;
    }
}
