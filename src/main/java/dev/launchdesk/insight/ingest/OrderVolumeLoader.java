package dev.launchdesk.insight.ingest;


import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.shared.UserTexts;

/** Order-volume files: market, date, orders; re-importing a market and day replaces its number. */
final class OrderVolumeLoader implements RowLoader<OrderVolumeLoader.OrderRow> {

    record OrderRow(long rowNumber, String market, LocalDate day, long orders) {
    }

    static final String STAGED = "order_import_row";

    static final ImportColumns COLUMNS = new ImportColumns(List.of(
            ImportColumns.required("market", "market_code", "country"), ImportColumns.required("date", "day", "order_day"),
            ImportColumns.required("orders", "order_count")));

    private final TicketStore store;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Set<String> markets = new TreeSet<>();

    OrderVolumeLoader(TicketStore store, DataSource dataSource, JdbcClient jdbc, MarketDirectory catalog) {
        this.store = store;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        catalog.markets().forEach(m -> markets.add(m.code()));
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ORDERS;
    }

    @Override
    public ImportColumns columns() {
        return COLUMNS;
    }

    @Override
    public OrderRow parse(RawRecord record) {
        if (record.problem() != null) {
            throw new RowProblem.Rejected(record.problemColumn(), record.problem());
        }
        String market = cell(record, 0).toUpperCase(java.util.Locale.ROOT);
        if (!markets.contains(market)) {
            throw new RowProblem.Rejected("market", UserTexts.of("problem.insight.row.market-unknown", record.cell(0)));
        }
        LocalDate day;
        try {
            day = LocalDate.parse(cell(record, 1));
        } catch (DateTimeParseException e) {
            throw new RowProblem.Rejected("date", UserTexts.of("problem.insight.row.date-invalid", record.cell(1)));
        }
        long orders;
        try {
            orders = Long.parseLong(cell(record, 2));
        } catch (NumberFormatException e) {
            throw new RowProblem.Rejected("orders", UserTexts.of("problem.insight.row.whole-number", record.cell(2)));
        }
        if (orders < 0) {
            throw new RowProblem.Rejected("orders", UserTexts.of("problem.insight.row.negative", String.valueOf(orders)));
        }
        return new OrderRow(record.rowNumber(), market, day, orders);
    }

    private static String cell(RawRecord record, int column) {
        String value = record.cell(column);
        if (value == null) {
            throw new RowProblem.Rejected(COLUMNS.name(column), UserTexts.of("problem.shared.field.required"));
        }
        return value;
    }

    @Override
    public Staging<OrderRow> openStaging(long importId) {
        return new ChunkedStaging<>(dataSource, STAGED, List.of("row_no", "market_code", "order_day", "orders"), importId,
                r -> new Object[] {r.rowNumber(), r.market(), Date.valueOf(r.day()), r.orders()});
    }

    @Override
    public Merged merge(long importId) {
        String staging = "(select * from " + STAGED + " where import_id = :id)";
        long rows = store.isPostgres()
                ? jdbc.sql("insert into order_volume (market_code, order_day, orders, import_id)"
                        + " select distinct on (market_code, order_day) market_code, order_day, orders, import_id from " + staging
                        + " s order by market_code, order_day, row_no desc"
                        + " on conflict (market_code, order_day) do update set orders = excluded.orders, import_id = excluded.import_id")
                        .param("id", importId).update()
                : jdbc.sql("merge into order_volume (market_code, order_day, orders, import_id) key (market_code, order_day)"
                        + " select market_code, order_day, orders, import_id from " + STAGED + " where import_id = :id order by row_no")
                        .param("id", importId).update();
        Set<String> touched = new TreeSet<>(jdbc.sql("select distinct market_code from " + STAGED + " where import_id = :id")
                .param("id", importId).query(String.class).list());
        List<LocalDate> range = jdbc.sql("select min(order_day), max(order_day) from " + STAGED + " where import_id = :id")
                .param("id", importId)
                .query((rs, n) -> List.of(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate())).single();
        return new Merged(rows, 0, touched, range.get(0), range.get(1));
    }
}
