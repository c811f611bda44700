package dev.launchdesk.training.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import dev.launchdesk.training.bank.formats.QuestionDraft.Option;

/** Question banks as CSV and XLSX sheets: one question per row, every problem named by row and column. */
class BankSheetsTest {

    private static final BankDefaults DEFAULTS = BankDefaults.forSection("SPS-RFD-001", "refund-window", "en");

    @Test
    void aTrainersCsvInThaiIndonesianAndEnglishIsReadWhole() throws IOException {
        List<QuestionDraft> questions = BankCsv.read(resource("bank.csv"), DEFAULTS).acceptedQuestions();

        assertThat(questions).hasSize(4);
        QuestionDraft thai = questions.get(0);
        assertThat(thai.title()).isEqualTo("ระยะเวลาคืนเงิน");
        assertThat(thai.options()).containsExactly(new Option("7 วัน", false, null), new Option("15 วัน", true, "ถูกต้อง"),
                new Option("30 วัน", false, null));
        assertThat(thai.explanation()).isEqualTo("ดูหัวข้อ \"ระยะเวลาคืนเงิน\"\nนับจากวันที่ได้รับสินค้า");
        assertThat(thai.language()).isEqualTo("th");

        QuestionDraft indonesian = questions.get(1);
        assertThat(indonesian.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(indonesian.sectionAnchor()).isEqualTo("required-evidence");
        assertThat(indonesian.correctIndexes()).containsExactly(0, 2);

        QuestionDraft trueFalse = questions.get(2);
        assertThat(trueFalse.sopKey()).isEqualTo("SPS-RFD-001").as("blank cells take the import's section");
        assertThat(trueFalse.language()).isEqualTo("en");
        assertThat(trueFalse.options()).containsExactly(new Option(Option.TRUE, true, "Yes."), new Option(Option.FALSE, false, "No: within 14 days."));

        assertThat(questions.get(3).text()).isEqualTo("=Which formula?").as("the apostrophe LaunchDesk writes before a formula is taken off");
        assertThat(questions.get(3).options().get(0).text()).isEqualTo("-1");
    }

    @Test
    void everyProblemOfEveryRowIsNamedByRowAndColumnAndNothingIsAccepted() {
        String csv = """
                sop_key,section_anchor,type,question,option_1,option_2,option_3,correct,explanation,language,feedback_4
                SPS-RFD-001,refund-window,single,Pick one,a,,c,1,Because.,en,
                SPS-RFD-001,refund-window,essay,Write,,,,,Because.,en,
                SPS-RFD-001,refund-window,multiple,Pick,a,b,,1;4,,english,
                SPS-RFD-001,refund-window,true_false,Is it?,yes,,,maybe,Because.,en,
                SPS-RFD-001,refund-window,single,Pick,a,b,,1,Because.,en,orphan
                SPS-RFD-001,refund-window,single,Refund, within 15 days?,yes,no,,1,Because.,en,
                SPS-RFD-001,refund-window,true_false,Is it?,,,,true,Because.,en,,stray
                """;
        BankReading reading = BankCsv.read(csv.getBytes(StandardCharsets.UTF_8), DEFAULTS);

        assertThat(reading.problems()).extracting(BankProblem::line, BankProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "option_2"),
                org.assertj.core.groups.Tuple.tuple(3, "type"),
                org.assertj.core.groups.Tuple.tuple(4, "correct"),
                org.assertj.core.groups.Tuple.tuple(4, "explanation"),
                org.assertj.core.groups.Tuple.tuple(4, "language"),
                org.assertj.core.groups.Tuple.tuple(5, "option_1"),
                org.assertj.core.groups.Tuple.tuple(5, "correct"),
                org.assertj.core.groups.Tuple.tuple(6, "feedback_4"),
                org.assertj.core.groups.Tuple.tuple(7, "correct"),
                org.assertj.core.groups.Tuple.tuple(7, "feedback_4"),
                org.assertj.core.groups.Tuple.tuple(7, "language"),
                org.assertj.core.groups.Tuple.tuple(8, "L"));
        assertThat(reading.problems().get(11).message()).isEqualTo(
                "row 8, column L: column L has no name in the header, so its value would be lost (a comma in a text without quotes?)");
        assertThat(reading.problems().get(0).message()).isEqualTo(
                "row 2, column option_2: option 2 is empty but option 3 is filled; fill the options from option_1 on");
        assertThat(reading.problems().get(1).message()).isEqualTo("row 3, column type: “essay” is not a type: single, multiple or true_false");
        assertThat(reading.problems().get(2).message()).isEqualTo(
                "row 4, column correct: “1;4” does not name correct options by number (1 to 2, several as 1;3)");
        assertThatThrownBy(reading::acceptedQuestions).isInstanceOf(QuestionBankRejectedException.class)
                .hasMessage("The question bank was rejected: 12 problem(s); nothing was imported.");
    }

