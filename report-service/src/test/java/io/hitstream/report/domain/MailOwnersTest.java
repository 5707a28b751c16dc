package io.hitstream.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailOwnersTest {

    @Test
    void eachEntryNamesASiteAndItsRecipients() {
        assertEquals(Map.of("www.example.org", List.of("web@example.org", "ops@example.org"),
                        "shop.example.org", List.of("shop@example.org")),
                MailOwners.parse(" www.example.org = web@example.org, ops@example.org ;shop.example.org=shop@example.org;"));
    }

    @Test
    void anEmptySettingMailsNobody() {
        assertEquals(Map.of(), MailOwners.parse(""));
    }

    @Test
    void anEntryWithoutSiteOrMailIsRefusedNamingIt() {
        IllegalArgumentException noMail = assertThrows(IllegalArgumentException.class,
                () -> MailOwners.parse("www.example.org=ops"));
        assertEquals("bad mail owners entry \"www.example.org=ops\": write site=mail[,mail…], entries separated by ;",
                noMail.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MailOwners.parse("=ops@example.org"));
        assertThrows(IllegalArgumentException.class, () -> MailOwners.parse("www.example.org"));
    }
}
