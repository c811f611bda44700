package dev.launchdesk.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an uploaded XLSX file, streamed: POI's event API (XSSFReader + XSSFSheetXMLHandler) hands over one
 * cell at a time from the sheet's XML, so memory holds the rows kept and the shared strings, never a workbook object
 * model (which costs a few hundred bytes per cell: ~1.7 GB for a 3.7 MB roster). Reading stops at the first row over
 * the limit. The package is read from a temporary file, entry by entry, under POI's zip-bomb guards set here. Used by
 * the roster import and the training question banks; each says in its own words what a {@link Problem} means.
 */
public final class StreamedWorkbook {

    /** Largest uncompressed part of the package: a full roster's sheet is ~15 MB of XML. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    /** Smallest compressed/uncompressed ratio of any part (1 : 100); a zip bomb inflates far more. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Most characters of text the shared strings and a sheet may hold. */
    static final long MAX_TEXT_CHARS = 100L * 1024 * 1024;
    /** Most parts in the package; a plain workbook has a dozen or two. */
    static final long MAX_PARTS = 1_000;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    /** A row that is not blank, with its spreadsheet row number (from 1) and its cells in column order, as Excel shows them. */
    public record SheetRow(int number, List<String> cells) {
    }

    /** Why a workbook could not be read. */
    public enum Reason {
        NO_SHEET, TOO_MANY_ROWS, TOO_BIG, UNREADABLE
    }

    /** The workbook could not be read; POI's own words stay in the cause (for the log), callers tell people what to do. */
    public static final class Problem extends RuntimeException {
        private final Reason reason;

        Problem(Reason reason, Throwable cause) {
            super(reason.name(), cause, false, false);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private StreamedWorkbook() {
    }

    /** The rows of the first sheet that are not blank; more than {@code maxRows} of them is a {@link Reason#TOO_MANY_ROWS}. */
    public static List<SheetRow> firstSheet(byte[] content, int maxRows) {
        Path file = null;
        try {
            file = Files.createTempFile("upload-", ".xlsx");
            Files.write(file, content);
            try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return firstSheet(workbook, maxRows);
            }
        } catch (Exception e) {
            throw problem(e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static List<SheetRow> firstSheet(OPCPackage workbook, int maxRows) throws Exception {
        XSSFReader reader = new XSSFReader(workbook);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw new Problem(Reason.NO_SHEET, null);
        }
        Rows rows = new Rows(maxRows);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(workbook), rows,
                new IsoDates(), false));
        try (InputStream sheet = sheets.next()) {
            parser.parse(new InputSource(sheet));
        }
        return rows.rows;
    }

    /** The problem behind an exception (the SAX parser may hand the row handler's exception on wrapped). */
    private static Problem problem(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Problem problem) {
                return problem;
            }
            String message = cause.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("max text size") || message.contains("max file count"))) {
                return new Problem(Reason.TOO_BIG, e);
            }
        }
        return new Problem(Reason.UNREADABLE, e);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /** Collects the cells of each row in column order; blank rows are left out, rows over the limit stop the read. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        private final List<SheetRow> rows = new ArrayList<>();
        private List<String> cells;

        Rows(int maxRows) {
            this.maxRows = maxRows;
        }

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
            rows.add(new SheetRow(rowNum + 1, List.copyOf(cells)));
            if (rows.size() > maxRows) {
                throw new Problem(Reason.TOO_MANY_ROWS, null);
            }
        }
    }

    /** Date cells as yyyy-mm-dd whatever their display format; everything else as Excel shows it. */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
