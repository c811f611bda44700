package dev.launchdesk.insight.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The SQL of a ticket import, run inside the import's transaction. On PostgreSQL the rows are copied straight into
 * {@code ticket} when they are all new tickets ({@link TicketCopyLoad}); otherwise they are staged in a temporary
 * table and upserted from there (the last row of a ticket id wins). On H2 they are staged in committed chunks in
 * {@code ticket_import_row} ({@link ChunkedStaging}) and merged from there: no temporary table and no transaction
 * that grows with the file while it is read, which is what a kill -9 could leave the embedded database broken by.
 * Then the daily roll-up {@code ticket_day} is recomputed for every market and day the import touched, including the
 * days a re-imported ticket moved away from. Recomputing (rather than adding deltas) keeps the roll-up exact whatever
 * was re-imported. The coarser tables ({@link CoarseRollups}: {@code ticket_vendor_day}, {@code ticket_category_day},
 * {@code ticket_value_day}) follow: rebuilt from {@code ticket_day} for the same market-days, or, when the rows were all
 * new tickets, added to from the sums the import collected.
 */
@Component
class TicketStore {

    private static final Logger log = LoggerFactory.getLogger(TicketStore.class);

    private static final String COLUMNS = String.join(", ", StagingColumns.TICKET);
    private static final String WORK_MEM = "128MB";
    private static final String AFFECTED_TWICE = "21000";
    private static final String ROLLUP_KEYS = TicketDayDeltas.KEYS;
    /** The roll-up measures of the tickets {@code t}, in {@link TicketDayDeltas#MEASURES} order. */
    private static final String RECOMPUTED = "count(*), sum(t.contact_count), sum(t.handle_seconds), count(t.response_seconds),"
            + " coalesce(sum(t.response_seconds), 0), sum(case when t.response_in_sla then 1 else 0 end), count(t.resolution_seconds),"
            + " coalesce(sum(t.resolution_seconds), 0), sum(case when t.resolution_in_sla then 1 else 0 end),"
            + " sum(case when t.first_contact_resolved then 1 else 0 end), sum(case when t.reopened then 1 else 0 end),"
            + " count(t.csat), sum(case when t.csat >= 4 then 1 else 0 end), coalesce(sum(t.csat), 0)";

    private static final String VENDOR_KEYS = CoarseRollups.VENDOR_KEYS;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final CoarseRollups coarse;
    private volatile Boolean postgres;

