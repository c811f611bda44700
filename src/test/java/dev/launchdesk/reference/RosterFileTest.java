package dev.launchdesk.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RosterFileTest {

    @Test
    void readsCsvWithByteOrderMarkAndSpreadsheetRowNumbers() {
        byte[] csv = ("\uFEFFExternal ID,Full Name\nA-1,\"Tan, Mei Ling\"\n\nA-2,Budi\n").getBytes(StandardCharsets.UTF_8);
        RosterFile file = RosterFile.read("roster.csv", csv);
        assertThat(file.header()).containsExactly("external_id", "full_name");
        assertThat(file.lines()).extracting(RosterFile.Line::rowNumber).containsExactly(2, 4);
        assertThat(file.lines().get(0).cells()).containsExactly("A-1", "Tan, Mei Ling");
    }

    @Test
    void rejectsTextThatIsNotUtf8() {
        byte[] latin1 = "external_id,full_name\nA-1,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        RosterRejectedException e = catchThrowableOfType(RosterRejectedException.class, () -> RosterFile.read("roster.csv", latin1));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not UTF-8"));
    }

    @Test
    void rejectsAnEmptyFile() {
        RosterRejectedException e = catchThrowableOfType(RosterRejectedException.class, () -> RosterFile.read("roster.csv", new byte[0]));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("empty"));
    }

    @Test
    void rejectsAnUnclosedQuoteClearly() {
        byte[] csv = "external_id,full_name\nA-1,\"Budi\n".getBytes(StandardCharsets.UTF_8);
        RosterRejectedException e = catchThrowableOfType(RosterRejectedException.class, () -> RosterFile.read("roster.csv", csv));
        assertThat(e).isNotNull();
        assertThat(e.problems().get(0).row()).isZero();
    }

    @Test
    void rejectsAFileThatIsNotAWorkbook() {
        byte[] notExcel = "PK this is not a zip".getBytes(StandardCharsets.UTF_8);
        RosterRejectedException e = catchThrowableOfType(RosterRejectedException.class, () -> RosterFile.read("roster.xlsx", notExcel));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("Excel"));
    }

    @Test
    void readsExcelDatesAndNumbersAsText() throws IOException {
        RosterFile file = RosterFile.read("roster.xlsx", workbook());
        assertThat(file.header()).containsExactly("external_id", "full_name", "hired_on");
        assertThat(file.lines()).singleElement().satisfies(line -> {
            assertThat(line.rowNumber()).isEqualTo(2);
            assertThat(line.cells()).containsExactly("10042", "Dewi Lestari", "2025-03-01");
        });
    }

    @Test
    void aWorkbookWithMoreThanTwentyThousandRowsIsRejectedNamingTheLimit() throws IOException {
        byte[] tooLong = RosterHeapBenchmark.roster(RosterFile.MAX_ROWS + 1);

        RosterRejectedException e = catchThrowableOfType(RosterRejectedException.class, () -> RosterFile.read("roster.xlsx", tooLong));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("the file has more than 20000 rows; split it into smaller files"));
    }

    @Test
    void everyColumnOfAFullRosterRowIsReadAsText() throws IOException {
        RosterFile file = RosterFile.read("roster.xlsx", RosterHeapBenchmark.roster(3));

        assertThat(file.header()).containsExactlyElementsOf(RosterImport.COLUMNS);
        assertThat(file.lines()).hasSize(3);
        assertThat(file.lines().get(2).rowNumber()).isEqualTo(4);
        assertThat(file.lines().get(2).cells()).containsExactly("NCS-100003", "Agent Number 3 Lestari", "agent3@ncs.example.co.id",
                "NCS", "JKT-1", "id, en", "logistics, voice", "ACTIVE", "2020-01-04");
    }

    @Test
    void aWorkbookThatUnpacksToFarMoreThanARosterIsRefusedAsAZipBomb() throws IOException {
        byte[] bomb = withPaddedSheet(workbook(), 120 * 1024 * 1024);

        RosterRejectedException e = catchThrowableOfType(RosterRejectedException.class, () -> RosterFile.read("roster.xlsx", bomb));

        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("the workbook unpacks to far more data than a roster holds")
                .doesNotContain("Zip bomb").doesNotContain("ZipSecureFile"));
    }

    @Test
    void blankCellsBetweenFilledOnesKeepTheirColumns() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Roster");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("external_id");
            header.createCell(2).setCellValue("site");
            Row row = sheet.createRow(4);
            row.createCell(2).setCellValue("JKT-1");
            workbook.write(out);

            RosterFile file = RosterFile.read("roster.xlsx", out.toByteArray());

            assertThat(file.header()).containsExactly("external_id", "", "site");
            assertThat(file.lines()).singleElement().satisfies(line -> {
                assertThat(line.rowNumber()).isEqualTo(5);
                assertThat(line.cells()).containsExactly("", "", "JKT-1");
            });
        }
    }

    /** The workbook with its sheet's XML padded by this many spaces: a small file that inflates enormously. */
    private static byte[] withPaddedSheet(byte[] xlsx, int padding) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    zip.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int written = 0; written < padding; written += spaces.length) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Roster");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("external_id");
            header.createCell(1).setCellValue("full_name");
            header.createCell(2).setCellValue("hired_on");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(10042);
            row.createCell(1).setCellValue("Dewi Lestari");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            row.createCell(2).setCellValue(LocalDate.of(2025, 3, 1));
            row.getCell(2).setCellStyle(dateStyle);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
