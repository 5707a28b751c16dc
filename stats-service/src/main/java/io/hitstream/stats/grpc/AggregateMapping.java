package io.hitstream.stats.grpc;

import io.hitstream.proto.common.v1.Rejection;
import io.hitstream.proto.common.v1.StreamId;
import io.hitstream.proto.stats.v1.CommitResult;
import io.hitstream.proto.stats.v1.CommitStatus;
import io.hitstream.proto.stats.v1.DailyCount;
import io.hitstream.proto.stats.v1.HourlyTotals;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.hitstream.stats.domain.AggregateBuilder;
import io.hitstream.stats.domain.BatchAggregate;
import io.hitstream.stats.domain.CommitReceipt;
import io.hitstream.stats.domain.HourCounters;
import io.hitstream.stats.domain.StreamKey;

/** Maps the stats v1 messages to the domain and back; the domain checks the values. */
final class AggregateMapping {
    private AggregateMapping() {
    }

    static StreamKey streamKey(StreamId stream) {
        return new StreamKey(stream.getSite(), stream.getHost(), stream.getFileId());
    }

    static BatchAggregate aggregate(PartialAggregate message) {
        AggregateBuilder builder = new AggregateBuilder(streamKey(message.getStream()),
                message.getStartOffset(), message.getEndOffset(), message.getTimeZone())
                .lineCounts(message.getAcceptedLines(), message.getRejectedLines());
        for (HourlyTotals hour : message.getHourlyList()) {
            builder.hour(hour.getHourStartEpochSecond(), hour.getLocalDate(), new HourCounters(hour.getHits(),
                    hour.getBytes(), hour.getStatus2Xx(), hour.getStatus3Xx(), hour.getStatus4Xx(),
                    hour.getStatus5Xx(), hour.getStatusOther()));
        }
        for (DailyCount count : message.getUrlHitsList()) {
            builder.urlHits(count.getLocalDate(), count.getKey(), count.getHits());
        }
        for (DailyCount count : message.getClientDomainHitsList()) {
            builder.clientDomainHits(count.getLocalDate(), count.getKey(), count.getHits());
        }
        for (Rejection rejection : message.getRejectionsList()) {
            builder.rejection(rejection.getReason(), rejection.getLines(), rejection.getSample(), rejection.getSamplesList());
        }
        for (Rejection repair : message.getRepairsList()) {
            builder.repair(repair.getReason(), repair.getLines(), repair.getSample(), repair.getSamplesList());
        }
        return builder.build();
    }

    static CommitResult commitResult(CommitReceipt receipt) {
        CommitStatus status = switch (receipt.outcome()) {
            case COMMITTED -> CommitStatus.COMMIT_STATUS_COMMITTED;
            case DUPLICATE -> CommitStatus.COMMIT_STATUS_DUPLICATE;
            case OUT_OF_ORDER -> CommitStatus.COMMIT_STATUS_OUT_OF_ORDER;
        };
        return CommitResult.newBuilder().setStatus(status).setCommittedOffset(receipt.committedOffset()).build();
    }
}