    @Test
    void theHeaderMustNameKnownColumnsAndTheRequiredOnes() {
        BankReading reading = BankCsv.read("sop_key,question,optoin_1,correct,correct\n".getBytes(StandardCharsets.UTF_8), DEFAULTS);
        assertThat(reading.problems()).extracting(BankProblem::message).containsExactly(
                "row 1, column optoin_1: “optoin_1” is not a column of a question bank (columns: " + String.join(", ", BankSheet.COLUMNS) + ")",
                "row 1, column correct: the column correct appears twice",
                "row 1, column type: the column type is missing",
                "row 1, column explanation: the column explanation is missing");
    }

    @Test
    void filesThatAreNoSheetSayWhat() {
        assertThat(BankCsv.read(new byte[] {(byte) 0xC3, (byte) 0x28}, DEFAULTS).problems()).extracting(BankProblem::message)
                .containsExactly("the file is not UTF-8 text; save it as UTF-8 (in Excel: CSV UTF-8) and try again");
        assertThat(BankCsv.read("type,question\n\"open".getBytes(StandardCharsets.UTF_8), DEFAULTS).problems()).extracting(BankProblem::line)
                .containsExactly(0);
        assertThat(BankWorkbook.read("not a workbook".getBytes(StandardCharsets.UTF_8), DEFAULTS).problems()).extracting(BankProblem::message)
                .containsExactly("the file is not a readable Excel workbook (.xlsx); save it again as .xlsx or as CSV UTF-8");
        StringBuilder tooMany = new StringBuilder("type,question,option_1,option_2,correct,explanation\n");
        for (int i = 0; i <= BankSheet.MAX_ROWS; i++) {
            tooMany.append("single,Q").append(i).append(",a,b,1,e\n");
        }
        assertThat(BankCsv.read(tooMany.toString().getBytes(StandardCharsets.UTF_8), DEFAULTS).problems()).extracting(BankProblem::message)
                .containsExactly("the file holds more than 10000 questions; split it into smaller files");
    }

    @Test
    void aWorkbookMadeInExcelWithNumbersAndBlankRowsIsRead() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Bank");
            row(sheet.createRow(0), "Type", "Question", "Option 1", "Option 2", "Option 3", "Correct", "Explanation", "Language");
            XSSFRow numeric = sheet.createRow(3);
            row(numeric, "single", "Berapa hari batas refund?", "7", "15", "30");
            numeric.getCell(2).setCellValue(7);
            numeric.getCell(3).setCellValue(15);
            numeric.createCell(5).setCellValue(2);
            numeric.createCell(6).setCellValue("Lihat bagian Jangka waktu refund.");
            numeric.createCell(7).setCellValue("id");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        BankReading reading = BankWorkbook.read(xlsx, DEFAULTS);
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.questions()).singleElement().satisfies(q -> {
            assertThat(q.options()).extracting(Option::text).containsExactly("7", "15", "30");
            assertThat(q.correctIndexes()).containsExactly(1);
            assertThat(q.language()).isEqualTo("id");
        });

        XSSFWorkbook broken = new XSSFWorkbook();
        row(broken.createSheet().createRow(0), "type", "question", "correct", "explanation");
        row(broken.getSheetAt(0).createRow(6), "multiple", "Pick", "", "Because.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        broken.write(out);
        broken.close();
        assertThat(BankWorkbook.read(out.toByteArray(), DEFAULTS).problems()).extracting(BankProblem::line, BankProblem::column)
                .contains(org.assertj.core.groups.Tuple.tuple(7, "correct")).as("the row number Excel shows");
    }

    private static void row(XSSFRow row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(BankSheetsTest.class.getResourceAsStream("/training/sheets/" + name), name)) {
            return in.readAllBytes();
        }
    }
}
