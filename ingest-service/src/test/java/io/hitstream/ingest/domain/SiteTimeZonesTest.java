package io.hitstream.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteTimeZonesTest {
    @Test
    void siteWithoutZoneOfItsOwnGetsTheDefault() {
        SiteTimeZones zones = new SiteTimeZones("UTC", Map.of("shop.example.org", "Asia/Kolkata"));

        assertEquals(ZoneId.of("Asia/Kolkata"), zones.zoneOf("shop.example.org"));
        assertEquals(ZoneId.of("UTC"), zones.zoneOf("www.example.org"));
    }

    @Test
    void offsetOrMisspelledZoneIsRefusedAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SiteTimeZones("UTC", Map.of("www.example.org", "+05:30")));

        assertEquals("the time zone of site www.example.org is '+05:30', which is not an IANA time zone (e.g. Europe/Zurich)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SiteTimeZones("Europe/Zurch", Map.of()));
    }
}
