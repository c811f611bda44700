package dev.launchdesk.insight.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.VendorScope;

/**
 * The launches and SOP versions the tickets carry, with the first and last day they appear on (from the daily
 * roll-up, in the reader's vendor scope): the entry points of the before/after view.
 */
@Repository
class GoLives {

    /** A launch key or an SOP version ("KEY vN") and the days it was seen on, with its ticket count. */
    public record FirstSeen(String value, LocalDate firstDay, LocalDate lastDay, long tickets) {
    }

    private final JdbcClient jdbc;
    private final VendorDirectory vendors;

    GoLives(JdbcClient jdbc, VendorDirectory vendors) {
        this.jdbc = jdbc;
        this.vendors = vendors;
    }

    List<FirstSeen> launches(VendorScope scope) {
        return seen(TicketDimension.LAUNCH, scope);
    }

    List<FirstSeen> sopVersions(VendorScope scope) {
        return seen(TicketDimension.SOP_VERSION, scope);
    }

    /**
     * The first day a ticket carrying the value appears on, among the tickets passing the filters other than the value's
     * own dimension.
     */
    Optional<LocalDate> firstDay(TicketDimension dimension, String value, Map<TicketDimension, List<String>> filters,
                                 VendorScope scope) {
        Optional<String> vendor = vendorCode(scope);
        if (scope.isRestricted() && vendor.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sql = new StringBuilder("select min(created_day) from ticket_day where ")
                .append(dimension.sql()).append(" = :value and (cast(:vendor as varchar) is null or vendor_code = :vendor)");
        Map<String, Object> params = new HashMap<>();
        int i = 0;
        for (Map.Entry<TicketDimension, List<String>> filter : filters.entrySet()) {
            if (filter.getKey() != dimension) {
                sql.append(" and ").append(filter.getKey().sql()).append(" in (:f").append(i).append(')');
                params.put("f" + i++, filter.getValue());
            }
        }
        return jdbc.sql(sql.toString()).param("value", value).param("vendor", vendor.orElse(null)).params(params)
                .query(LocalDate.class).optional();
    }

    private List<FirstSeen> seen(TicketDimension dimension, VendorScope scope) {
        Optional<String> vendor = vendorCode(scope);
        if (scope.isRestricted() && vendor.isEmpty()) {
            return List.of();
        }
        String sql = "select v, min(created_day), max(created_day), sum(tickets) from (select " + dimension.sql()
                + " as v, created_day, tickets from ticket_day where (cast(:vendor as varchar) is null or vendor_code = :vendor)) t"
                + " where v <> '' group by v order by min(created_day) desc, v";
        return jdbc.sql(sql).param("vendor", vendor.orElse(null))
                .query((rs, n) -> new FirstSeen(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                        rs.getLong(4)))
                .list();
    }

    private Optional<String> vendorCode(VendorScope scope) {
        if (!scope.isRestricted()) {
            return Optional.empty();
        }
        return vendors.vendorName(scope.vendorIdOrNull()).map(VendorDirectory.VendorName::code);
    }
}
