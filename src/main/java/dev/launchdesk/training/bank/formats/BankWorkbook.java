package dev.launchdesk.training.bank.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import dev.launchdesk.shared.StreamedWorkbook;
import dev.launchdesk.shared.UserTexts;

/**
 * A question bank as an XLSX workbook, its first sheet laid out as {@link BankSheet} says. Read streamed through
 * {@link StreamedWorkbook}, as the roster import reads rosters (no workbook object model in memory, reading stops at
 * the first row over the limit, POI's zip-bomb guards apply). Written streamed
 * too (SXSSF), every cell as text.
 */
public final class BankWorkbook {

    private BankWorkbook() {
    }

    public static BankReading read(byte[] content, BankDefaults defaults) {
        List<BankSheet.Row> rows;
        try {
            rows = StreamedWorkbook.firstSheet(content, BankSheet.MAX_ROWS + 1).stream()
                    .map(row -> new BankSheet.Row(row.number(), row.cells())).toList();
        } catch (StreamedWorkbook.Problem problem) {
            return switch (problem.reason()) {
                case NO_SHEET -> BankCsv.fileProblem(UserTexts.of("problem.training.bank.empty"));
                case TOO_MANY_ROWS -> BankCsv.fileProblem(UserTexts.of("problem.training.bank.tooMany", String.valueOf(BankSheet.MAX_ROWS)));
                case TOO_BIG, UNREADABLE -> BankCsv.fileProblem(UserTexts.of("problem.training.bank.sheet.unreadableXlsx"));
            };
        }
        if (rows.isEmpty()) {
            return BankCsv.fileProblem(UserTexts.of("problem.training.bank.empty"));
        }
        return BankSheet.read(rows.get(0), rows.subList(1, rows.size()), defaults);
    }

    /** Writes a workbook with one sheet, "questions": the header and one row per question; the stream is not closed. */
    public static void write(List<QuestionDraft> questions, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            var sheet = workbook.createSheet("questions");
            sheet.createFreezePane(0, 1);
            writeRow(sheet.createRow(0), BankSheet.COLUMNS);
            int number = 1;
            for (QuestionDraft question : questions) {
                writeRow(sheet.createRow(number++), BankSheet.cells(question));
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(org.apache.poi.ss.usermodel.Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}
