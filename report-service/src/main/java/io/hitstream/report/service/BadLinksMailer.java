package io.hitstream.report.service;

import io.hitstream.report.config.ArchiveConfig;
import io.hitstream.report.config.MailConfig;
import io.hitstream.report.domain.BadLinksMail;
import io.hitstream.report.domain.MailOwners;
import io.hitstream.report.domain.SiteSpan;
import io.hitstream.report.domain.Week;
import io.hitstream.report.peer.SmtpOutbox;
import io.hitstream.report.store.ArchiveStore;
import io.hitstream.report.store.RollupReader;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mails each site's owners the bad links of its last finished week, once per site and week however many replicas
 * try. A week without bad links sends nothing; a week the job did not run in is not mailed later.
 */
// Created at start, so that a malformed owners setting stops the service there rather than at the first job.
@Startup
@ApplicationScoped
public class BadLinksMailer {
    private final RollupReader rollups;
    private final WeekReports reports;
    private final ArchiveStore archive;
    private final SmtpOutbox outbox;
    private final Map<String, List<String>> owners;
    private final Duration grace;

    public BadLinksMailer(RollupReader rollups, WeekReports reports, ArchiveStore archive, SmtpOutbox outbox,
            MailConfig mail, ArchiveConfig config) {
        this.rollups = rollups;
        this.reports = reports;
        this.archive = archive;
        this.outbox = outbox;
        this.owners = mail.owners().map(MailOwners::parse).orElse(Map.of());
        this.grace = config.grace();
    }

    /** Mails the last week finished {@link ArchiveConfig#grace()} before {@code now}; answers the mails sent. */
    public Uni<List<BadLinksMail>> mailAll(Instant now) {
        return Multi.createFrom().iterable(owners.entrySet())
                .onItem().transformToUniAndConcatenate(site -> mail(site.getKey(), site.getValue(), now))
                .filter(Optional::isPresent).map(Optional::get)
                .collect().asList();
    }

    private Uni<Optional<BadLinksMail>> mail(String site, List<String> recipients, Instant now) {
        return rollups.span(site).flatMap(span -> span.isEmpty()
                ? Uni.createFrom().item(Optional.empty())
                : mail(span.get(), recipients, now));
    }

    private Uni<Optional<BadLinksMail>> mail(SiteSpan site, List<String> recipients, Instant now) {
        ZoneId zone = ZoneId.of(site.timeZone());
        Week week = Week.lastFinished(zone, grace, now);
        return reports.badLinks(site.site(), week).flatMap(pages -> {
            if (pages.isEmpty()) {
                return Uni.createFrom().item(Optional.empty());
            }
            BadLinksMail mail = BadLinksMail.of(recipients, site.site(), zone, week, pages);
            return archive.mailOnce(site.site(), week, recipients, now, () -> outbox.send(mail))
                    .map(sent -> sent ? Optional.of(mail) : Optional.empty());
        });
    }
}
