package dev.launchdesk.insight.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

/**
 * Writes the checked rows of an import into its staging table ({@code ticket_import_row}, {@code order_import_row})
 * under the import's id, on a connection of its own, committing every {@value #CHUNK} rows. No transaction of the
 * import ever grows with the file while it is read, and nothing of it is visible outside the staging table: the
 * rows reach {@code ticket} or {@code order_volume} only in the import's short merge transaction. A crash leaves
 * committed staging rows only, which the next start deletes ({@link ImportRecords#dropStagedOfFinishedImports()}).
 */
final class ChunkedStaging<R> implements Staging<R> {

    static final int CHUNK = 10_000;
    private static final int BATCH = 1_000;

    private final Connection connection;
    private final PreparedStatement insert;
    private final Function<R, Object[]> values;
    private final long importId;
    private int pending;
    private int uncommitted;

    /** {@code columns}: the row number first, then the row's values as {@code values} gives them (the import id goes in front). */
    ChunkedStaging(DataSource dataSource, String table, List<String> columns, long importId, Function<R, Object[]> values) {
        this.values = values;
        this.importId = importId;
        String marks = "?" + ", ?".repeat(columns.size());
        try {
            this.connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("no connection for the staging rows of import " + importId, e);
        }
        try {
            connection.setAutoCommit(false);
            this.insert = connection.prepareStatement("insert into " + table + " (import_id, " + String.join(", ", columns)
                    + ") values (" + marks + ")");
        } catch (SQLException e) {
            closeConnection();
            throw new IllegalStateException("insert into " + table + " could not be prepared", e);
        }
    }

    @Override
    public void add(R row) {
        Object[] cells = values.apply(row);
        try {
            insert.setLong(1, importId);
            for (int i = 0; i < cells.length; i++) {
                insert.setObject(i + 2, cells[i]);
            }
            insert.addBatch();
            if (++pending == BATCH) {
                flush();
            }
            if (uncommitted >= CHUNK) {
                connection.commit();
                uncommitted = 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing the staging rows of import " + importId + " failed", e);
        }
    }

    private void flush() throws SQLException {
        insert.executeBatch();
        uncommitted += pending;
        pending = 0;
    }

    @Override
    public void finish() {
        try {
            if (pending > 0) {
                flush();
            }
            connection.commit();
            uncommitted = 0;
        } catch (SQLException e) {
            throw new IllegalStateException("writing the staging rows of import " + importId + " failed", e);
        }
    }

    @Override
    public void close() {
        try {
            insert.close();
        } catch (SQLException e) {
            // the staging rows are deleted when the import ends, whatever happened here
        }
        closeConnection();
    }

    private void closeConnection() {
        try {
            if (uncommitted > 0 || pending > 0) {
                connection.rollback();
            }
            connection.setAutoCommit(true);
            connection.close();
        } catch (SQLException e) {
            // the pool discards a broken connection
        }
    }
}
