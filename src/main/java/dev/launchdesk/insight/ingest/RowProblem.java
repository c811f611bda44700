package dev.launchdesk.insight.ingest;

/** Why a row was rejected: its row number, the column at fault and the rule it broke. */
public record RowProblem(long rowNumber, String column, String reason) {

    static final class Rejected extends RuntimeException {
        final String column;

        Rejected(String column, String reason) {
            super(reason, null, false, false);
            this.column = column;
        }
    }
}
