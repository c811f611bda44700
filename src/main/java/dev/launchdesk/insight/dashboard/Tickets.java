package dev.launchdesk.insight.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.insight.kpi.KpiQuery;
import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.PageOf;
import dev.launchdesk.shared.VendorScope;

/** The ticket rows behind a KPI, for the drill-down; a vendor-scoped reader only ever gets its own vendor's tickets. */
@Repository
class Tickets {

    private final JdbcClient jdbc;
    private final VendorDirectory vendors;

    Tickets(JdbcClient jdbc, VendorDirectory vendors) {
        this.jdbc = jdbc;
        this.vendors = vendors;
    }

    /** The tickets created on the query's days that pass its filters, newest first. */
    PageOf<Ticket> find(KpiQuery query, VendorScope scope, int page, int size) {
        Optional<String> vendor = vendorCode(scope);
        if (scope.isRestricted() && vendor.isEmpty()) {
            return new PageOf<>(List.of(), page, size, 0);
        }
        StringBuilder where = new StringBuilder(" from ticket where created_day between :from and :to")
                .append(" and (cast(:vendor as varchar) is null or vendor_code = :vendor)");
        Map<String, Object> params = new HashMap<>();
        params.put("from", query.from());
        params.put("to", query.to());
        params.put("vendor", vendor.orElse(null));
        int i = 0;
        for (Map.Entry<TicketDimension, List<String>> filter : query.filters().entrySet()) {
            where.append(" and ").append(filter.getKey().sql()).append(" in (:f").append(i).append(')');
            params.put("f" + i++, filter.getValue());
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        List<Ticket> items = jdbc.sql("select *" + where + " order by created_at desc, ticket_id limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(Tickets::map).list();
        return new PageOf<>(items, page, size, total);
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
