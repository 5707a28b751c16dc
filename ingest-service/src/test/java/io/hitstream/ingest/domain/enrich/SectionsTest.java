package io.hitstream.ingest.domain.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SectionsTest {
    @Test
    void aPathIsInTheSectionOfItsFirstSegment() {
        assertEquals("/blog", Sections.of("/blog/2026/x.html"));
    }

    @Test
    void aSingleSegmentIsItsOwnSection() {
        assertEquals("/about", Sections.of("/about"));
    }

    @Test
    void aTrailingSlashDoesNotMakeAnotherSection() {
        assertEquals("/blog", Sections.of("/blog/"));
    }

    @Test
    void theRootIsItsOwnSection() {
        assertEquals("/", Sections.of("/"));
    }

    @Test
    void theQueryStringIsNotPartOfTheSection() {
        assertEquals("/search", Sections.of("/search?q=/etc/passwd"));
    }

    @Test
    void aPathThatIsNotAbsoluteCountsUnderTheRoot() {
        assertEquals("/", Sections.of("*"));
    }

    @Test
    void anOverlongFirstSegmentIsCut() {
        assertEquals(128, Sections.of("/" + "a".repeat(5000) + "/x").length());
    }
}
