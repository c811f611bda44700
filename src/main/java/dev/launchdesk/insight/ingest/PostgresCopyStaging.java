package dev.launchdesk.insight.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.function.Function;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into a PostgreSQL staging table with {@code COPY ... FROM STDIN} (text format), in 256 KiB chunks,
 * so parsing in Java and loading in PostgreSQL overlap and nothing accumulates in memory.
 */
final class PostgresCopyStaging<R> implements Staging<R> {

    private static final int CHUNK = 1 << 18;

    private final CopyIn copy;
    private final Function<R, Object[]> values;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);

    PostgresCopyStaging(Connection connection, String table, Function<R, Object[]> values) {
        this.values = values;
        try {
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin");
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + table + " could not start", e);
        }
    }

    @Override
    public void add(R row) {
        Object[] cells = values.apply(row);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            append(cells[i]);
        }
        buffer.append('\n');
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    private void append(Object value) {
        if (value == null) {
            buffer.append("\\N");
        } else if (value instanceof Timestamp ts) {
            buffer.append(ts.toInstant());
        } else if (value instanceof String s) {
            escape(s);
        } else {
            buffer.append(value);
        }
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into the staging table failed", e);
        }
    }

    @Override
    public void finish() {
        flush();
        try {
            copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into the staging table failed", e);
        }
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
    }
}
