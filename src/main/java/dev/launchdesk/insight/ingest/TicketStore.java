package dev.launchdesk.insight.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The SQL of a ticket import, run inside the import's transaction: a temporary staging table per import (COPY on
 * PostgreSQL, batch inserts on H2), then one upsert into {@code ticket} (the last row of a ticket id wins) and the
 * recomputation of the daily roll-up {@code ticket_day} for every market and day the import touched, including
 * the days a re-imported ticket moved away from. Recomputing (rather than adding deltas) keeps the roll-up exact
 * whatever was re-imported.
 */
@Component
class TicketStore {

    private static final String COLUMNS = String.join(", ", StagingColumns.TICKET);
    private static final String ROLLUP_KEYS = "created_day, market_code, vendor_code, site_code, channel, category, launch_key, sop_key, sop_version";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private volatile Boolean postgres;

    TicketStore(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    boolean isPostgres() {
        if (postgres == null) {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell the database product", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
        return postgres;
    }

    static String stagingTable(long importId) {
        return "ticket_staging_" + importId;
    }

    /** Creates the staging table of an import (dropped at commit) and opens the writer that fills it. */
    Staging<TicketRow> openStaging(long importId) {
        String table = stagingTable(importId);
        createTemporary(table, StagingColumns.TICKET_DDL);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        return isPostgres()
                ? new PostgresCopyStaging<>(connection, table, StagingColumns::values)
                : new BatchInsertStaging<>(connection, table, StagingColumns.TICKET.size() + 1, StagingColumns::values);
    }

    void createTemporary(String table, String columns) {
        String ddl = isPostgres()
                ? "create temporary table " + table + " (" + columns + ") on commit drop"
                : "create local temporary table " + table + " (" + columns + ") on commit drop transactional";
        jdbc.sql(ddl).update();
    }

    /** Upserts the staged tickets and brings the roll-up of every touched market and day up to date. */
    RowLoader.Merged merge(long importId) {
        String staging = stagingTable(importId);
        String affected = "ticket_affected_" + importId;
        createTemporary(affected, "created_day date not null, market_code varchar(2) not null");
        // driven from the staging side, so both databases look the ids up in ticket's primary key
        long updated = jdbc.sql("select count(*) from " + staging + " s where exists (select 1 from ticket t where t.ticket_id = s.ticket_id)")
                .query(Long.class).single();
        if (updated > 0) {
            jdbc.sql("insert into " + affected + " select distinct t.created_day, t.market_code from " + staging + " s"
                    + " join ticket t on t.ticket_id = s.ticket_id").update();
        }
        long rows = upsert(staging, importId);
        jdbc.sql("insert into " + affected + " select distinct created_day, market_code from " + staging).update();
        rebuildRollups(affected);
        Set<String> markets = new TreeSet<>(jdbc.sql("select distinct market_code from " + affected).query(String.class).list());
        List<LocalDate> range = jdbc.sql("select min(created_day), max(created_day) from " + affected)
                .query((rs, n) -> List.of(rs.getDate(1) == null ? LocalDate.EPOCH : rs.getDate(1).toLocalDate(),
                        rs.getDate(2) == null ? LocalDate.EPOCH : rs.getDate(2).toLocalDate())).single();
        return new RowLoader.Merged(rows, updated, markets, range.get(0), range.get(1));
    }

    private long upsert(String staging, long importId) {
        if (isPostgres()) {
            String updates = StagingColumns.TICKET.stream().filter(c -> !c.equals("ticket_id"))
                    .map(c -> c + " = excluded." + c).reduce((a, b) -> a + ", " + b).orElseThrow();
            return jdbc.sql("insert into ticket (" + COLUMNS + ", import_id) select distinct on (ticket_id) " + COLUMNS + ", :importId"
                    + " from " + staging + " order by ticket_id, row_no desc"
                    + " on conflict (ticket_id) do update set " + updates + ", import_id = excluded.import_id")
                    .param("importId", importId).update();
        }
        return jdbc.sql("merge into ticket (" + COLUMNS + ", import_id) key (ticket_id) select " + COLUMNS + ", :importId from "
                + staging + " order by row_no").param("importId", importId).update();
    }

    private void rebuildRollups(String affected) {
        String days = "(select distinct created_day, market_code from " + affected + ")";
        jdbc.sql("delete from ticket_day d where exists (select 1 from " + affected
                + " a where a.created_day = d.created_day and a.market_code = d.market_code)").update();
        // joined (not "exists"), so the touched days are read through ticket's (created_day, market_code) index
        jdbc.sql("insert into ticket_day (" + ROLLUP_KEYS + ", tickets, contacts, handle_seconds, responded, response_seconds,"
                + " response_in_sla, resolved, resolution_seconds, resolution_in_sla, first_contact_resolved, reopened,"
                + " csat_responses, csat_satisfied, csat_points)"
                + " select " + qualified("t") + ", count(*), sum(t.contact_count), sum(t.handle_seconds), count(t.response_seconds),"
                + " coalesce(sum(t.response_seconds), 0), sum(case when t.response_in_sla then 1 else 0 end), count(t.resolution_seconds),"
                + " coalesce(sum(t.resolution_seconds), 0), sum(case when t.resolution_in_sla then 1 else 0 end),"
                + " sum(case when t.first_contact_resolved then 1 else 0 end), sum(case when t.reopened then 1 else 0 end),"
                + " count(t.csat), sum(case when t.csat >= 4 then 1 else 0 end), coalesce(sum(t.csat), 0)"
                + " from " + days + " a join ticket t on t.created_day = a.created_day and t.market_code = a.market_code"
                + " group by " + qualified("t")).update();
    }

    private static String qualified(String alias) {
        return java.util.Arrays.stream(ROLLUP_KEYS.split(", ")).map(k -> alias + "." + k).collect(java.util.stream.Collectors.joining(", "));
    }
}
