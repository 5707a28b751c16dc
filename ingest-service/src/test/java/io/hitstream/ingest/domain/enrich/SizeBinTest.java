package io.hitstream.ingest.domain.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SizeBinTest {
    @Test
    void anEmptyResponseIsInTheFirstBin() {
        assertEquals("0-3k", SizeBin.of(0).key());
    }

    @Test
    void threeKibIsStillInTheFirstBinAndOneByteMoreIsNot() {
        assertEquals("0-3k", SizeBin.of(3072).key());
        assertEquals("3-10k", SizeBin.of(3073).key());
    }

    @Test
    void tenKibIsTheUpperEdgeOfTheSecondBin() {
        assertEquals("3-10k", SizeBin.of(10240).key());
        assertEquals("10-30k", SizeBin.of(10241).key());
    }

    @Test
    void thirtyKibIsTheUpperEdgeOfTheThirdBin() {
        assertEquals("10-30k", SizeBin.of(30720).key());
        assertEquals("30-100k", SizeBin.of(30721).key());
    }

    @Test
    void hundredKibIsTheUpperEdgeOfTheFourthBin() {
        assertEquals("30-100k", SizeBin.of(102_400).key());
        assertEquals("100k-1m", SizeBin.of(102_401).key());
    }

    @Test
    void oneMibIsTheUpperEdgeOfTheFifthBinAndEverythingAboveIsTheLast() {
        assertEquals("100k-1m", SizeBin.of(1_048_576).key());
        assertEquals("gt-1m", SizeBin.of(1_048_577).key());
        assertEquals("gt-1m", SizeBin.of(Long.MAX_VALUE).key());
    }

    @Test
    void aResponseWithoutSizeIsUnknownNotZero() {
        assertEquals("unknown", SizeBin.of(-1).key());
    }
}
