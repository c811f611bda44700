package dev.launchdesk.insight.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.launchdesk.shared.SpreadsheetCsv;
import dev.launchdesk.shared.UserTexts;

/**
 * The rows of a CSV file with a header row, as both ticket readers take them from FastCSV: empty lines skipped, rows
 * of any length, an empty file refused, and a parse error reported with the last row read (spreadsheet rows, header
 * = 1).
 */
final class CsvRows implements Closeable {

    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> records;
    private final List<String> header;
    private long lastRow = 1;

    CsvRows(Reader reader) {
        this.csv = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true).ofCsvRecord(reader);
        this.records = csv.iterator();
        CsvRecord first = next();
        if (first == null) {
            throw new ImportRejectedException("file", UserTexts.of("problem.shared.file.empty"));
        }
        this.header = first.getFields();
    }

    List<String> header() {
        return header;
    }

    /** The next row after the header, or null at the end of the file. */
    CsvRecord next() {
        CsvRecord record = next(records, lastRow);
        if (record != null) {
            lastRow = record.getStartingLineNumber();
        }
        return record;
    }

    /** The next record of FastCSV's, or null at the end; a parse or read error is reported with the last row read. */
    static <T> T next(Iterator<T> records, long lastRow) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (CsvParseException | UncheckedIOException e) {
            throw RecordReader.unreadable(e, lastRow);
        }
    }

    /** A cell as the import reads it: trimmed, a spreadsheet's neutralising apostrophe taken off, empty as null. */
    static String cell(String raw) {
        String value = SpreadsheetCsv.restored(raw.strip());
        return value.isEmpty() ? null : value;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
