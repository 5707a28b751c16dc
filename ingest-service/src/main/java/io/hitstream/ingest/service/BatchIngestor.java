package io.hitstream.ingest.service;

import io.hitstream.ingest.config.IngestConfig;
import io.hitstream.ingest.domain.BatchCombiner;
import io.hitstream.ingest.domain.BatchLimits;
import io.hitstream.ingest.domain.BatchTally;
import io.hitstream.ingest.domain.ClientDomains;
import io.hitstream.ingest.domain.DimensionRules;
import io.hitstream.ingest.domain.ErrorLogCombiner;
import io.hitstream.ingest.domain.ErrorLogStream;
import io.hitstream.ingest.domain.InvalidBatchException;
import io.hitstream.ingest.domain.LineSites;
import io.hitstream.ingest.domain.SiteFormats;
import io.hitstream.ingest.domain.SiteGrant;
import io.hitstream.ingest.domain.SiteTimeZones;
import io.hitstream.ingest.domain.StreamFormat;
import io.hitstream.ingest.domain.StreamParser;
import io.hitstream.ingest.domain.StreamReadings;
import io.hitstream.ingest.peer.AggregateMessages;
import io.hitstream.ingest.peer.ResolverPeer;
import io.hitstream.ingest.peer.StatsPeer;
import io.hitstream.logformat.ClientAddressSource;
import io.hitstream.logformat.LogFormatRegistry;
import io.hitstream.logformat.LogParser;
import io.hitstream.logformat.ParserLimits;
import io.hitstream.proto.ingest.v1.BatchAck;
import io.hitstream.proto.ingest.v1.LogBatch;
import io.hitstream.proto.ingest.v1.LogKind;
import io.hitstream.proto.ingest.v1.StreamOpen;
import io.hitstream.proto.stats.v1.PartialAggregate;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Takes a batch from the client to a committed aggregate: checks that the caller may write its site and
 * that it is well formed, parses and adds it up off the event loop, asks the resolver for the client
 * domains once, and has stats commit the result.
 */
// Started eagerly so that a misspelt time zone or log format stops the service at start, not at the first batch.
@Startup
@ApplicationScoped
public class BatchIngestor {
    private final BatchValidator validator;
    private final SiteTimeZones timeZones;
    private final SiteFormats formats;
    private final DimensionRules rules;
    private final ParserLimits parserLimits;
    private final ResolverPeer resolver;
    private final StatsPeer stats;

    BatchIngestor(IngestConfig config, ResolverPeer resolver, StatsPeer stats) {
        this.validator = new BatchValidator(new BatchLimits(config.maxLinesPerBatch(), config.maxBatchBytes()));
        this.timeZones = new SiteTimeZones(config.defaultTimeZone(), siteZones(config));
        this.parserLimits = new ParserLimits(config.maxLineBytes(), config.maxFieldBytes());
        this.formats = new SiteFormats(LogFormatRegistry.standard(), config.formatCacheSize(), parserLimits,
                config.defaultFormat(),
                siteFormats(config), siteClientAddresses(config));
        this.rules = DimensionRulesFactory.of(config);
        this.resolver = resolver;
        this.stats = stats;
    }

    /**
     * Checks a handshake of a caller with this grant and its kind and format; answers the stream's committed offset
     * and how its batches are read.
     */
    public Uni<OpenedStream> open(StreamOpen open, SiteGrant grant) {
        return Uni.createFrom().item(() -> {
            // Before stats is asked, so that a caller learns nothing of a site it may not write.
            String site = open.getStream().getSite();
            grant.requireWrite(site);
            validator.check(open);
            return reader(open, site);
        }).chain(reader -> stats.committedOffset(open.getStream()).map(reader::apply));
    }

    /** How the opened stream's batches are read, once its committed offset is known. */
    private LongFunction<OpenedStream> reader(StreamOpen open, String site) {
        if (open.getKind() == LogKind.LOG_KIND_ERROR) {
            ErrorLogStream errorLog = new ErrorLogStream(open.getFormat(), parserLimits);
            return offset -> OpenedStream.errorLog(offset, errorLog);
        }
        if (open.getKind() != LogKind.LOG_KIND_ACCESS) {
            throw new InvalidBatchException("a StreamOpen must name a log kind ingest knows, not " + open.getKindValue());
        }
        StreamParser parser = new StreamParser(formats.forStream(site, open.getFormat(), timeZones.zoneOf(site)));
        StreamReadings readings = new StreamReadings(rules);
        return offset -> OpenedStream.accessLog(offset, parser, readings);
    }

    /** Ingests one batch pushed alone, with a parser of its own; the ack comes only once stats has answered the commit. */
    public Uni<BatchAck> ingest(LogBatch batch, SiteGrant grant) {
        return prepare(batch, grant, Optional.empty()).chain(aggregate -> commit(batch, aggregate));
    }

    /**
     * Parses and adds up one batch of a Ship stream with the stream's parser, which it must not name another format
     * than, and names its clients: everything but the commit, so that it may run while earlier batches commit. A
     * batch ingest cannot use is prepared as refused, so that the stream goes on.
     */
    public Uni<PreparedBatch> prepare(LogBatch batch, SiteGrant grant, OpenedStream stream) {
        return prepare(batch, grant, Optional.of(stream)).map(aggregate -> PreparedBatch.counted(batch, aggregate))
                .onFailure(InvalidBatchException.class)
                .recoverWithItem(refused -> PreparedBatch.refused(batch, refused.getMessage()));
    }

