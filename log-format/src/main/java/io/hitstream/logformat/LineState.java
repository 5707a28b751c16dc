package io.hitstream.logformat;

/** What the steps of one parser share while reading one line: the record and facts about the line so far. */
final class LineState {
    final TimeParts time = new TimeParts();
    LogRecord record;
    /** Whether the field just scanned holds a backslash (so its text needs unescaping). */
    boolean sawBackslash;
    /** Whether an unmatched quote was repaired; a later failure then means the guess was wrong. */
    boolean repaired;
    /** Whether the last quoted field had no closing quote and was read to the end of the line. */
    boolean openFinalQuote;
    /** How many fields were checked and found valid (timestamps, numbers, request lines). */
    int verifiedFields;

    void reset(LogRecord newRecord) {
        record = newRecord;
        time.reset();
        sawBackslash = false;
        repaired = false;
        openFinalQuote = false;
        verifiedFields = 0;
    }

    /**
     * The failure for a line that ended before the format did: truncated when what came before
     * looked like the format (some field checked out), else simply not the format.
     */
    int endedEarly() {
        return verifiedFields > 0 ? RejectReason.TRUNCATED.failure() : RejectReason.NOT_MATCHING_FORMAT.failure();
    }
}
