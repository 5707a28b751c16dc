package io.hitstream.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingCsvTest {

    @Test
    void rowsAreRankedQuotedCellsOnCrlfLines() {
        assertEquals("\"rank\",\"url\",\"hits\"\r\n\"1\",\"/a,b\",\"5\"\r\n\"2\",\"/say \"\"hi\"\"\",\"1\"\r\n",
                RankingCsv.of("url", List.of(new UrlHits("/a,b", 5), new UrlHits("/say \"hi\"", 1))));
    }

    @Test
    void cellsThatASpreadsheetWouldTakeForAFormulaStayText() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", RankingCsv.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("\"'+1\"", RankingCsv.cell("+1"));
        assertEquals("\"'-1\"", RankingCsv.cell("-1"));
        assertEquals("\"'@SUM(A1)\"", RankingCsv.cell("@SUM(A1)"));
        assertEquals("\"'\t=1\"", RankingCsv.cell("\t=1"));
        assertEquals("\"'\r=1\"", RankingCsv.cell("\r=1"));
    }

    @Test
    void aFormulaCharacterInsideACellIsLeftAlone() {
        assertEquals("\"/a=b\"", RankingCsv.cell("/a=b"));
    }
}
