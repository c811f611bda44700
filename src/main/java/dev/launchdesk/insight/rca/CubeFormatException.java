package dev.launchdesk.insight.rca;

import dev.launchdesk.shared.Echoed;
import dev.launchdesk.shared.UserTexts;

/**
 * A cube file that cannot be read, with the place of the first problem: the row (the 1-based line
 * number where the record starts, the header being row 1, as a spreadsheet would show it) and the
 * column name, if the problem is in one column.
 */
public final class CubeFormatException extends RuntimeException {

    private final long row;
    private final String column;
    private final String reason;

    public CubeFormatException(long row, String column, String reason) {
        super(describe(row, column, reason));
        this.row = row;
        this.column = column;
        this.reason = reason;
    }

    public long row() {
        return row;
    }

    /** The column name, or {@code null} when the problem concerns the whole row or file. */
    public String column() {
        return column;
    }

    public String reason() {
        return reason;
    }

    private static String describe(long row, String column, String reason) {
        return column == null ? UserTexts.of("problem.insight.cube.at-row", String.valueOf(row), reason)
                : UserTexts.of("problem.insight.cube.at-cell", String.valueOf(row), Echoed.quoted(column), reason);
    }
}
