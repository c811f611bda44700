package dev.launchdesk.insight.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import dev.launchdesk.shared.PageOf;

/** The import log ({@code ticket_import}) and the rejected rows ({@code ticket_import_rejection}). */
@Repository
class ImportRecords {

    static final int RAW_LIMIT = 4000;
    private static final List<String> STAGING_TABLES = List.of(TicketStore.STAGED, OrderVolumeLoader.STAGED);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ImportRecords(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    long start(ImportKind kind, String fileName, FileFormat format, ImportMode mode, ImportSource source, String by, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into ticket_import (kind, file_name, file_format, mode, source, status, imported_by, started_at)
                values (:kind, :file, :format, :mode, :source, 'RUNNING', :by, :at)
                """).param("kind", kind.name()).param("file", cut(fileName, 255)).param("format", format.name())
                .param("mode", mode.name()).param("source", source.name()).param("by", by).param("at", Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void finish(long id, ImportStatus status, long read, long imported, long rejected, long bytes, String message,
                String header, Instant at) {
        jdbc.sql("""
                update ticket_import set status = :status, rows_read = :read, rows_imported = :imported,
                       rows_rejected = :rejected, bytes_read = :bytes, message = :message, header_line = :header,
                       finished_at = :at
                 where id = :id
                """).param("id", id).param("status", status.name()).param("read", read).param("imported", imported)
                .param("rejected", rejected).param("bytes", bytes).param("message", cut(message, 1000))
                .param("header", cut(header, RAW_LIMIT)).param("at", Timestamp.from(at)).update();
    }

    /** Imports left RUNNING by a server that stopped: their transaction never committed, so nothing was written. */
    int failInterrupted(Instant at) {
        return jdbc.sql("""
                update ticket_import set status = 'FAILED', finished_at = :at,
                       message = 'the server stopped during the import; nothing of this file was imported'
                 where status = 'RUNNING'
                """).param("at", Timestamp.from(at)).update();
    }

    /** Deletes the staging rows of an import that has ended, in committed chunks (never one large transaction). */
    void dropStaged(long importId) {
        for (String table : STAGING_TABLES) {
            Long last = jdbc.sql("select max(row_no) from " + table + " where import_id = :id").param("id", importId)
                    .query(Long.class).optional().orElse(null);
            for (long from = 0; last != null && from <= last; from += ChunkedStaging.CHUNK) {
                jdbc.sql("delete from " + table + " where import_id = :id and row_no >= :from and row_no < :to")
                        .param("id", importId).param("from", from).param("to", from + ChunkedStaging.CHUNK).update();
            }
        }
    }

    /** Deletes the staging rows left behind by imports that are no longer running (a crash, a stop); answers the imports. */
    List<Long> dropStagedOfFinishedImports() {
        List<Long> left = new java.util.ArrayList<>();
        for (String table : STAGING_TABLES) {
            left.addAll(jdbc.sql("select distinct s.import_id from " + table + " s where not exists"
                    + " (select 1 from ticket_import i where i.id = s.import_id and i.status = 'RUNNING')").query(Long.class).list());
        }
        List<Long> imports = left.stream().distinct().sorted().toList();
        imports.forEach(this::dropStaged);
        return imports;
    }

    void reject(long importId, List<RowProblem> problems, List<String> raws) {
        List<Object[]> rows = new java.util.ArrayList<>(problems.size());
        for (int i = 0; i < problems.size(); i++) {
            RowProblem p = problems.get(i);
            rows.add(new Object[] {importId, p.rowNumber(), cut(p.column(), 64), cut(p.reason(), 500), cut(raws.get(i), RAW_LIMIT)});
        }
        batch.batchUpdate("insert into ticket_import_rejection (import_id, row_number, column_name, reason, raw_row)"
                + " values (?, ?, ?, ?, ?)", rows);
    }

    RejectionSpool.Sink rejectionsOf(long importId) {
        return (problems, raws) -> reject(importId, problems, raws);
    }

    Optional<TicketImport> find(long id) {
        return jdbc.sql("select * from ticket_import where id = :id").param("id", id).query(ImportRecords::map).optional();
    }

    Optional<String> headerLine(long id) {
        return jdbc.sql("select header_line from ticket_import where id = :id").param("id", id).query(String.class).optional();
    }

    PageOf<TicketImport> page(int page, int size) {
        long total = jdbc.sql("select count(*) from ticket_import").query(Long.class).single();
        List<TicketImport> rows = jdbc.sql("select * from ticket_import order by id desc limit :size offset :offset")
                .param("size", size).param("offset", (long) page * size).query(ImportRecords::map).list();
        return new PageOf<>(rows, page, size, total);
    }

    List<RowProblem> rejections(long importId, int limit) {
        return jdbc.sql("select row_number, column_name, reason from ticket_import_rejection where import_id = :id"
                        + " order by row_number limit :limit")
                .param("id", importId).param("limit", limit)
                .query((rs, n) -> new RowProblem(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Streams every rejected row of an import (row number order) to the consumer: number, column, reason, raw row. */
    void eachRejection(long importId, Consumer<String[]> consumer) {
        jdbc.sql("select row_number, column_name, reason, raw_row from ticket_import_rejection where import_id = :id order by row_number")
                .param("id", importId)
                .query((ResultSet rs) -> {
                    consumer.accept(new String[] {Long.toString(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4)});
                });
    }

    private static TicketImport map(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new TicketImport(rs.getLong("id"), ImportKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
                FileFormat.valueOf(rs.getString("file_format")), ImportMode.valueOf(rs.getString("mode")),
                ImportSource.valueOf(rs.getString("source")), ImportStatus.valueOf(rs.getString("status")),
                rs.getLong("rows_read"), rs.getLong("rows_imported"), rs.getLong("rows_rejected"), rs.getLong("bytes_read"),
                rs.getString("message"), rs.getString("imported_by"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    /** The text cut to at most {@code max} characters (ending in …), for the log's bounded columns. */
    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
