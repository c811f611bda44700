package dev.launchdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared spreadsheet CSV: byte-order mark, OWASP's formula neutralising, numbers kept, the way back on import. */
class SpreadsheetCsvTest {

    @Test
    void writesAByteOrderMarkThenUtf8AndCrlf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetCsv csv = SpreadsheetCsv.on(out)) {
            csv.row("name", "market");
            csv.row("สมชาย ใจดี", "TH");
            csv.row("Nur Aisyah binti Ahmad", "MY");
        }
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFname,market\r\nสมชาย ใจดี,TH\r\nNur Aisyah binti Ahmad,MY\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1-555-0100", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A2)", "\tTAB", "\rCR", "=HYPERLINK(\"http://x\")", "-", "-3abc"})
    void formulaTriggersGetAnApostrophe(String cell) {
        assertThat(SpreadsheetCsv.neutralised(cell)).isEqualTo("'" + cell);
        assertThat(SpreadsheetCsv.restored(SpreadsheetCsv.neutralised(cell))).isEqualTo(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-3", "-0.25", "-1.5e3", "42", "0.5", "Refund", "a=b", "O'Brien", "'quoted", ""})
    void numbersAndPlainTextStayAsTheyAre(String cell) {
        assertThat(SpreadsheetCsv.neutralised(cell)).isEqualTo(cell);
        assertThat(SpreadsheetCsv.restored(cell)).isEqualTo(cell);
    }

    @Test
    void aNeutralisedCellIsQuotedWhenItHoldsTheSeparator() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetCsv csv = SpreadsheetCsv.on(out)) {
            csv.row("=HYPERLINK(\"http://x\",\"y\")", "-7");
        }
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-7\r\n");
    }
}
