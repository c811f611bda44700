package dev.launchdesk.insight.ingest;

import java.util.Arrays;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.RecordType;

/**
 * Builds a {@link RawRecord} from the fields FastCSV hands over as spans of its buffer, without a {@code String} per
 * field: each row's characters are copied into one array that is reused for the next row (a row's text, for the
 * rejected-rows file, must be taken before the next row is read), and a cell becomes a string only through {@link CellStrings}, which gives repeated values (markets, vendors, channels, categories, small
 * numbers) one shared instance. The cells are the ones {@link CsvRows#cell} makes of FastCSV's own strings, and FastCSV's
 * limits (fields per row, characters per field and per row) are kept with its messages.
 */
final class CsvCells extends CsvCallbackHandler<RawRecord> {

    static final int MAX_FIELDS = 16_384;
    static final int MAX_FIELD_SIZE = 16 * 1024 * 1024;
    static final int MAX_RECORD_SIZE = 4 * MAX_FIELD_SIZE;

    private final int columns;
    private int[] positions;
    private CellStrings[] strings;
    private RecordType type = RecordType.DATA;
    private long line;
    private int fields;
    private int size;
    private char[] text = new char[1024];
    private int[] ends = new int[32];
    private long generation;

    /** {@code columns}: how many columns the import knows; the file's columns are mapped to them by {@link #mapTo}. */
    CsvCells(int columns) {
        this.columns = columns;
    }

    /** From now on the cells of a row go to these import columns (by file column; -1: ignored). Before: the header, no cells. */
    void mapTo(int[] positions) {
        this.positions = positions.clone();
        this.strings = new CellStrings[columns];
        for (int i = 0; i < columns; i++) {
            strings[i] = new CellStrings();
        }
    }

    @Override
    protected RecordType getRecordType() {
        return type;
    }

    @Override
    protected int getFieldCount() {
        return fields;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
        line = startingLineNumber;
        type = RecordType.DATA;
        fields = 0;
        size = 0;
    }

    @Override
    protected void addField(char[] buffer, int begin, int length, boolean quoted) {
        if (length > MAX_FIELD_SIZE) {
            throw new CsvParseException("Field at index %d in record starting at line %d exceeds the max field size of %d characters"
                    .formatted(fields, line, MAX_FIELD_SIZE));
        }
        if (size + length > MAX_RECORD_SIZE) {
            throw new CsvParseException("Field at index %d in record starting at line %d exceeds the max record size of %d characters"
                    .formatted(fields, line, MAX_RECORD_SIZE));
        }
        if (fields == ends.length) {
            if (fields == MAX_FIELDS) {
                throw new CsvParseException("Record starting at line %d has surpassed the maximum limit of %d fields"
                        .formatted(line, MAX_FIELDS));
            }
            ends = Arrays.copyOf(ends, Math.min(MAX_FIELDS, fields * 2));
        }
        if (size + length > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, size + length));
        }
        System.arraycopy(buffer, begin, text, size, length);
        size += length;
        ends[fields++] = size;
    }

    @Override
    protected void setComment(char[] buffer, int begin, int length) {
        type = RecordType.COMMENT; // comments are off: FastCSV never calls this
    }

    @Override
    protected void setEmpty() {
        type = RecordType.EMPTY;
    }

    /** The row (an empty line: none, FastCSV skips it); before {@link #mapTo}, the header row without cells. */
    @Override
    protected RawRecord buildRecord() {
        if (type != RecordType.DATA) {
            return null;
        }
        generation++;
        if (positions == null) {
            return RawRecord.csv(line, null, this);
        }
        String[] cells = new String[columns];
        for (int i = 0, start = 0; i < fields && i < positions.length; start = ends[i++]) {
            int position = positions[i];
            if (position >= 0) {
                cells[position] = strings[position].cell(text, start, ends[i]);
            }
        }
        return RawRecord.csv(line, cells, this);
    }

    /** Which row was read last: a row's fields can be taken only until the next one is read. */
    long generation() {
        return generation;
    }

    /** The fields of the row read last, as written (untrimmed). */
    List<String> fields() {
        String[] values = new String[fields];
        for (int i = 0, start = 0; i < fields; start = ends[i++]) {
            values[i] = new String(text, start, ends[i] - start);
        }
        return List.of(values);
    }
}