    TicketStore(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.batches = new JdbcTemplate(dataSource);
        this.coarse = new CoarseRollups(jdbc);
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

    static final String STAGED = "ticket_import_row";

    static String stagingTable(long importId) {
        return "ticket_staging_" + importId;
    }

    /**
     * Opens the writer of an import's rows: on PostgreSQL a binary COPY straight into {@code ticket} (see
     * {@link TicketCopyLoad}), on H2 committed chunks into {@code ticket_import_row}.
     */
    Staging<TicketRow> openStaging(long importId) {
        if (isPostgres()) {
            return new TicketCopyLoad(DataSourceUtils.getConnection(dataSource), this, importId);
        }
        return new ChunkedStaging<>(dataSource, STAGED, StagingColumns.STAGED, importId, StagingColumns::values);
    }

    /** A temporary table dropped at commit (PostgreSQL only: H2 imports use no temporary tables). */
    void createTemporary(String table, String columns) {
        jdbc.sql("create temporary table " + table + " (" + columns + ") on commit drop").update();
    }

    /** Upserts the staged tickets (unless they went straight in) and brings the roll-up of every touched market-day up to date. */
    RowLoader.Merged merge(long importId, Staging<TicketRow> staging) {
        if (!isPostgres()) {
            return mergeStaged(importId);
        }
        jdbc.sql("set local work_mem = '" + WORK_MEM + "'").update();
        if (staging instanceof TicketCopyLoad load && load.direct()) {
            return mergeCopied(importId, load);
        }
        String affected = "ticket_affected_" + importId;
        createTemporary(affected, "created_day date not null, market_code varchar(2) not null, tickets bigint not null");
        long start = System.nanoTime();
        String table = stagingTable(importId);
        // driven from the staging side, so both databases look the ids up in ticket's primary key
        jdbc.sql("insert into " + affected + " select t.created_day, t.market_code, count(*) from " + table + " s"
                + " join ticket t on t.ticket_id = s.ticket_id group by t.created_day, t.market_code").update();
        long updated = jdbc.sql("select coalesce(sum(tickets), 0) from " + affected).query(Long.class).single();
        long found = System.nanoTime();
        long rows = upsert(table, importId);
        long upserted = System.nanoTime();
        jdbc.sql("insert into " + affected + " select distinct created_day, market_code, 0 from " + table).update();
        rebuildRollups(affected);
        log.debug("Import {}: {} existing tickets found in {} ms, {} rows upserted in {} ms, roll-ups rebuilt in {} ms", importId,
                updated, (found - start) / 1_000_000, rows, (upserted - found) / 1_000_000, (System.nanoTime() - upserted) / 1_000_000);
        Set<String> markets = new TreeSet<>(jdbc.sql("select distinct market_code from " + affected).query(String.class).list());
        List<LocalDate> range = jdbc.sql("select min(created_day), max(created_day) from " + affected)
                .query((rs, n) -> List.of(rs.getDate(1) == null ? LocalDate.EPOCH : rs.getDate(1).toLocalDate(),
                        rs.getDate(2) == null ? LocalDate.EPOCH : rs.getDate(2).toLocalDate())).single();
        return new RowLoader.Merged(rows, updated, markets, range.get(0), range.get(1));
    }

    /** Only new tickets, copied straight into {@code ticket}: their roll-up sums are added to the market-days they fall on. */
    private RowLoader.Merged mergeCopied(long importId, TicketCopyLoad load) {
        long start = System.nanoTime();
        addVendorDays(load.vendorDays());
        if (load.rollupsCopied()) {
            log.debug("Import {}: {} new tickets and their roll-up rows copied, {} vendor-days added to in {} ms", importId, load.rows(),
                    load.vendorDays().size(), (System.nanoTime() - start) / 1_000_000);
            return copied(load);
        }
        String sums = TicketDayDeltas.MEASURES.replaceAll("(\\w+)", "sum($1)");
        String add = TicketDayDeltas.MEASURES.replaceAll("(\\w+)", "$1 = ticket_day.$1 + excluded.$1");
        int combinations = jdbc.sql("insert into ticket_day (" + ROLLUP_KEYS + ", " + TicketDayDeltas.MEASURES + ") select " + ROLLUP_KEYS
                + ", " + sums + " from " + TicketCopyLoad.deltasTable(importId) + " group by " + ROLLUP_KEYS
                + " on conflict (" + ROLLUP_KEYS + ") do update set " + add).update();
        coarse.addCopied(TicketCopyLoad.categoryDeltasTable(importId), TicketCopyLoad.valueDeltasTable(importId));
        log.debug("Import {}: {} new tickets copied, {} roll-up rows added to in {} ms", importId, load.rows(), combinations,
                (System.nanoTime() - start) / 1_000_000);
        return copied(load);
    }

    /** Adds new tickets' sums per day, market and vendor to {@code ticket_vendor_day} (PostgreSQL, direct path). */
    private void addVendorDays(Map<TicketDayDeltas.VendorDay, long[]> sums) {
        String add = TicketDayDeltas.MEASURES.replaceAll("(\\w+)", "$1 = ticket_vendor_day.$1 + excluded.$1")
                + ", newest_created_at = greatest(ticket_vendor_day.newest_created_at, excluded.newest_created_at)";
        String sql = "insert into ticket_vendor_day (" + VENDOR_KEYS + ", " + TicketDayDeltas.MEASURES + ", newest_created_at) values (?, ?, ?"
                + ", ?".repeat(TicketDayDeltas.MEASURE_COUNT + 1) + ") on conflict (" + VENDOR_KEYS
                + ") do update set " + add;
        List<Object[]> rows = new ArrayList<>(sums.size());
        sums.forEach((key, measures) -> {
            Object[] row = new Object[3 + TicketDayDeltas.MEASURE_COUNT + 1];
            row[0] = java.sql.Date.valueOf(key.day());
            row[1] = key.market();
            row[2] = key.vendor();
            for (int i = 0; i < TicketDayDeltas.MEASURE_COUNT; i++) {
                row[3 + i] = measures[i];
            }
            long newest = measures[TicketDayDeltas.NEWEST];
            row[row.length - 1] = java.time.OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(Math.floorDiv(newest, 1_000_000L),
                    Math.floorMod(newest, 1_000_000L) * 1_000L), java.time.ZoneOffset.UTC);
            rows.add(row);
        });
        if (!rows.isEmpty()) {
            batches.batchUpdate(sql, rows);
        }
    }

    private static RowLoader.Merged copied(TicketCopyLoad load) {
        Set<String> markets = new TreeSet<>();
        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        for (TicketCopyLoad.MarketDay md : load.marketDays()) {
            markets.add(md.market());
            first = md.day().isBefore(first) ? md.day() : first;
            last = md.day().isAfter(last) ? md.day() : last;
        }
        return new RowLoader.Merged(load.rows(), 0, markets, first, last);
    }

