package dev.launchdesk.insight.ingest;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Set;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The fast way of a ticket import on PostgreSQL: the checked rows go straight into {@code ticket} with a binary COPY,
 * inside a savepoint, and at the same time into a spool file. When the file holds only new tickets (the usual
 * case for an export of new tickets) that is all: no staging table, no upsert, and the roll-up sums of the rows,
 * collected on the way ({@link TicketDayDeltas}), are added to {@code ticket_day}. When a ticket id is already there or
 * appears twice, the COPY fails with a unique violation; then the savepoint is rolled back and the spool is copied
 * into the staging table, from where {@link TicketStore} upserts as usual (the last row of a ticket id wins) and
 * recomputes the roll-ups of the touched days.
 */
final class TicketCopyLoad implements Staging<TicketRow> {

    private static final int CHUNK = 1 << 18;
    private static final String UNIQUE_VIOLATION = "23505";

    record MarketDay(LocalDate day, String market) {
    }

    private final Connection connection;
    private final TicketStore store;
    private final long importId;
    private final Savepoint savepoint;
    private final Path spoolFile;
    private final OutputStream spool;
    private final BinaryCopyRows buffer = new BinaryCopyRows(CHUNK + 8192);
    private final TicketDayDeltas deltas;
    private CopyIn copy;
    private SQLException failure;
    private long rows;
    private boolean direct;
    private boolean rollupsCopied;

