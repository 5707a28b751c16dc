package io.hitstream.report.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void countsBelowOneThousandHaveNoSeparator() {
        assertEquals("0", ReportFormat.grouped(0));
        assertEquals("7", ReportFormat.grouped(7));
        assertEquals("999", ReportFormat.grouped(999));
    }

    @Test
    void everyThreeDigitsFromTheRightAreSeparatedByAComma() {
        assertEquals("1,000", ReportFormat.grouped(1000));
        assertEquals("12,345", ReportFormat.grouped(12_345));
        assertEquals("123,456", ReportFormat.grouped(123_456));
        assertEquals("1,234,567", ReportFormat.grouped(1_234_567));
        assertEquals("9,223,372,036,854,775,807", ReportFormat.grouped(Long.MAX_VALUE));
    }

    @Test
    void negativeCountsKeepTheirSignBeforeTheFirstGroup() {
        assertEquals("-1", ReportFormat.grouped(-1));
        assertEquals("-999", ReportFormat.grouped(-999));
        assertEquals("-1,000", ReportFormat.grouped(-1000));
        assertEquals("-123,456", ReportFormat.grouped(-123_456));
        assertEquals("-1,234,567", ReportFormat.grouped(-1_234_567));
        assertEquals("-9,223,372,036,854,775,808", ReportFormat.grouped(Long.MIN_VALUE));
    }
}
