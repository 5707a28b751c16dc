package io.hitstream.report.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.report.domain.BadLinksMail;
import io.hitstream.report.service.BadLinksMailer;
import io.hitstream.testing.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bad-links mail, sent to a real SMTP server (GreenMail): www.example.org's owners are web@ and ops@,
 * shop.example.org's shop@ ({@link WeeklyProfile}).
 */
@QuarkusTest
@TestProfile(WeeklyProfile.class)
@QuarkusTestResource(value = PostgresTestDatabase.class, initArgs = @ResourceArg(name = "migrations",
        value = "classpath:db/rollups,classpath:db/report-fixture"))
class BadLinksMailTest {
    /** The week of 2026-11-02 is the last one over, for both sites; only www has bad links in it. */
    private static final Instant AFTER_FIRST_WEEK = Instant.parse("2026-11-10T03:00:00Z");
    private static final String FIRST_WEEK_TEXT = """
            Pages of www.example.org linked to URLs that answered 404 in the week 2026-11-02 to 2026-11-08 (UTC):

            /about
              /old-page (4 hits)
              /gone (1 hit)

            /index.html
              /<script>alert(1)</script> (2 hits)
              /a\uFFFD\uFFFDBcc: evil@example.org (1 hit)
            """;

    @Inject
    BadLinksMailer mailer;

    @BeforeEach
    void loadRollups() throws Exception {
        LiveAndWeeksFixture.load();
        SmtpTestServer.server().purgeEmailFromAllMailboxes();
    }

    @Test
    void mailsTheLastWeeksBadLinksToTheSitesOwners() throws Exception {
        mailer.mailAll(AFTER_FIRST_WEEK).await().indefinitely();
        MimeMessage[] received = SmtpTestServer.server().getReceivedMessages();
        assertEquals(2, received.length, "one copy per recipient");
        MimeMessage mail = received[0];
        assertEquals(List.of("web@example.org", "ops@example.org"), addresses(mail.getRecipients(Message.RecipientType.TO)));
        assertEquals(List.of("hitstream@example.org"), addresses(mail.getFrom()));
        assertEquals("Bad links on www.example.org, week of 2026-11-02", mail.getSubject());
        assertEquals(FIRST_WEEK_TEXT.lines().toList(), ((String) mail.getContent()).lines().toList());
    }

    @Test
    void aSecondRunSendsNothing() throws Exception {
        assertEquals(1, mailer.mailAll(AFTER_FIRST_WEEK).await().indefinitely().size());
        assertEquals(List.of(), mailer.mailAll(AFTER_FIRST_WEEK.plusSeconds(3600)).await().indefinitely());
        assertEquals(2, SmtpTestServer.server().getReceivedMessages().length);
    }

    @Test
    void twoReplicasMailingAtOnceSendOneMail() throws Exception {
        CompletableFuture<List<BadLinksMail>> first = CompletableFuture.supplyAsync(
                () -> mailer.mailAll(AFTER_FIRST_WEEK).await().indefinitely());
        CompletableFuture<List<BadLinksMail>> second = CompletableFuture.supplyAsync(
                () -> mailer.mailAll(AFTER_FIRST_WEEK).await().indefinitely());
        assertEquals(1, first.get().size() + second.get().size());
        assertEquals(2, SmtpTestServer.server().getReceivedMessages().length);
    }

    @Test
    void aWeekWithoutBadLinksSendsNothing() throws Exception {
        // The week of 2026-11-09: www has one bad link, shop (whose week it also is) none.
        List<BadLinksMail> sent = mailer.mailAll(Instant.parse("2026-11-17T03:00:00Z")).await().indefinitely();
        assertEquals(List.of("Bad links on www.example.org, week of 2026-11-09"),
                sent.stream().map(BadLinksMail::subject).toList());
        MimeMessage[] received = SmtpTestServer.server().getReceivedMessages();
        assertEquals(2, received.length, "one copy for each of www's owners, none for shop's");
        assertEquals(List.of("web@example.org", "ops@example.org"),
                addresses(received[1].getRecipients(Message.RecipientType.TO)));
    }

    private static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(Address::toString).toList();
    }
}
