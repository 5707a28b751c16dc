package io.hitstream.logformat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts what a parser made of a run of lines: parsed, rejected per reason (with the first few
 * lines of each reason as samples), directives read, fields truncated, quotes repaired. One per thread.
 */
public final class ParseTally {
    private final int samplesPerReason;
    private final int maxSampleChars;
    private final Map<RejectReason, Long> rejections = new EnumMap<>(RejectReason.class);
    private final Map<RejectReason, List<String>> samples = new EnumMap<>(RejectReason.class);
    private long parsedLines;
    private long directiveLines;
    private long truncatedFields;
    private long repairedLines;

    /**
     * @param samplesPerReason how many rejected lines to keep per reason
     * @param maxSampleChars longer sample lines are cut to this many characters
     */
    public ParseTally(int samplesPerReason, int maxSampleChars) {
        if (samplesPerReason < 0 || maxSampleChars < 1) {
            throw new IllegalArgumentException("samplesPerReason must be >= 0 and maxSampleChars >= 1");
        }
        this.samplesPerReason = samplesPerReason;
        this.maxSampleChars = maxSampleChars;
    }

    /** Counts the outcome of the last {@link LogParser#parse} of {@code buf[start, end)} into {@code record}. */
    public void add(LogRecord record, byte[] buf, int start, int end) {
        RejectReason reason = record.rejectReason();
        if (reason == null) {
            parsedLines++;
            truncatedFields += record.truncatedFieldCount();
            repairedLines += record.quoteRepaired() ? 1 : 0;
        } else if (!reason.isRejection()) {
            directiveLines++;
        } else {
            rejections.merge(reason, 1L, Long::sum);
            List<String> kept = samples.computeIfAbsent(reason, r -> new ArrayList<>());
            if (kept.size() < samplesPerReason) {
                kept.add(sample(buf, start, end));
            }
        }
    }

    public long parsedLines() {
        return parsedLines;
    }

    /** Lines rejected for any reason but {@link RejectReason#DIRECTIVE}. */
    public long rejectedLines() {
        long total = 0;
        for (long count : rejections.values()) {
            total += count;
        }
        return total;
    }

    /** Lines that were directives of the file (W3C's {@code #Fields:}), neither parsed nor rejected. */
    public long directiveLines() {
        return directiveLines;
    }

    /** Fields of parsed lines cut to the field limit. */
    public long truncatedFields() {
        return truncatedFields;
    }

    /** Parsed lines read by repairing an unmatched quote. */
    public long repairedLines() {
        return repairedLines;
    }

    /** Rejected lines per reason, reasons in declaration order; only reasons that occurred. */
    public Map<RejectReason, Long> rejections() {
        return Collections.unmodifiableMap(new EnumMap<>(rejections));
    }

    /** The first rejected lines of a reason, invalid UTF-8 replaced, cut to the sample length in code points. */
    public List<String> samples(RejectReason reason) {
        return List.copyOf(samples.getOrDefault(reason, List.of()));
    }

    private String sample(byte[] buf, int start, int end) {
        int length = Math.min(end - start, maxSampleChars * 4);
        String text = new String(buf, start, length, StandardCharsets.UTF_8);
        if (text.codePointCount(0, text.length()) <= maxSampleChars) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxSampleChars));
    }
}
