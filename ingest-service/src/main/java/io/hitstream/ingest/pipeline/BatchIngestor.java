package io.hitstream.ingest.pipeline;

import io.hitstream.ingest.config.IngestConfig;
import io.hitstream.ingest.domain.BatchAcknowledgement;
import io.hitstream.ingest.domain.BatchCombiner;
import io.hitstream.ingest.domain.BatchLimits;
import io.hitstream.ingest.domain.BatchTally;
import io.hitstream.ingest.domain.BatchValidator;
import io.hitstream.ingest.domain.ClientDomains;
import io.hitstream.ingest.domain.SiteTimeZones;
import io.hitstream.ingest.peer.ResolverPeer;
import io.hitstream.ingest.peer.StatsPeer;
import io.hitstream.ingest.security.SiteGrant;
import io.hitstream.logformat.LogFormat;
import io.hitstream.logformat.LogFormatRegistry;
import io.hitstream.logformat.ParserLimits;
import io.hitstream.proto.ingest.v1.BatchAck;
import io.hitstream.proto.ingest.v1.LogBatch;
import io.hitstream.proto.ingest.v1.StreamOpen;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Takes a batch from the client to a committed aggregate: checks that the caller may write its site and
 * that it is well formed, parses and adds it up off the event loop, asks the resolver for the client
 * domains once, and has stats commit the result.
 */
// Started eagerly so that a misspelt time zone stops the service at start, not at the first batch.
@Startup
@ApplicationScoped
public class BatchIngestor {
    private final BatchValidator validator;
    private final SiteTimeZones timeZones;
    private final ParserLimits parserLimits;
    private final ResolverPeer resolver;
    private final StatsPeer stats;

    BatchIngestor(IngestConfig config, ResolverPeer resolver, StatsPeer stats) {
        this.validator = new BatchValidator(LogFormatRegistry.standard(),
                new BatchLimits(config.maxLinesPerBatch(), config.maxBatchBytes()));
        this.timeZones = new SiteTimeZones(config.defaultTimeZone(), siteZones(config));
        this.parserLimits = new ParserLimits(config.maxLineBytes());
        this.resolver = resolver;
        this.stats = stats;
    }

    /** Checks a handshake of a caller with this grant and answers the stream's committed offset. */
    public Uni<Long> open(StreamOpen open, SiteGrant grant) {
        return Uni.createFrom().item(() -> {
            // Before stats is asked, so that a caller learns nothing of a site it may not write.
            grant.requireWrite(open.getStream().getSite());
            return validator.check(open);
        }).chain(format -> stats.committedOffset(open.getStream()));
    }

    /** Ingests one batch of a caller with this grant; the ack comes only once stats has answered the commit. */
    public Uni<BatchAck> ingest(LogBatch batch, SiteGrant grant) {
        return Uni.createFrom().item(() -> tally(batch, grant))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(tally -> resolver.domainsOf(tally.clientAddresses())
                        .map(domains -> aggregate(batch, tally, domains)))
                .chain(aggregate -> stats.commit(aggregate)
                        .map(result -> BatchAcknowledgement.of(batch, aggregate, result)));
    }

    private BatchTally tally(LogBatch batch, SiteGrant grant) {
        grant.requireWrite(batch.getStream().getSite());
        LogFormat format = validator.check(batch);
        ZoneId zone = timeZones.zoneOf(batch.getStream().getSite());
        return new BatchCombiner(format.newParser(parserLimits), zone).combine(batch.getLines().toByteArray());
    }

    private static PartialAggregate aggregate(LogBatch batch, BatchTally tally, ClientDomains domains) {
        PartialAggregate.Builder aggregate = PartialAggregate.newBuilder()
                .setStream(batch.getStream())
                .setStartOffset(batch.getStartOffset())
                .setEndOffset(batch.getEndOffset());
        tally.writeTo(aggregate, domains);
        return aggregate.build();
    }

    private static Map<String, String> siteZones(IngestConfig config) {
        Map<String, String> zones = new HashMap<>();
        config.sites().forEach((site, settings) -> zones.put(site, settings.timeZone()));
        return zones;
    }
}
