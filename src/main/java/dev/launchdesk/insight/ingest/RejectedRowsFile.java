package dev.launchdesk.insight.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.launchdesk.shared.SpreadsheetCsv;

/**
 * The rejected rows of an import as a CSV download (the shared spreadsheet CSV: byte-order mark, formula triggers
 * neutralised). For a CSV import the rows keep the file's own columns, followed by {@code rejected_row},
 * {@code rejected_column} and {@code rejected_reason}, so a user can fix the values and import the file again (the
 * extra columns are ignored then, and the import takes off the apostrophes the export put before formula triggers);
 * for JSON Lines the original line is one column.
 */
final class RejectedRowsFile {

    private static final List<String> PROBLEM = List.of("rejected_row", "rejected_column", "rejected_reason");

    private RejectedRowsFile() {
    }

    static void write(TicketImport ticketImport, ImportRecords records, Writer out) throws IOException {
        String header = records.headerLine(ticketImport.id()).orElse(null);
        boolean csv = ticketImport.format() == FileFormat.CSV && header != null;
        SpreadsheetCsv file = SpreadsheetCsv.on(out);
        List<String> head = new ArrayList<>(csv ? fields(header) : List.of());
        head.addAll(PROBLEM);
        if (!csv) {
            head.add("line");
        }
        try {
            file.row(head);
            records.eachRejection(ticketImport.id(), row -> file.row(cells(csv, row)));
            file.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<String> cells(boolean csv, String[] row) {
        String raw = row[3] == null ? "" : row[3];
        List<String> cells = new ArrayList<>(csv ? fields(raw) : List.of());
        cells.addAll(List.of(row[0], row[1], row[2]));
        if (!csv) {
            cells.add(raw);
        }
        return cells;
    }

    /** The cells of one CSV line as the import stored it. */
    private static List<String> fields(String line) {
        if (line.isEmpty()) {
            return List.of("");
        }
        try (CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true).ofCsvRecord(line)) {
            return reader.stream().findFirst().map(CsvRecord::getFields).orElse(List.of(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
