package dev.launchdesk.insight.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Function;

/** Fills a staging table with JDBC batch inserts of 1,000 rows (the embedded H2 database has no COPY). */
final class BatchInsertStaging<R> implements Staging<R> {

    private static final int BATCH = 1_000;

    private final PreparedStatement insert;
    private final Function<R, Object[]> values;
    private int pending;

    BatchInsertStaging(Connection connection, String table, int columns, Function<R, Object[]> values) {
        this.values = values;
        String marks = "?" + ", ?".repeat(columns - 1);
        try {
            this.insert = connection.prepareStatement("insert into " + table + " values (" + marks + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("insert into " + table + " could not be prepared", e);
        }
    }

    @Override
    public void add(R row) {
        Object[] cells = values.apply(row);
        try {
            for (int i = 0; i < cells.length; i++) {
                insert.setObject(i + 1, cells[i]);
            }
            insert.addBatch();
            if (++pending == BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing the staging table failed", e);
        }
    }

    @Override
    public void finish() {
        try {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing the staging table failed", e);
        }
    }

    @Override
    public void close() {
        try {
            insert.close();
        } catch (SQLException e) {
            // closing a statement of a transaction that is ending anyway
        }
    }
}
