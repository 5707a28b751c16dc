package io.hitstream.logformat;

/** A timestamp as time since the epoch (Apache's %{sec}t, %{msec}t, %{usec}t; nginx's $msec), in UTC, kept to the millisecond. */
final class EpochTimeStep extends BoundedStep {
    /** The end of the year 9999, past which no log line is dated. */
    static final long MAX_EPOCH_SECOND = 253_402_300_799L;
    /** Milliseconds are 10^-3 seconds. */
    static final int MILLIS_SCALE = 3;

    private final int scale;

    /** @param scale how many decimal digits of a second one logged unit is: 0 for seconds, 3 for milliseconds */
    EpochTimeStep(FieldBounds bounds, String directive, int scale) {
        super(bounds, directive);
        this.scale = scale;
    }

    @Override
    int accept(byte[] buf, int start, int end, LineState line) {
        long millis = Digits.scaled(buf, start, end, MILLIS_SCALE - scale);
        if (millis == Digits.INVALID || millis / TimeParts.MILLIS_PER_SECOND > MAX_EPOCH_SECOND) {
            return malformed(buf, start, end, RejectReason.BAD_TIMESTAMP);
        }
        TimeParts time = line.time;
        time.present = true;
        time.hasEpoch = true;
        time.epochSecond = millis / TimeParts.MILLIS_PER_SECOND;
        time.millis = (int) (millis % TimeParts.MILLIS_PER_SECOND);
        line.verifiedFields++;
        return 0;
    }
}