    /**
     * H2: upserts the import's rows from {@code ticket_import_row} (the last row of a ticket id wins) and recomputes
     * the roll-up of every market-day they join or leave, one market-day at a time through ticket's
     * (created_day, market_code) index.
     */
    private RowLoader.Merged mergeStaged(long importId) {
        long start = System.nanoTime();
        Set<TicketCopyLoad.MarketDay> touched = new java.util.HashSet<>();
        long[] updated = {0};
        jdbc.sql("select t.created_day, t.market_code, count(*) from " + STAGED + " s join ticket t on t.ticket_id = s.ticket_id"
                        + " where s.import_id = :id group by t.created_day, t.market_code").param("id", importId)
                .query((java.sql.ResultSet rs) -> {
                    touched.add(new TicketCopyLoad.MarketDay(rs.getDate(1).toLocalDate(), rs.getString(2)));
                    updated[0] += rs.getLong(3);
                });
        long found = System.nanoTime();
        long rows = jdbc.sql("merge into ticket (" + COLUMNS + ", import_id) key (ticket_id) select " + COLUMNS + ", import_id from "
                + STAGED + " where import_id = :id order by row_no").param("id", importId).update();
        long upserted = System.nanoTime();
        jdbc.sql("select distinct created_day, market_code from " + STAGED + " where import_id = :id").param("id", importId)
                .query((java.sql.ResultSet rs) -> {
                    touched.add(new TicketCopyLoad.MarketDay(rs.getDate(1).toLocalDate(), rs.getString(2)));
                });
        touched.forEach(this::rebuildRollup);
        log.debug("Import {}: {} existing tickets found in {} ms, {} rows upserted in {} ms, roll-ups of {} market-days rebuilt in {} ms",
                importId, updated[0], (found - start) / 1_000_000, rows, (upserted - found) / 1_000_000, touched.size(),
                (System.nanoTime() - upserted) / 1_000_000);
        Set<String> markets = new TreeSet<>();
        touched.forEach(md -> markets.add(md.market()));
        LocalDate first = touched.stream().map(TicketCopyLoad.MarketDay::day).min(LocalDate::compareTo).orElse(LocalDate.EPOCH);
        LocalDate last = touched.stream().map(TicketCopyLoad.MarketDay::day).max(LocalDate::compareTo).orElse(LocalDate.EPOCH);
        return new RowLoader.Merged(rows, updated[0], markets, first, last);
    }

    private void rebuildRollup(TicketCopyLoad.MarketDay md) {
        jdbc.sql("delete from ticket_day where created_day = :day and market_code = :market")
                .param("day", md.day()).param("market", md.market()).update();
        jdbc.sql("insert into ticket_day (" + ROLLUP_KEYS + ", " + TicketDayDeltas.MEASURES + ") select " + qualified("t") + ", "
                + RECOMPUTED + " from ticket t where t.created_day = :day and t.market_code = :market group by " + qualified("t"))
                .param("day", md.day()).param("market", md.market()).update();
        coarse.rebuild(md.day(), md.market());
    }

    /** Whether any of these market-days has roll-up rows already (checked over their day range and markets). */
    boolean hasRollups(Set<TicketCopyLoad.MarketDay> marketDays) {
        if (marketDays.isEmpty()) {
            return false;
        }
        LocalDate first = marketDays.stream().map(TicketCopyLoad.MarketDay::day).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = marketDays.stream().map(TicketCopyLoad.MarketDay::day).max(LocalDate::compareTo).orElseThrow();
        List<String> markets = marketDays.stream().map(TicketCopyLoad.MarketDay::market).distinct().toList();
        return jdbc.sql("select count(*) from ticket_day where created_day between :first and :last and market_code in (:markets)")
                .param("first", first).param("last", last).param("markets", markets).query(Long.class).single() > 0;
    }

    private long upsert(String staging, long importId) {
        String updates = StagingColumns.TICKET.stream().filter(c -> !c.equals("ticket_id"))
                .map(c -> c + " = excluded." + c).reduce((a, b) -> a + ", " + b).orElseThrow();
        String upsert = "insert into ticket (" + COLUMNS + ", import_id) select %s" + COLUMNS + ", :importId from " + staging
                + " %s on conflict (ticket_id) do update set " + updates + ", import_id = excluded.import_id";
        // Most files name a ticket once: upsert without sorting, and only when PostgreSQL reports a ticket id twice
        // (SQLState 21000, a row affected twice) take the last row of each id, which needs the sort.
        jdbc.sql("savepoint ticket_upsert").update();
        try {
            long rows = jdbc.sql(upsert.formatted("", "")).param("importId", importId).update();
            jdbc.sql("release savepoint ticket_upsert").update();
            return rows;
        } catch (DataAccessException e) {
            if (!AFFECTED_TWICE.equals(sqlState(e))) {
                throw e;
            }
            jdbc.sql("rollback to savepoint ticket_upsert").update();
        }
        return jdbc.sql(upsert.formatted("distinct on (ticket_id) ", "order by ticket_id, row_no desc")).param("importId", importId).update();
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private void rebuildRollups(String affected) {
        String days = "(select distinct created_day, market_code from " + affected + ")";
        jdbc.sql("delete from ticket_day d where exists (select 1 from " + affected
                + " a where a.created_day = d.created_day and a.market_code = d.market_code)").update();
        // joined (not "exists"), so the touched days are read through ticket's (created_day, market_code) index
        jdbc.sql("insert into ticket_day (" + ROLLUP_KEYS + ", " + TicketDayDeltas.MEASURES + ")"
                + " select " + qualified("t") + ", " + RECOMPUTED
                + " from " + days + " a join ticket t on t.created_day = a.created_day and t.market_code = a.market_code"
                + " group by " + qualified("t")).update();
        coarse.rebuild(affected);
    }

    private static String qualified(String alias) {
        return java.util.Arrays.stream(ROLLUP_KEYS.split(", ")).map(k -> alias + "." + k).collect(java.util.stream.Collectors.joining(", "));
    }
}
