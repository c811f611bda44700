package dev.launchdesk.insight.ingest;

import java.util.List;

/**
 * One row of an import file: its row number as a person sees it (CSV header = row 1, JSON Lines = line number),
 * its cells by column position ({@code null} = absent or empty) and the row as written, for the rejected-rows file.
 * A row that could not even be split into cells (a broken JSON line) carries the {@code problem} instead. The row
 * text of a CSV record is only written out when asked for (a rejected row), not for every row read.
 */
final class RawRecord {

    private final long rowNumber;
    private final String[] cells;
    private final String problem;
    private final String problemColumn;
    private List<String> fields;
    private CsvCells source;
    private long generation;
    private String raw;

    RawRecord(long rowNumber, String[] cells, String raw, String problem) {
        this(rowNumber, cells, raw, JsonLinesRecordReader.LINE, problem);
    }

    private RawRecord(long rowNumber, String[] cells, String raw, String problemColumn, String problem) {
        this.rowNumber = rowNumber;
        this.cells = cells;
        this.raw = raw;
        this.problemColumn = problemColumn;
        this.problem = problem;
    }

    static RawRecord broken(long rowNumber, String raw, String problem) {
        return new RawRecord(rowNumber, null, raw, JsonLinesRecordReader.LINE, problem);
    }

    /** A row whose value under {@code column} cannot be taken (the column as the file names it). */
    static RawRecord broken(long rowNumber, String raw, String column, String problem) {
        return new RawRecord(rowNumber, null, raw, column, problem);
    }

    /** A CSV row: its text is rendered from the fields when {@link #raw()} is first called. */
    static RawRecord csv(long rowNumber, String[] cells, List<String> fields) {
        RawRecord record = new RawRecord(rowNumber, cells, null, null);
        record.fields = fields;
        return record;
    }

    /**
     * A CSV row read by {@link CsvCells}: its fields (for {@link #raw()}) are taken from the reader's buffer, so only
     * until the next row is read.
     */
    static RawRecord csv(long rowNumber, String[] cells, CsvCells source) {
        RawRecord record = new RawRecord(rowNumber, cells, null, null);
        record.source = source;
        record.generation = source.generation();
        return record;
    }

    /** The fields of a CSV row as written (untrimmed), or {@code null} for a JSON line. */
    List<String> fields() {
        if (fields == null && source != null) {
            if (source.generation() != generation) {
                throw new IllegalStateException("the fields of row " + rowNumber + " are gone: the next row has been read");
            }
            fields = source.fields();
        }
        return fields;
    }

    long rowNumber() {
        return rowNumber;
    }

    String[] cells() {
        return cells;
    }

    String problem() {
        return problem;
    }

    /** The column {@link #problem} is about: "line" for a line that is no JSON object, else the file's column. */
    String problemColumn() {
        return problemColumn;
    }

    String raw() {
        if (raw == null && fields() != null) {
            raw = CsvRecordReader.line(fields());
        }
        return raw;
    }

    String cell(int column) {
        return cells[column];
    }
}
