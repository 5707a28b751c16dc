package io.hitstream.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnswerKeyTest {
    private static final DateRange NOVEMBER = new DateRange(LocalDate.parse("2026-11-01"),
            LocalDate.parse("2026-11-30"));

    private static SiteSpan www(long dataVersion) {
        return new SiteSpan("www.example.org", "UTC", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-11-30"),
                dataVersion);
    }

    @Test
    void theSameReadOfTheSameSiteVersionAndRangeIsOneAnswer() {
        assertEquals(AnswerKey.of("summary", www(7), NOVEMBER), AnswerKey.of("summary", www(7), NOVEMBER));
        assertEquals(AnswerKey.of("summary", www(7), NOVEMBER).hashCode(),
                AnswerKey.of("summary", www(7), NOVEMBER).hashCode());
    }

    @Test
    void anotherDataVersionOfTheSiteIsAnotherAnswer() {
        assertNotEquals(AnswerKey.of("summary", www(7), NOVEMBER), AnswerKey.of("summary", www(8), NOVEMBER));
    }

    @Test
    void anotherSiteRangeOrReadIsAnotherAnswer() {
        SiteSpan shop = new SiteSpan("shop.example.org", "UTC", LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-11-30"), 7);
        DateRange lastWeek = new DateRange(LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-30"));

        assertNotEquals(AnswerKey.of("summary", www(7), NOVEMBER), AnswerKey.of("summary", shop, NOVEMBER));
        assertNotEquals(AnswerKey.of("summary", www(7), NOVEMBER), AnswerKey.of("summary", www(7), lastWeek));
        assertNotEquals(AnswerKey.of("summary", www(7), NOVEMBER), AnswerKey.of("site-page", www(7), NOVEMBER));
    }

    @Test
    void anotherPanelOrPageOfAPanelIsAnotherAnswer() {
        PanelOptions firstPage = PanelOptions.parse(Panel.URLS, null, null, 1, 50, null, false);
        PanelOptions secondPage = PanelOptions.parse(Panel.URLS, null, null, 2, 50, null, false);
        PanelOptions byBytes = PanelOptions.parse(Panel.URLS, "bytes", null, 1, 50, null, false);

        AnswerKey urls = AnswerKey.of("panel", www(7), NOVEMBER, Panel.URLS, firstPage);
        assertEquals(urls, AnswerKey.of("panel", www(7), NOVEMBER, Panel.URLS,
                PanelOptions.parse(Panel.URLS, "", "", 1, 50, null, false)));
        assertNotEquals(urls, AnswerKey.of("panel", www(7), NOVEMBER, Panel.CLIENT_DOMAINS, firstPage));
        assertNotEquals(urls, AnswerKey.of("panel", www(7), NOVEMBER, Panel.URLS, secondPage));
        assertNotEquals(urls, AnswerKey.of("panel", www(7), NOVEMBER, Panel.URLS, byBytes));
    }
}
