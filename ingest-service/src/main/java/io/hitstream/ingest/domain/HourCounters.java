package io.hitstream.ingest.domain;

import io.hitstream.proto.stats.v1.HourlyTotals;
import java.time.LocalDate;

/** The running totals of one local hour of a batch. */
final class HourCounters {
    private final long startEpochSecond;
    private final LocalDate date;
    private final long[] statusClasses = new long[StatusClass.values().length];
    private long hits;
    private long bytes;

    HourCounters(long startEpochSecond, LocalDate date) {
        this.startEpochSecond = startEpochSecond;
        this.date = date;
    }

    void add(int status, boolean hasBytes, long responseBytes) {
        hits++;
        if (hasBytes) {
            bytes += responseBytes;
        }
        statusClasses[StatusClass.of(status).ordinal()]++;
    }

    HourlyTotals toMessage() {
        return HourlyTotals.newBuilder()
                .setHourStartEpochSecond(startEpochSecond)
                .setLocalDate(date.toString())
                .setHits(hits)
                .setBytes(bytes)
                .setStatus2Xx(statusClasses[StatusClass.SUCCESS.ordinal()])
                .setStatus3Xx(statusClasses[StatusClass.REDIRECTION.ordinal()])
                .setStatus4Xx(statusClasses[StatusClass.CLIENT_ERROR.ordinal()])
                .setStatus5Xx(statusClasses[StatusClass.SERVER_ERROR.ordinal()])
                .setStatusOther(statusClasses[StatusClass.OTHER.ordinal()])
                .build();
    }
}
