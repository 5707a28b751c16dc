package io.hitstream.logformat;

/**
 * A timestamp in a strftime(3) format (Apache's %{format}t), read by the conversions compiled from
 * the format; the parts go to {@link TimeParts}, put together after the line.
 */
final class StrftimeStep extends Step {
    static final byte LITERAL = 0;
    static final byte BLANKS = 1;
    static final byte YEAR = 2;
    static final byte YEAR_OF_CENTURY = 3;
    static final byte MONTH = 4;
    static final byte DAY = 5;
    static final byte SPACE_PADDED_DAY = 6;
    static final byte DAY_OF_YEAR = 7;
    static final byte HOUR = 8;
    static final byte HOUR12 = 9;
    static final byte MINUTE = 10;
    static final byte SECOND = 11;
    static final byte AM_PM = 12;
    static final byte MONTH_ABBREVIATION = 13;
    static final byte MONTH_NAME = 14;
    static final byte WEEKDAY_ABBREVIATION = 15;
    static final byte WEEKDAY_NAME = 16;
    static final byte WEEKDAY_NUMBER = 17;
    static final byte OFFSET = 18;
    static final byte ZONE_NAME = 19;
    static final byte EPOCH_SECONDS = 20;

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final int ABBREVIATION_LENGTH = 3;
    private static final int NAME_LENGTH_BITS = 4;
    private static final int NAME_LENGTH_MASK = (1 << NAME_LENGTH_BITS) - 1;
    private static final byte[] UTC = {'U', 'T', 'C'};
    private static final byte[] GMT = {'G', 'M', 'T'};
    private static final int MAX_EPOCH_DIGITS = 12;

    private final byte[] ops;
    private final byte[] literals;
    private final String directive;

    /** @param ops the conversions in order; {@code literals[i]} is the byte of a {@link #LITERAL} op */
    StrftimeStep(byte[] ops, byte[] literals, String directive) {
        this.ops = ops.clone();
        this.literals = literals.clone();
        this.directive = directive;
    }

    @Override
    int read(byte[] buf, int pos, int end, LineState line) {
        if (pos == end) {
            return line.endedEarly();
        }
        TimeParts time = line.time;
        time.present = true;
        int p = pos;
        for (int i = 0; i < ops.length; i++) {
            int next = readOp(ops[i], literals[i], buf, p, end, time);
            if (next < 0) {
                return p == pos ? RejectReason.NOT_MATCHING_FORMAT.failure() : RejectReason.BAD_TIMESTAMP.failure();
            }
            p = next;
        }
        line.verifiedFields++;
        return p;
    }

    private static int readOp(byte op, byte literal, byte[] buf, int p, int end, TimeParts time) {
        switch (op) {
            case LITERAL:
                return p < end && buf[p] == literal ? p + 1 : -1;
            case BLANKS:
                return blanks(buf, p, end);
            case SPACE_PADDED_DAY:
                return spacePaddedDay(buf, p, end, time);
            case AM_PM:
                return amPm(buf, p, end, time);
            case MONTH_ABBREVIATION:
            case MONTH_NAME:
                int month = name(buf, p, end, MONTHS, op == MONTH_ABBREVIATION);
                time.month = month < 0 ? TimeParts.UNSET : month >>> NAME_LENGTH_BITS;
                return month < 0 ? -1 : p + (month & NAME_LENGTH_MASK);
            case WEEKDAY_ABBREVIATION:
            case WEEKDAY_NAME:
                int weekday = name(buf, p, end, WEEKDAYS, op == WEEKDAY_ABBREVIATION);
                return weekday < 0 ? -1 : p + (weekday & NAME_LENGTH_MASK);
            case OFFSET:
                return offset(buf, p, end, time);
            case ZONE_NAME:
                return zoneName(buf, p, end, time);
            case EPOCH_SECONDS:
                return epochSeconds(buf, p, end, time);
            default:
                return readNumber(op, buf, p, end, time);
        }
    }

    private static int readNumber(byte op, byte[] buf, int p, int end, TimeParts time) {
        int digits = digitsOf(op);
        if (digits == 0 || end - p < digits) {
            return -1;
        }
        int value = Digits.fixed(buf, p, digits);
        if (value < 0) {
            return -1;
        }
        switch (op) {
            case YEAR -> time.year = value;
            case YEAR_OF_CENTURY -> time.year = value < 69 ? 2000 + value : 1900 + value;
            case MONTH -> time.month = value;
            case DAY -> time.day = value;
            case DAY_OF_YEAR -> time.dayOfYear = value;
            case HOUR -> time.hour = value;
            case HOUR12 -> time.hour12 = value;
            case MINUTE -> time.minute = value;
            case SECOND -> time.second = value;
            default -> {
                // A weekday number: checked, not needed for the date.
            }
        }
        return p + digits;
    }

