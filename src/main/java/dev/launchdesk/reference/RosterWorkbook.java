package dev.launchdesk.reference;

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

import dev.launchdesk.shared.UserTexts;

/**
 * The first sheet of an XLSX roster, streamed: POI's event API (XSSFReader + XSSFSheetXMLHandler) hands over one cell
 * at a time from the sheet's XML, so memory holds the rows kept and the shared strings, never a workbook object model
 * (which costs a few hundred bytes per cell: ~1.7 GB for a 3.7 MB roster). Reading stops at the first row over the
 * limit. The package is read from a temporary file, entry by entry, under POI's zip-bomb guards set here.
 */
final class RosterWorkbook {

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

    private RosterWorkbook() {
    }

    /** Rows that are not blank, each with its spreadsheet row number; at most {@code maxRows} of them. */
    static List<RosterFile.Line> read(byte[] content, int maxRows) {
        Path file = null;
        try {
            file = Files.createTempFile("roster-", ".xlsx");
            Files.write(file, content);
            try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return firstSheet(workbook, maxRows);
            }
        } catch (RosterRejectedException e) {
            throw e;
        } catch (Exception e) {
            throw RosterRejectedException.ofFile(problem(e));
        } finally {
            deleteQuietly(file);
        }
    }

    private static List<RosterFile.Line> firstSheet(OPCPackage workbook, int maxRows) throws Exception {
        XSSFReader reader = new XSSFReader(workbook);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            throw RosterRejectedException.ofFile(UserTexts.of("problem.reference.roster.no-sheet"));
        }
        Rows rows = new Rows(maxRows);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(workbook), rows,
                new IsoDates(), false));
        try (InputStream sheet = sheets.next()) {
            parser.parse(new InputSource(sheet));
        }
        return rows.lines;
    }

    /** POI's own words stay in the log; the person hears what to do. */
    private static String problem(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("max text size") || message.contains("max file count"))) {
                return UserTexts.of("problem.reference.roster.workbook-too-big");
            }
        }
        return UserTexts.of("problem.reference.roster.workbook-unreadable");
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
        private final List<RosterFile.Line> lines = new ArrayList<>();
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
            cells.add(formattedValue == null ? "" : formattedValue.trim());
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            lines.add(new RosterFile.Line(rowNum + 1, List.copyOf(cells)));
            if (lines.size() > maxRows) {
                throw RosterFile.tooManyRows();
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
