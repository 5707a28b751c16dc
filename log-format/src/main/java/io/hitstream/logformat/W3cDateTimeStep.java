package io.hitstream.logformat;

/** W3C Extended's {@code date} ({@code 2026-11-01}) or {@code time} ({@code 13:05:09}, fraction kept to the millisecond) column, in UTC. */
final class W3cDateTimeStep extends BoundedStep {
    private static final int DATE_LENGTH = "2026-11-01".length();
    private static final int TIME_LENGTH = "13:05:09".length();

    private final boolean date;

    W3cDateTimeStep(FieldBounds bounds, String directive, boolean date) {
        super(bounds, directive);
        this.date = date;
    }

    @Override
    int accept(byte[] buf, int start, int end, LineState line) {
        TimeParts time = line.time;
        time.present = true;
        time.offsetSeconds = 0;
        boolean valid = date ? readDate(buf, start, end, time) : readTime(buf, start, end, time);
        if (!valid) {
            return malformed(buf, start, end, RejectReason.BAD_TIMESTAMP);
        }
        line.verifiedFields++;
        return 0;
    }

    private static boolean readDate(byte[] buf, int start, int end, TimeParts time) {
        if (end - start != DATE_LENGTH || buf[start + 4] != '-' || buf[start + 7] != '-') {
            return false;
        }
        time.year = Digits.fixed(buf, start, 4);
        time.month = Digits.fixed(buf, start + 5, 2);
        time.day = Digits.fixed(buf, start + 8, 2);
        return time.year >= 0 && time.month >= 0 && time.day >= 0;
    }

    private static boolean readTime(byte[] buf, int start, int end, TimeParts time) {
        if (end - start < TIME_LENGTH || buf[start + 2] != ':' || buf[start + 5] != ':') {
            return false;
        }
        if (end - start > TIME_LENGTH) {
            time.millis = buf[start + TIME_LENGTH] == '.' ? Digits.millisOfFraction(buf, start + TIME_LENGTH + 1, end) : -1;
            if (time.millis < 0) {
                return false;
            }
        }
        time.hour = Digits.fixed(buf, start, 2);
        time.minute = Digits.fixed(buf, start + 3, 2);
        time.second = Digits.fixed(buf, start + 6, 2);
        return time.hour >= 0 && time.minute >= 0 && time.second >= 0;
    }
}
