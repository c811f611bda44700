package dev.launchdesk.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

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