    private static int digitsOf(byte op) {
        switch (op) {
            case YEAR:
                return 4;
            case DAY_OF_YEAR:
                return 3;
            case WEEKDAY_NUMBER:
                return 1;
            case YEAR_OF_CENTURY, MONTH, DAY, HOUR, HOUR12, MINUTE, SECOND:
                return 2;
            default:
                return 0;
        }
    }

    private static int spacePaddedDay(byte[] buf, int p, int end, TimeParts time) {
        int digitsAt = p < end && buf[p] == ' ' ? p + 1 : p;
        int digits = digitsAt == p ? 2 : 1;
        if (end - digitsAt < digits) {
            return -1;
        }
        int value = Digits.fixed(buf, digitsAt, digits);
        if (value < 0) {
            return -1;
        }
        time.day = value;
        return digitsAt + digits;
    }

    private static int blanks(byte[] buf, int p, int end) {
        int i = p;
        while (i < end && (buf[i] == ' ' || buf[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static int amPm(byte[] buf, int p, int end, TimeParts time) {
        if (end - p < 2 || (buf[p + 1] != 'M' && buf[p + 1] != 'm')) {
            return -1;
        }
        byte first = buf[p];
        if (first != 'A' && first != 'a' && first != 'P' && first != 'p') {
            return -1;
        }
        time.hasAmPm = true;
        time.pm = first == 'P' || first == 'p';
        return p + 2;
    }

    /**
     * Reads an English month or weekday name (or its three-letter abbreviation), case ignored;
     * returns its 1-based number shifted left by {@link #NAME_LENGTH_BITS} with its length in the low bits, or -1.
     */
    private static int name(byte[] buf, int p, int end, String[] names, boolean abbreviated) {
        for (int n = 0; n < names.length; n++) {
            int length = abbreviated ? ABBREVIATION_LENGTH : names[n].length();
            if (end - p >= length && equalsIgnoringCase(buf, p, names[n], length)) {
                return (n + 1) << NAME_LENGTH_BITS | length;
            }
        }
        return -1;
    }

    private static boolean equalsIgnoringCase(byte[] buf, int p, String name, int length) {
        for (int i = 0; i < length; i++) {
            if (Character.toLowerCase((char) (buf[p + i] & 0xFF)) != Character.toLowerCase(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int offset(byte[] buf, int p, int end, TimeParts time) {
        if (p >= end || (buf[p] != '+' && buf[p] != '-' && buf[p] != 'Z')) {
            return -1;
        }
        int length = ZoneOffsets.length(buf, p, end);
        int offset = ZoneOffsets.value(buf, p, length);
        if (offset == ZoneOffsets.INVALID) {
            return -1;
        }
        time.offsetSeconds = offset;
        return p + length;
    }

    /** A zone abbreviation: UTC, GMT and Z mean offset zero (unless %z says otherwise); others leave the local zone. */
    private static int zoneName(byte[] buf, int p, int end, TimeParts time) {
        int i = p;
        while (i < end && ((buf[i] >= 'A' && buf[i] <= 'Z') || (buf[i] >= 'a' && buf[i] <= 'z'))) {
            i++;
        }
        if (i == p) {
            return -1;
        }
        boolean utc = Literals.matchesAt(UTC, buf, p, i) && i - p == UTC.length
                || Literals.matchesAt(GMT, buf, p, i) && i - p == GMT.length || i - p == 1 && buf[p] == 'Z';
        if (utc && time.offsetSeconds == TimeParts.UNSET) {
            time.offsetSeconds = 0;
        }
        return i;
    }

    private static int epochSeconds(byte[] buf, int p, int end, TimeParts time) {
        int i = p;
        while (i < end && Digits.isDigit(buf[i]) && i - p < MAX_EPOCH_DIGITS) {
            i++;
        }
        long seconds = Digits.parse(buf, p, i);
        if (seconds == Digits.INVALID || seconds > EpochTimeStep.MAX_EPOCH_SECOND) {
            return -1;
        }
        time.hasEpoch = true;
        time.epochSecond = seconds;
        return i;
    }

    @Override
    String describe() {
        return directive;
    }
}
