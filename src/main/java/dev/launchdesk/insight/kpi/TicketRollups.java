package dev.launchdesk.insight.kpi;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.VendorScope;

/**
 * KPI sums for any slice, read from the daily roll-up {@code ticket_day} (never from the ticket rows), so a
 * dashboard over millions of tickets reads at most days × dimension combinations rows. A query reads the smallest
 * roll-up that has every dimension it groups or filters by ({@link #table}): {@code ticket_vendor_day} (day, market,
 * vendor: the anomaly scan, its charts, the coverage, the drill-down's counts), {@code ticket_category_day} (day,
 * market, vendor, category: the dashboard), else {@code ticket_day}; each holds the same sums in far fewer rows. The
 * filter lists read the values of site, channel, launch and SOP version from {@code ticket_value_day}. A vendor-scoped
 * caller only ever sums its own vendor's rows. Orders come from {@code order_volume}: a group's order volume
 * is that of the markets its tickets belong to, over the days of its time bucket inside the range.
 */
@Repository
public class TicketRollups {

    private static final String MEASURES = """
            sum(tickets), sum(contacts), sum(handle_seconds), sum(responded), sum(response_seconds),
            sum(response_in_sla), sum(resolved), sum(resolution_seconds), sum(resolution_in_sla),
            sum(first_contact_resolved), sum(reopened), sum(csat_responses), sum(csat_satisfied), sum(csat_points)""";

    /** The coarse roll-ups and the dimensions each keeps, smallest first; {@code ticket_day} keeps them all. */
    private static final Map<String, Set<TicketDimension>> COARSE = coarse();
    /** The dimensions whose values {@code ticket_value_day} lists (those no coarse roll-up keeps). */
    private static final Set<TicketDimension> LISTED = EnumSet.of(TicketDimension.SITE, TicketDimension.CHANNEL,
            TicketDimension.LAUNCH, TicketDimension.SOP_VERSION);
    private static final String IN_RANGE = " where created_day between :from and :to"
            + " and (cast(:vendor as varchar) is null or vendor_code = :vendor)";

    private final JdbcClient jdbc;
    private final VendorDirectory vendors;

    TicketRollups(JdbcClient jdbc, VendorDirectory vendors) {
        this.jdbc = jdbc;
        this.vendors = vendors;
    }

    /** The rows of the query, ordered by period and then by keys. */
    public List<KpiRow> aggregate(KpiQuery query, VendorScope scope) {
        Optional<String> vendor = vendorCode(scope);
        if (scope.isRestricted() && vendor.isEmpty()) {
            return List.of();
        }
        List<Slice> slices = slices(query, vendor.orElse(null));
        Map<String, Map<LocalDate, Long>> orders = orders(query.from(), query.to());
        Map<Bucket, Group> groups = new LinkedHashMap<>();
        for (Slice slice : slices) {
            LocalDate period = query.granularity().periodOf(slice.day());
            groups.computeIfAbsent(new Bucket(period, slice.keys()), b -> new Group()).add(slice);
        }
        List<KpiRow> rows = new ArrayList<>(groups.size());
        groups.forEach((bucket, group) -> rows.add(new KpiRow(bucket.period(), bucket.keys(),
                group.measures.withOrders(group.orders(orders, bucket.period(), query)))));
        rows.sort(KpiRow.ORDER);
        return rows;
    }

