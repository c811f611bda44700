package dev.launchdesk.training.bank.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import dev.launchdesk.shared.UserTexts;

/**
 * A question bank as an XLSX workbook, its first sheet laid out as {@link BankSheet} says. Read streamed, as the
 * roster import reads rosters: POI's event API hands over one cell at a time from the sheet's XML (no workbook object
 * model in memory) and reading stops at the first row over the limit; POI's zip-bomb guards apply. Written streamed
 * too (SXSSF), every cell as text.
 */
public final class BankWorkbook {

    private BankWorkbook() {
    }

    public static BankReading read(byte[] content, BankDefaults defaults) {
        List<BankSheet.Row> rows;
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
            rows = firstSheet(workbook);
        } catch (Exception e) {
            return BankCsv.fileProblem(tooManyRows(e) ? UserTexts.of("problem.training.bank.tooMany", String.valueOf(BankSheet.MAX_ROWS))
                    : UserTexts.of("problem.training.bank.sheet.unreadableXlsx"));
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

    /** Whether the read stopped at the row limit (the SAX parser may hand the handler's exception on wrapped). */
    private static boolean tooManyRows(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooManyRows) {
                return true;
            }
        }
        return false;
    }

    private static List<BankSheet.Row> firstSheet(OPCPackage workbook) throws Exception {
        XSSFReader reader = new XSSFReader(workbook);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            return List.of();
        }
        Rows rows = new Rows();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(workbook), rows,
                new DataFormatter(Locale.ROOT), false));
        try (InputStream sheet = sheets.next()) {
            parser.parse(new InputSource(sheet));
        }
        return rows.rows;
    }

    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super("more rows than a question bank may hold", null, false, false);
        }
    }

    /** Collects the cells of each row in column order; blank rows are left out, rows over the limit stop the read. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<BankSheet.Row> rows = new ArrayList<>();
        private List<String> cells;

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            rows.add(new BankSheet.Row(rowNum + 1, List.copyOf(cells)));
            if (rows.size() > BankSheet.MAX_ROWS + 1) {
                throw new TooManyRows();
            }
        }
    }
}
