package dev.launchdesk.training.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;

/**
 * What the CSV and XLSX writers write, the readers read back to the same questions. The one documented loss: a text
 * that itself starts with an apostrophe followed by a formula character loses the apostrophe in CSV (it is the mark
 * {@code SpreadsheetCsv} puts there), so the generated texts do not start with an apostrophe.
 */
class BankSheetsRoundTripPropertyTest {

    @Test
    void csvReadsBackUnchanged() {
        qt().withExamples(300).forAll(BankDraftsGen.sheetBanks()).checkAssert(bank -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BankCsv.write(bank.questions(), out);
            BankReading reading = BankCsv.read(out.toByteArray(), BankDefaults.inLanguage("en"));
            assertThat(reading.problems()).isEmpty();
            assertThat(reading.questions()).isEqualTo(bank.questions());
        });
    }

    @Test
    void xlsxReadsBackUnchanged() {
        qt().withExamples(40).forAll(BankDraftsGen.sheetBanks()).checkAssert(bank -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BankWorkbook.write(bank.questions(), out);
            BankReading reading = BankWorkbook.read(out.toByteArray(), BankDefaults.inLanguage("en"));
            assertThat(reading.problems()).isEmpty();
            assertThat(reading.questions()).isEqualTo(bank.questions());
        });
    }
}