    /** The distinct values of a dimension in the roll-up between the days (for filter lists), scope applied. */
    public List<String> values(TicketDimension dimension, LocalDate from, LocalDate to, VendorScope scope) {
        Optional<String> vendor = vendorCode(scope);
        if (scope.isRestricted() && vendor.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select v from (" + valuesOf(dimension) + ") d order by v").param("from", from).param("to", to)
                .param("vendor", vendor.orElse(null)).query(String.class).list();
    }

    /**
     * The distinct values of every dimension in the roll-up between the days, scope applied (a dashboard fills all
     * its filter lists at once); "" (no launch / SOP) included. One statement of one small distinct query per
     * dimension, none of which reads {@code ticket_day}: market and vendor from {@code ticket_vendor_day}, category
     * from {@code ticket_category_day}, the rest from {@code ticket_value_day} (a row per value seen, not per
     * combination), so the lists cost the same however many tickets the days hold.
     */
    public Map<TicketDimension, List<String>> valuesOfEvery(LocalDate from, LocalDate to, VendorScope scope) {
        Map<TicketDimension, Set<String>> found = new EnumMap<>(TicketDimension.class);
        for (TicketDimension dimension : TicketDimension.values()) {
            found.put(dimension, new TreeSet<>());
        }
        Optional<String> vendor = vendorCode(scope);
        if (!scope.isRestricted() || vendor.isPresent()) {
            List<String> parts = new ArrayList<>();
            for (TicketDimension dimension : TicketDimension.values()) {
                if (!LISTED.contains(dimension)) {
                    parts.add(valuesOf(dimension));
                }
            }
            parts.add("select dimension, dimension_value from ticket_value_day" + IN_RANGE + " group by dimension, dimension_value");
            jdbc.sql(String.join(" union all ", parts))
                    .param("from", from).param("to", to).param("vendor", vendor.orElse(null))
                    .query((ResultSet rs) -> {
                        found.get(TicketDimension.valueOf(rs.getString(1))).add(rs.getString(2));
                    });
        }
        Map<TicketDimension, List<String>> values = new EnumMap<>(TicketDimension.class);
        found.forEach((dimension, set) -> values.put(dimension, List.copyOf(set)));
        return values;
    }

    /** A query of the dimension's distinct values in the range as (dimension name, value), from the smallest table that has them. */
    private static String valuesOf(TicketDimension dimension) {
        if (LISTED.contains(dimension)) {
            return "select dimension, dimension_value as v from ticket_value_day" + IN_RANGE + " and dimension = '" + dimension.name()
                    + "' group by dimension, dimension_value";
        }
        return "select '" + dimension.name() + "', " + dimension.sql() + " as v from " + table(Set.of(dimension)) + IN_RANGE
                + " group by " + dimension.sql();
    }

    /** The first and last day with tickets in scope, if any. */
    public Optional<LocalDate[]> dataRange(VendorScope scope) {
        Optional<String> vendor = vendorCode(scope);
        if (scope.isRestricted() && vendor.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select min(created_day), max(created_day) from ticket_vendor_day"
                        + " where (cast(:vendor as varchar) is null or vendor_code = :vendor)")
                .param("vendor", vendor.orElse(null))
                .query((rs, n) -> rs.getDate(1) == null ? null
                        : new LocalDate[] {rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()})
                .optional();
    }

    private Optional<String> vendorCode(VendorScope scope) {
        if (!scope.isRestricted()) {
            return Optional.empty();
        }
        return vendors.vendorName(scope.vendorIdOrNull()).map(VendorDirectory.VendorName::code);
    }

    private List<Slice> slices(KpiQuery query, String vendor) {
        boolean daily = query.granularity() != Granularity.TOTAL;
        List<String> keyExpressions = query.groupBy().stream().map(TicketDimension::sql).toList();
        StringBuilder select = new StringBuilder("select ").append(daily ? "created_day" : "cast(null as date)")
                .append(", market_code");
        keyExpressions.forEach(k -> select.append(", ").append(k));
        Set<TicketDimension> used = new java.util.HashSet<>(query.groupBy());
        used.addAll(query.filters().keySet());
        select.append(", ").append(MEASURES).append(" from ").append(table(used)).append(" where created_day between :from and :to")
                .append(" and (cast(:vendor as varchar) is null or vendor_code = :vendor)");
        Map<String, Object> params = new HashMap<>();
        int i = 0;
        for (Map.Entry<TicketDimension, List<String>> filter : query.filters().entrySet()) {
            select.append(" and ").append(filter.getKey().sql()).append(" in (:f").append(i).append(')');
            params.put("f" + i++, filter.getValue());
        }
        select.append(" group by ").append(daily ? "created_day, " : "").append("market_code");
        keyExpressions.forEach(k -> select.append(", ").append(k));
        int keys = keyExpressions.size();
        return jdbc.sql(select.toString()).param("from", query.from()).param("to", query.to())
                .param("vendor", vendor).params(params)
                .query((rs, n) -> slice(rs, keys)).list();
    }

    /** The smallest roll-up that has every one of these dimensions: a coarse one when one does, else {@code ticket_day}. */
    static String table(Set<TicketDimension> dimensions) {
        return COARSE.entrySet().stream().filter(e -> e.getValue().containsAll(dimensions)).map(Map.Entry::getKey).findFirst()
                .orElse("ticket_day");
    }

    private static Map<String, Set<TicketDimension>> coarse() {
        Map<String, Set<TicketDimension>> tables = new LinkedHashMap<>();
        tables.put("ticket_vendor_day", EnumSet.of(TicketDimension.MARKET, TicketDimension.VENDOR));
        tables.put("ticket_category_day", EnumSet.of(TicketDimension.MARKET, TicketDimension.VENDOR, TicketDimension.CATEGORY));
        return tables;
    }

    private static Slice slice(ResultSet rs, int keyCount) throws SQLException {
        Date day = rs.getDate(1);
        List<String> keys = new ArrayList<>(keyCount);
        for (int k = 0; k < keyCount; k++) {
            keys.add(rs.getString(3 + k));
        }
        int m = 3 + keyCount;
        TicketMeasures measures = new TicketMeasures(rs.getLong(m), rs.getLong(m + 1), rs.getLong(m + 2), rs.getLong(m + 3),
                rs.getLong(m + 4), rs.getLong(m + 5), rs.getLong(m + 6), rs.getLong(m + 7), rs.getLong(m + 8),
                rs.getLong(m + 9), rs.getLong(m + 10), rs.getLong(m + 11), rs.getLong(m + 12), rs.getLong(m + 13), 0);
        return new Slice(day == null ? null : day.toLocalDate(), rs.getString(2), List.copyOf(keys), measures);
    }

    private Map<String, Map<LocalDate, Long>> orders(LocalDate from, LocalDate to) {
        Map<String, Map<LocalDate, Long>> byMarket = new HashMap<>();
        jdbc.sql("select market_code, order_day, orders from order_volume where order_day between :from and :to")
                .param("from", from).param("to", to)
                .query((ResultSet rs) -> {
                    byMarket.computeIfAbsent(rs.getString(1), m -> new HashMap<>())
                            .put(rs.getDate(2).toLocalDate(), rs.getLong(3));
                });
        return byMarket;
    }

    private record Slice(LocalDate day, String market, List<String> keys, TicketMeasures measures) {
    }

    private record Bucket(LocalDate period, List<String> keys) {
    }

    private static final class Group {
        private TicketMeasures measures = TicketMeasures.NONE;
        private final Set<String> markets = new TreeSet<>();

        void add(Slice slice) {
            measures = measures.plus(slice.measures());
            markets.add(slice.market());
        }

        long orders(Map<String, Map<LocalDate, Long>> orders, LocalDate period, KpiQuery query) {
            LocalDate first = period == null || period.isBefore(query.from()) ? query.from() : period;
            LocalDate last = period == null ? query.to() : lastDay(period, query);
            long sum = 0;
            for (String market : markets) {
                Map<LocalDate, Long> days = orders.getOrDefault(market, Map.of());
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    sum += days.getOrDefault(d, 0L);
                }
            }
            return sum;
        }

        private static LocalDate lastDay(LocalDate period, KpiQuery query) {
            LocalDate end = query.granularity() == Granularity.WEEK ? period.plusDays(6) : period;
            return end.isAfter(query.to()) ? query.to() : end;
        }
    }
}