    /** Has stats commit a prepared batch of a Ship stream; the ack comes only once stats has answered. */
    public Uni<BatchAck> commit(PreparedBatch prepared) {
        return prepared.isRefused() ? refuse(prepared.batch(), prepared.refusal())
                : commit(prepared.batch(), prepared.aggregate());
    }

    /**
     * Refuses a batch of a Ship stream: when its offsets say which bytes it stands for and it is within the limits,
     * those bytes are committed as rejected lines, so that the agent goes on past them exactly once; otherwise
     * nothing is committed, and the agent, told the committed offset, knows it cannot go on with this batch.
     */
    private Uni<BatchAck> refuse(LogBatch batch, String reason) {
        if (!validator.accountable(batch)) {
            return stats.committedOffset(batch.getStream())
                    .map(offset -> BatchAcknowledgement.refused(batch, offset, reason));
        }
        String site = batch.getStream().getSite();
        BatchTally tally = BatchTally.refused(timeZones.zoneOf(site), rules, site, batch.getStream().getHost(),
                batch.getLines().toByteArray());
        PartialAggregate aggregate = AggregateMessages.of(batch.getStream(), batch.getStartOffset(),
                batch.getEndOffset(), tally, ClientDomains.NONE, LocalDate.now(timeZones.zoneOf(site)));
        return stats.commit(aggregate).map(result -> BatchAcknowledgement.ofRefused(batch, aggregate, result, reason));
    }

    private Uni<BatchAck> commit(LogBatch batch, PartialAggregate aggregate) {
        // Only what the ack tells is kept for it while stats commits, not the aggregate.
        PartialAggregate told = BatchAcknowledgement.told(aggregate);
        return stats.commit(aggregate).map(result -> BatchAcknowledgement.of(batch, told, result));
    }

    private Uni<PartialAggregate> prepare(LogBatch batch, SiteGrant grant, Optional<OpenedStream> stream) {
        return Uni.createFrom().item(() -> tally(batch, grant, stream))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                // The resolver answers on the event loop, which also receives every stream's batches: the
                // aggregate, as large as the batch's keys, is built on a worker like the tally.
                .chain(tally -> resolver.domainsOf(tally.clientAddresses())
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .map(domains -> AggregateMessages.of(batch.getStream(), batch.getStartOffset(),
                                batch.getEndOffset(), tally, domains, undatedDay(batch, stream))));
    }

    /**
     * The day of lines a batch rejects without counting any: its stream's last counted day, else (a batch pushed
     * alone, or a stream's first) today in the site's time zone.
     */
    private LocalDate undatedDay(LogBatch batch, Optional<OpenedStream> stream) {
        LocalDate today = LocalDate.now(timeZones.zoneOf(batch.getStream().getSite()));
        return stream.map(opened -> opened.logDay().dayOr(today)).orElse(today);
    }

    private BatchTally tally(LogBatch batch, SiteGrant grant, Optional<OpenedStream> stream) {
        String site = batch.getStream().getSite();
        grant.requireWrite(site);
        validator.check(batch);
        ZoneId zone = timeZones.zoneOf(site);
        byte[] lines = LineBytes.of(batch.getLines());
        if (stream.isPresent() && stream.get().isErrorLog()) {
            ErrorLogCombiner errors = new ErrorLogCombiner(stream.get().errorLog().parserFor(batch.getFormat()), zone,
                    rules, site, batch.getStream().getHost());
            BatchTally tally = batch.getOversizedLine() ? errors.rejectOversized(lines) : errors.combine(lines);
            stream.get().logDay().saw(tally);
            return tally;
        }
        BatchCombiner combiner = new BatchCombiner(parserOf(batch, zone, stream.map(OpenedStream::parser)), zone,
                rules, stream.map(OpenedStream::readings).orElseGet(() -> new StreamReadings(rules)),
                new LineSites(rules, timeZones, site, grant), batch.getStream().getHost());
        BatchTally tally = batch.getOversizedLine() ? combiner.rejectOversized(lines) : combiner.combine(lines);
        stream.ifPresent(opened -> opened.logDay().saw(tally));
        return tally;
    }

    /** The stream's parser when there is one (a batch naming no format reads as its stream), else a new one. */
    private LogParser parserOf(LogBatch batch, ZoneId zone, Optional<StreamParser> stream) {
        if (stream.isPresent() && batch.getFormat().isEmpty()) {
            return stream.get().parser();
        }
        StreamFormat format = formats.forStream(batch.getStream().getSite(), batch.getFormat(), zone);
        return stream.map(parser -> parser.parserFor(format)).orElseGet(format::newParser);
    }

    private static Map<String, String> siteZones(IngestConfig config) {
        Map<String, String> zones = new HashMap<>();
        config.sites().forEach((site, settings) -> settings.timeZone().ifPresent(zone -> zones.put(site, zone)));
        return zones;
    }

    private static Map<String, String> siteFormats(IngestConfig config) {
        Map<String, String> formats = new HashMap<>();
        config.sites().forEach((site, settings) -> settings.format().ifPresent(format -> formats.put(site, format)));
        return formats;
    }

    private static Map<String, ClientAddressSource> siteClientAddresses(IngestConfig config) {
        Map<String, ClientAddressSource> sources = new HashMap<>();
        config.sites().forEach((site, settings) -> sources.put(site, settings.clientAddress()));
        return sources;
    }
}
