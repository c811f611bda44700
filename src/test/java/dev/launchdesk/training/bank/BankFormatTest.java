package dev.launchdesk.training.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.training.bank.formats.BankDefaults;
import dev.launchdesk.training.bank.formats.BankProblem;
import dev.launchdesk.training.bank.formats.BankReading;
import dev.launchdesk.training.bank.formats.QuestionDraft;
import dev.launchdesk.training.bank.formats.QuestionType;

class BankFormatTest {

    static final List<QuestionDraft> BANK = List.of(
            new QuestionDraft("SPS-RFD-001", "refund-window", QuestionType.SINGLE_CHOICE, "How many days?",
                    List.of(new QuestionDraft.Option("15", true, null), new QuestionDraft.Option("30", false, null)), "Refund window.", "en", null),
            QuestionDraft.trueFalse("SPS-RFD-001", "steps", "Photos are required.", false, null, null, "Steps, point 2.", "en", null));

    @Test
    void theFormatIsNamedOrTakenFromTheFileName() {
        assertThat(BankFormat.of(" XLSX ", "bank.csv")).as("a named format wins").isEqualTo(BankFormat.XLSX);
        assertThat(BankFormat.of(null, "Moodle export.GIFT")).isEqualTo(BankFormat.GIFT);
        assertThat(BankFormat.of("", "questions.txt")).isEqualTo(BankFormat.GIFT);
        assertThat(BankFormat.of(null, "bank.v2.csv")).isEqualTo(BankFormat.CSV);
        assertThat(BankFormat.of(null, "bank.xlsx")).isEqualTo(BankFormat.XLSX);
        assertThat(BankFormat.of(null, ".csv")).as("a name that is only an extension").isEqualTo(BankFormat.CSV);
        assertThatThrownBy(() -> BankFormat.of("docx", "bank.csv")).isInstanceOf(InvalidInputException.class).hasMessageContaining("docx");
        assertThatThrownBy(() -> BankFormat.of(null, "bank.docx")).isInstanceOf(InvalidInputException.class).hasMessageContaining("bank.docx");
        assertThatThrownBy(() -> BankFormat.of(null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> BankFormat.of(null, "csv")).as("a name without an extension").isInstanceOf(InvalidInputException.class);
    }

    @Test
    void eachFormatReadsBackWhatItWrote() {
        for (BankFormat format : BankFormat.values()) {
            byte[] file = format.write(BANK);
            BankReading reading = format.read(file, BankDefaults.inLanguage("en"));
            assertThat(reading.acceptedQuestions()).as(format.name()).isEqualTo(BANK);
        }
    }

    @Test
    void exportedFilesAreNamedAfterTheSopAndCarryTheirType() {
        assertThat(BankFormat.XLSX.fileName("SPS-RFD-001")).isEqualTo("question-bank-SPS-RFD-001.xlsx");
        assertThat(BankFormat.GIFT.fileName("a/b c")).isEqualTo("question-bank-a_b_c.gift.txt");
        assertThat(BankFormat.CSV.contentType()).startsWith("text/csv");
        assertThat(BankFormat.XLSX.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void aProblemTheCoreFindsIsPlacedAsTheReaderPlacesItsOwn() {
        BankReading sheet = BankFormat.CSV.read(BankFormat.CSV.write(BANK), BankDefaults.inLanguage("en"));
        BankProblem row = sheet.problemWith(1, "section_anchor", "no such section");
        assertThat(row.line()).isEqualTo(3);
        assertThat(row.column()).isEqualTo("section_anchor");
        assertThat(row.message()).isEqualTo("row 3, column section_anchor: no such section");
        BankReading gift = BankFormat.GIFT.read("// bank\n::Days::How many days? {=15 ~30 ####Why.}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                BankDefaults.forSection("SPS-RFD-001", "refund-window", "en"));
        BankProblem line = gift.problemWith(0, "section_anchor", "no such section");
        assertThat(line.line()).isEqualTo(2);
        assertThat(line.column()).isNull();
        assertThat(line.question()).isEqualTo("::Days::");
        assertThat(line.message()).contains("line 2").contains("::Days::").contains("no such section");
    }
}
