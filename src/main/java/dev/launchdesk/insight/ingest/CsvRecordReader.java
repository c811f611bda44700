package dev.launchdesk.insight.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.writer.CsvWriter;

import dev.launchdesk.shared.UserTexts;

/**
 * CSV with a header row, read by FastCSV; row numbers are spreadsheet rows (header = 1). The fields go to the cells
 * through {@link CsvCells}, without a string per field; empty lines are skipped and rows may have any length, as
 * {@link CsvRows} reads them for mapped files.
 */
final class CsvRecordReader extends RecordReader {

    private final CsvReader<RawRecord> csv;
    private final Iterator<RawRecord> records;
    private final CsvCells cells;
    private final ImportColumns columns;
    private final List<String> ignored = new ArrayList<>();
    private final String headerLine;
    private long lastRow = 1;

    CsvRecordReader(Reader reader, ImportColumns columns) {
        this.columns = columns;
        this.cells = new CsvCells(columns.size());
        this.csv = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true).build(cells, reader);
        this.records = csv.iterator();
        RawRecord first = read();
        if (first == null) {
            throw new ImportRejectedException("file", UserTexts.of("problem.shared.file.empty"));
        }
        List<String> header = first.fields();
        this.headerLine = line(header);
        cells.mapTo(map(header));
    }

    private int[] map(List<String> header) {
        int[] map = new int[header.size()];
        boolean[] seen = new boolean[columns.size()];
        for (int i = 0; i < header.size(); i++) {
            int position = columns.indexOf(header.get(i)).orElse(-1);
            if (position >= 0 && seen[position]) {
                throw new ImportRejectedException("header",
                        UserTexts.of("problem.insight.import.header-column-twice", columns.name(position)));
            }
            if (position >= 0) {
                seen[position] = true;
            } else if (!header.get(i).isBlank()) {
                ignored.add(header.get(i).strip());
            }
            map[i] = position;
        }
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.required(c) && !seen[c]) {
                missing.add(columns.name(c));
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportRejectedException("header", UserTexts.of("problem.insight.import.header-lacks-required",
                    missing.size(), String.join(", ", missing), String.join(", ", columns.names())));
        }
        return map;
    }

    @Override
    RawRecord next() {
        return read();
    }

    private RawRecord read() {
        RawRecord record = CsvRows.next(records, lastRow);
        if (record != null) {
            lastRow = record.rowNumber();
        }
        return record;
    }

    @Override
    List<String> ignoredColumns() {
        return List.copyOf(ignored);
    }

    @Override
    String headerLine() {
        return headerLine;
    }

    static String line(List<String> fields) {
        StringWriter out = new StringWriter();
        try (CsvWriter writer = CsvWriter.builder().lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.LF).build(out)) {
            writer.writeRecord(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = out.toString();
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
