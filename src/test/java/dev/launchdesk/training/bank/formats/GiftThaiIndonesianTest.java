package dev.launchdesk.training.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.launchdesk.training.bank.formats.QuestionDraft.Option;

/** A trainer's GIFT bank in Thai and Bahasa Indonesia: categories place the questions, text survives as written. */
class GiftThaiIndonesianTest {

    @Test
    void aThaiAndIndonesianBankIsReadWhole() throws IOException {
        List<QuestionDraft> questions = GiftReader.read(GiftDocsExamplesTest.resource("refunds-th-id.gift"), BankDefaults.inLanguage("th"))
                .acceptedQuestions();

        assertThat(questions).extracting(QuestionDraft::title).containsExactly("ระยะเวลาคืนเงิน", "Jangka waktu refund", "Bukti yang diperlukan", "หลักฐาน");
        assertThat(questions).extracting(QuestionDraft::sectionAnchor).containsExactly("refund-window", "refund-window", "required-evidence",
                "required-evidence");
        assertThat(questions).allSatisfy(q -> assertThat(q.sopKey()).isEqualTo("SPS-RFD-001"));

        QuestionDraft days = questions.get(0);
        assertThat(days.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(days.text()).isEqualTo("ลูกค้าขอคืนเงินได้ภายในกี่วันหลังได้รับสินค้า?");
        assertThat(days.options()).containsExactly(new Option("15 วัน", true, "ถูกต้อง ตามหัวข้อระยะเวลาคืนเงิน"),
                new Option("7 วัน", false, "ไม่ใช่ 7 วันเป็นนโยบายเดิม"), new Option("30 วัน", false, null));
        assertThat(days.explanation()).isEqualTo("ดูหัวข้อ \"ระยะเวลาคืนเงิน\" ใน SOP การคืนเงิน: นับจากวันที่ลูกค้าได้รับสินค้า");
        assertThat(days.language()).isEqualTo("th");

        QuestionDraft window = questions.get(1);
        assertThat(window.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(window.options()).containsExactly(new Option(Option.TRUE, true, "Benar."), new Option(Option.FALSE, false, "Salah: batasnya 15 hari."));
        assertThat(window.explanation()).isEqualTo("Lihat bagian \"Jangka waktu refund\": dihitung sejak tanggal barang diterima.");

        QuestionDraft evidence = questions.get(2);
        assertThat(evidence.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(evidence.correctIndexes()).containsExactly(0, 1);
        assertThat(evidence.explanation()).isEqualTo("Bagian \"Bukti yang diperlukan\" mewajibkan [html]<b>dua</b> foto: barang &amp; label.")
                .as("a format marker counts only at the start of a part");

        QuestionDraft notEvidence = questions.get(3);
        assertThat(notEvidence.text()).isEqualTo("ข้อใด**ไม่ใช่**หลักฐานที่ต้องแนบ?").as("[html] turned into Markdown");
        assertThat(notEvidence.correctIndexes()).containsExactly(1);
        assertThat(notEvidence.explanation()).isEqualTo("ต้องแนบรูปถ่าย 2 รูป: สินค้าและฉลาก {ไม่ต้องใช้เบอร์โทร}")
                .as("the explanation inherits the question's [html]: escaped braces are text");
    }

    @Test
    void uploadedBytesMustBeUtf8AndMayStartWithAByteOrderMark() throws IOException {
        byte[] utf8 = ("\uFEFF" + GiftDocsExamplesTest.resource("refunds-th-id.gift")).getBytes(StandardCharsets.UTF_8);
        assertThat(GiftReader.read(utf8, BankDefaults.inLanguage("id")).acceptedQuestions()).hasSize(4);

        byte[] thaiWindows874 = "ข้อใด {T####x}".getBytes(java.nio.charset.Charset.forName("x-windows-874"));
        BankReading reading = GiftReader.read(thaiWindows874, BankDefaults.inLanguage("th"));
        assertThat(reading.problems()).extracting(BankProblem::message)
                .containsExactly("the file is not UTF-8 text; save it as UTF-8 (in Excel: CSV UTF-8) and try again");
    }

    @Test
    void aFileWithoutQuestionsIsNotAnEmptySuccess() {
        assertThat(GiftReader.read("// only a comment\n\n$CATEGORY: SPS-RFD-001/refund-window\n", BankDefaults.inLanguage("th")).problems())
                .extracting(BankProblem::line, BankProblem::message).containsExactly(org.assertj.core.groups.Tuple.tuple(0, "the file holds no questions"));
    }

    @Test
    void aQuestionWithoutSectionOrWithAnUnmappedCategoryIsAProblem() {
        String gift = "::Lost::No category here {T####x}\n\n$CATEGORY: Refunds\n\n::Vague::A category of one segment {F####y}\n";
        BankReading reading = GiftReader.read(gift, BankDefaults.inLanguage("en"));
        assertThat(reading.problems()).extracting(BankProblem::message).containsExactly(
                "the question names no SOP section: put a line $CATEGORY: <SOP key>/<section anchor> before it, or choose a section for the import, line 1: ::Lost::",
                "the category “Refunds” names no SOP section: write it as <SOP key>/<section anchor>, line 5: ::Vague::");

        CategoryMapping table = CategoryMapping.table(java.util.Map.of("Refunds", new CategoryMapping.Section("SPS-RFD-001", "refund-window")));
        BankReading mapped = GiftReader.read(gift.substring(gift.indexOf("$CATEGORY")), new BankDefaults(null, "en", table));
        assertThat(mapped.acceptedQuestions()).singleElement().extracting(QuestionDraft::sectionAnchor).isEqualTo("refund-window");
    }

    @Test
    void theQuestionsOwnRulesAreCheckedWithTheirLine() {
        String gift = """
                $CATEGORY: SPS-RFD-001/refund-window

                ::Two right::Pick one {=a =b ~c ####e}

                ::None right::Pick some {~a ~b ####e}

                ::Too many::Pick {=1 ~2 ~3 ~4 ~5 ~6 ~7 ####e}

                ::Unclosed::Pick {=a ~b
                """;
        BankReading reading = GiftReader.read(gift, BankDefaults.inLanguage("en"));
        assertThat(reading.problems()).extracting(BankProblem::message).containsExactly(
                "a single choice question has exactly one correct option, not 2 (several right answers make a multiple choice question), line 3: ::Two right::",
                "a multiple choice question needs at least one correct option, line 5: ::None right::",
                "a choice question has 2 to 6 options, not 7, line 7: ::Too many::",
                "the answers are not closed with '}', line 9: ::Unclosed::");
        assertThat(reading.questions()).hasSize(3).as("questions read, for a preview, but nothing accepted");
    }
}
