package dev.launchdesk.insight.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.insight.kpi.KpiQuery;
import dev.launchdesk.insight.kpi.KpiRow;
import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.insight.kpi.TicketRollups;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.PageOf;
import dev.launchdesk.shared.VendorScope;

/** The ticket rows behind a KPI, for the drill-down; a vendor-scoped reader only ever gets its own vendor's tickets. */
@Repository
class Tickets {

    private final JdbcClient jdbc;
    private final TicketRollups rollups;
    private final VendorDirectory vendors;

    Tickets(JdbcClient jdbc, TicketRollups rollups, VendorDirectory vendors) {
        this.jdbc = jdbc;
        this.rollups = rollups;
        this.vendors = vendors;
    }

    /**
     * The tickets created on the query's days that pass its filters, newest day first (market-local days, as the KPIs
     * count them), within a day newest first. The count per day comes from the daily roll-up, which holds exactly
     * the tickets' sums, so neither the total nor a page needs to count or sort the tickets of the whole range: a
     * page reads only the days it falls on, skipping into the newest of them.
     */
    PageOf<Ticket> find(KpiQuery query, VendorScope scope, int page, int size) {
        Optional<String> vendor = vendorCode(scope);
        if (scope.isRestricted() && vendor.isEmpty()) {
            return new PageOf<>(List.of(), page, size, 0);
        }
        List<KpiRow> perDay = rollups.aggregate(query.groupedBy(Granularity.DAY, List.of()), scope);
        long total = perDay.stream().mapToLong(r -> r.measures().tickets()).sum();
        Optional<DayWindow> window = DayWindow.of(perDay, (long) page * size, size);
        if (window.isEmpty()) {
            return new PageOf<>(List.of(), page, size, total);
        }
        StringBuilder where = new StringBuilder(" from ticket where created_day between :from and :to")
                .append(" and (cast(:vendor as varchar) is null or vendor_code = :vendor)");
        Map<String, Object> params = new HashMap<>();
        params.put("from", window.get().oldest());
        params.put("to", window.get().newest());
        params.put("vendor", vendor.orElse(null));
        int i = 0;
        for (Map.Entry<TicketDimension, List<String>> filter : query.filters().entrySet()) {
            where.append(" and ").append(filter.getKey().sql()).append(" in (:f").append(i).append(')');
            params.put("f" + i++, filter.getValue());
        }
        List<Ticket> items = jdbc.sql("select *" + where + " order by created_day desc, created_at desc, ticket_id desc"
                        + " limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", window.get().skip())
                .query(Tickets::map).list();
        return new PageOf<>(items, page, size, total);
    }

    /** The days a page of tickets falls on (newest and oldest) and how many tickets of them come before it. */
    record DayWindow(LocalDate newest, LocalDate oldest, long skip) {

        /** From the ticket count per day: the days holding tickets {@code offset}..{@code offset + size - 1}, newest first. */
        static Optional<DayWindow> of(List<KpiRow> perDay, long offset, int size) {
            List<KpiRow> newestFirst = perDay.stream().filter(r -> r.measures().tickets() > 0)
                    .sorted(java.util.Comparator.comparing(KpiRow::period).reversed()).toList();
            long before = 0;
            int first = 0;
            while (first < newestFirst.size() && before + newestFirst.get(first).measures().tickets() <= offset) {
                before += newestFirst.get(first++).measures().tickets();
            }
            if (first == newestFirst.size()) {
                return Optional.empty();
            }
            long skip = offset - before;
            long covered = newestFirst.get(first).measures().tickets() - skip;
            int last = first;
            while (covered < size && last + 1 < newestFirst.size()) {
                covered += newestFirst.get(++last).measures().tickets();
            }
            return Optional.of(new DayWindow(newestFirst.get(first).period(), newestFirst.get(last).period(), skip));
        }
    }

    Optional<Ticket> find(String id, VendorScope scope) {
        Optional<String> vendor = vendorCode(scope);
        if (scope.isRestricted() && vendor.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select * from ticket where ticket_id = :id and (cast(:vendor as varchar) is null or vendor_code = :vendor)")
                .param("id", id).param("vendor", vendor.orElse(null)).query(Tickets::map).optional();
    }

    private Optional<String> vendorCode(VendorScope scope) {
        if (!scope.isRestricted()) {
            return Optional.empty();
        }
        return vendors.vendorName(scope.vendorIdOrNull()).map(VendorDirectory.VendorName::code);
    }

    private static Ticket map(ResultSet rs, int row) throws SQLException {
        int csat = rs.getInt("csat");
        Integer csatOrNull = rs.wasNull() ? null : csat;
        return new Ticket(rs.getString("ticket_id"), instant(rs, "created_at"),
                rs.getDate("created_day").toLocalDate(), instant(rs, "first_response_at"),
                instant(rs, "resolved_at"), rs.getString("market_code"), rs.getString("vendor_code"),
                rs.getString("site_code"), rs.getString("channel"), rs.getString("category"), rs.getInt("handle_seconds"),
                csatOrNull, rs.getBoolean("reopened"), rs.getInt("contact_count"), rs.getString("launch_key"),
                rs.getString("sop_key"), rs.getInt("sop_version"), rs.getBoolean("response_in_sla"),
                rs.getBoolean("resolution_in_sla"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
