package dev.launchdesk.insight.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * The rejected rows of an import as a CSV download. For a CSV import the rows keep the file's own columns, followed
 * by {@code rejected_row}, {@code rejected_column} and {@code rejected_reason}, so a user can fix the values and import
 * the file again (the extra columns are ignored then); for JSON Lines the original line is one column.
 */
final class RejectedRowsFile {

    private RejectedRowsFile() {
    }

    static void write(TicketImport ticketImport, ImportRecords records, Writer out) throws IOException {
        String header = records.headerLine(ticketImport.id()).orElse(null);
        boolean csv = ticketImport.format() == FileFormat.CSV && header != null;
        if (csv) {
            out.write(header + "," + line(List.of("rejected_row", "rejected_column", "rejected_reason")) + "\n");
        } else {
            out.write(line(List.of("rejected_row", "rejected_column", "rejected_reason", "line")) + "\n");
        }
        try {
            records.eachRejection(ticketImport.id(), row -> write(out, csv, row));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private static void write(Writer out, boolean csv, String[] row) {
        try {
            List<String> problem = List.of(row[0], row[1], row[2]);
            if (csv) {
                out.write((row[3] == null ? "" : row[3]) + "," + line(problem) + "\n");
            } else {
                List<String> cells = new ArrayList<>(problem);
                cells.add(row[3] == null ? "" : row[3]);
                out.write(line(cells) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(List<String> fields) {
        return CsvRecordReader.line(fields);
    }
}
