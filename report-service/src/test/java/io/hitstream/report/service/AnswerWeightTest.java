package io.hitstream.report.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hitstream.report.domain.DirNode;
import io.hitstream.report.domain.Panel;
import io.hitstream.report.domain.PanelOptions;
import io.hitstream.report.domain.PanelTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerWeightTest {
    @Test
    void aRenderedPageWeighsTwoBytesACharacterAndItsObject() {
        assertEquals(48 + 2 * 300_000, AnswerWeight.of("x".repeat(300_000)));
    }

    @Test
    void aPanelPageWeighsItsCellsTextByLength() {
        PanelTable urls = new PanelTable(Panel.URLS, PanelOptions.top(10),
                List.of(List.of("/index.html", 10L, 100L), List.of("/a", 5L, 0L)), 2);

        assertEquals(48 + (48 + 2 * 11) + 48 + 48 + (48 + 2 * 2) + 48 + 48, AnswerWeight.of(urls));
    }

    @Test
    void aDirTreeWeighsEveryNodesNameAndPath() {
        DirNode tree = new DirNode("/", "/", 0, 3, 30, List.of(new DirNode("a", "/a", 1, 3, 30, List.of())));

        assertEquals((48 + 50 + 50) + (48 + 50 + 52), AnswerWeight.of(tree));
    }
}
