package dev.launchdesk.insight.ingest;

/**
 * One row of an import file: its row number as a person sees it (CSV header = row 1, JSON Lines = line number),
 * its cells by column position ({@code null} = absent or empty) and the row as written, for the rejected-rows file.
 * A row that could not even be split into cells (a broken JSON line) carries the {@code problem} instead.
 */
record RawRecord(long rowNumber, String[] cells, String raw, String problem) {

    static RawRecord broken(long rowNumber, String raw, String problem) {
        return new RawRecord(rowNumber, null, raw, problem);
    }

    String cell(int column) {
        return cells[column];
    }
}
