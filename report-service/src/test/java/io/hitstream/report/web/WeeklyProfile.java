package io.hitstream.report.web;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The live page's and the weekly archive's tests: a database of their own (the data of {@link LiveAndWeeksFixture},
 * apart from that of the other report tests), an SMTP server, and owners for the bad-links mail.
 */
public class WeeklyProfile implements QuarkusTestProfile {
    static final String WWW_OWNERS = "web@example.org,ops@example.org";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "hitstream.report.mail.owners", LiveAndWeeksFixture.WWW + "=" + WWW_OWNERS + ";"
                        + LiveAndWeeksFixture.SHOP + "=shop@example.org",
                "quarkus.mailer.from", "hitstream@example.org");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SmtpTestServer.class));
    }
}