    TicketCopyLoad(Connection connection, TicketStore store, long importId) {
        this.connection = connection;
        this.store = store;
        this.importId = importId;
        this.deltas = new TicketDayDeltas(importId);
        try {
            this.spoolFile = Files.createTempFile("ticket-import-" + importId + "-", ".pgcopy");
        } catch (IOException e) {
            deltas.close();
            throw new UncheckedIOException("the spool file of the import cannot be written", e);
        }
        try {
            this.spool = new BufferedOutputStream(Files.newOutputStream(spoolFile), 1 << 16);
            this.savepoint = connection.setSavepoint();
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy ticket (" + String.join(", ",
                    StagingColumns.TICKET) + ", import_id) from stdin (format binary)");
        } catch (IOException | SQLException e) {
            deltas.close();
            spoolFile.toFile().delete();
            throw new IllegalStateException("the import could not start its COPY into ticket", e);
        }
        write(BinaryCopyRows.HEADER, BinaryCopyRows.HEADER.length);
    }

    @Override
    public void add(TicketRow row) {
        buffer.add(row, importId);
        rows++;
        deltas.add(row);
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    private void flush() {
        write(buffer.bytes(), buffer.length());
        buffer.clear();
    }

    private void write(byte[] bytes, int length) {
        try {
            spool.write(bytes, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException("the spool file of the import cannot be written", e);
        }
        if (failure != null) {
            return;
        }
        try {
            copy.writeToCopy(bytes, 0, length);
        } catch (SQLException e) {
            failed(e);
        }
    }

    private void failed(SQLException e) {
        failure = e;
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the COPY has failed already; its error is the one that counts
        }
    }

    /** Ends the COPY; when a ticket id was there already, rolls it back and fills the staging table instead. */
    @Override
    public void finish() {
        flush();
        write(BinaryCopyRows.TRAILER, BinaryCopyRows.TRAILER.length);
        try {
            spool.close();
            if (failure == null) {
                copy.endCopy();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the spool file of the import cannot be written", e);
        } catch (SQLException e) {
            failed(e);
        }
        try {
            if (failure == null) {
                connection.releaseSavepoint(savepoint);
                direct = true;
                Path sums = deltas.finish();
                rollupsCopied = deltas.combinationsUnique() && !store.hasRollups(deltas.marketDays());
                String categoryColumns = CoarseRollups.CATEGORY_KEYS + ", " + TicketDayDeltas.MEASURES;
                if (rollupsCopied) {
                    copyInto("ticket_day", TicketDayDeltas.KEYS + ", " + TicketDayDeltas.MEASURES, sums);
                    copyInto("ticket_category_day", categoryColumns, deltas.categoryDaysCopy());
                    copyInto("ticket_value_day", CoarseRollups.VALUE_COLUMNS, deltas.valueDaysCopy());
                } else {
                    copyFile(sums, deltasTable(importId), TicketDayDeltas.KEYS + ", " + TicketDayDeltas.MEASURES, TicketDayDeltas.DDL);
                    store.createTemporary(categoryDeltasTable(importId), CoarseRollups.CATEGORY_DDL);
                    copyInto(categoryDeltasTable(importId), categoryColumns, deltas.categoryDaysCopy());
                    store.createTemporary(valueDeltasTable(importId), CoarseRollups.VALUE_DDL);
                    copyInto(valueDeltasTable(importId), CoarseRollups.VALUE_COLUMNS, deltas.valueDaysCopy());
                }
                return;
            }
            if (!UNIQUE_VIOLATION.equals(failure.getSQLState())) {
                throw new IllegalStateException("COPY into ticket failed", failure);
            }
            connection.rollback(savepoint);
            stage();
        } catch (SQLException e) {
            throw new IllegalStateException("the staging table could not be filled", e);
        }
    }

    private void stage() throws SQLException {
        copyFile(spoolFile, TicketStore.stagingTable(importId), String.join(", ", StagingColumns.TICKET) + ", import_id",
                StagingColumns.TICKET_COLUMNS_DDL + ", import_id bigint not null, row_no bigint generated always as identity");
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze " + TicketStore.stagingTable(importId));
        }
    }

    /** Creates a temporary table and fills it from a spool file in binary COPY format. */
    private void copyFile(Path file, String table, String columns, String ddl) throws SQLException {
        store.createTemporary(table, ddl);
        copyInto(table, columns, file);
    }

    private void copyInto(String table, String columns, Path file) throws SQLException {
        try (InputStream in = Files.newInputStream(file)) {
            copyInto(table, columns, in);
        } catch (IOException e) {
            throw new UncheckedIOException("the spool file of the import cannot be read", e);
        }
    }

    private void copyInto(String table, String columns, byte[] rows) throws SQLException {
        try {
            copyInto(table, columns, new java.io.ByteArrayInputStream(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("rows in memory cannot be read", e);
        }
    }

    private void copyInto(String table, String columns, InputStream in) throws SQLException, IOException {
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (" + columns + ") from stdin (format binary)", in, CHUNK);
    }

    /** The temporary table of the roll-up sums of the rows (when they went straight into {@code ticket}). */
    static String deltasTable(long importId) {
        return "ticket_day_delta_" + importId;
    }

    /** The temporary table of the rows' sums per day, market, vendor and category (direct path, roll-ups not copied straight in). */
    static String categoryDeltasTable(long importId) {
        return "ticket_category_delta_" + importId;
    }

    /** The temporary table of the values the rows bring per day, market and vendor (as {@link #categoryDeltasTable}). */
    static String valueDeltasTable(long importId) {
        return "ticket_value_delta_" + importId;
    }

    /**
     * Whether the roll-up sums went straight into {@code ticket_day}: every combination was summed in memory once and
     * none of the import's market-days had roll-up rows yet (a first load of those days).
     */
    boolean rollupsCopied() {
        return rollupsCopied;
    }

    /** Whether the rows went straight into {@code ticket} (no ticket id was there before or twice in the file). */
    boolean direct() {
        return direct;
    }

    long rows() {
        return rows;
    }

    /** The days and markets of the rows (after {@link #finish}, direct path). */
    Set<MarketDay> marketDays() {
        return deltas.marketDays();
    }

    /** The roll-up sums of the rows per day, market and vendor (after {@link #finish}). */
    java.util.Map<TicketDayDeltas.VendorDay, long[]> vendorDays() {
        return deltas.vendorDays();
    }

    @Override
    public void close() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // the transaction is rolled back anyway
        }
        deltas.close();
        try {
            spool.close();
            Files.deleteIfExists(spoolFile);
        } catch (IOException e) {
            spoolFile.toFile().deleteOnExit();
        }
    }
}
