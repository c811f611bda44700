package dev.launchdesk.insight.analysis;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.SopEffectiveDates;

/**
 * The change most likely behind a root cause: of the SOP versions that took effect and the launches that went live
 * between the start of the baseline and the end of the comparison period, the one carried by the most of the slice's
 * tickets in the comparison period. An SOP version takes effect on its published effective date (the market's variant
 * when the slice is in one market), else on the first day the slice's tickets carry it; a launch goes live on the first
 * day a ticket of the slice carries it. The before/after view of a root cause is centred on that day.
 */
@Repository
class SliceChanges {

    /** An SOP version ("KEY vN") or a launch key, the day it took effect or went live, and its tickets in the period. */
    record Change(TicketDimension dimension, String value, LocalDate day, long tickets) {
    }

    private final JdbcClient jdbc;
    private final SopEffectiveDates sopDates;
    private final VendorDirectory vendors;

    SliceChanges(JdbcClient jdbc, SopEffectiveDates sopDates, VendorDirectory vendors) {
        this.jdbc = jdbc;
        this.sopDates = sopDates;
        this.vendors = vendors;
    }

    /** The likely change behind the slice (the query's filters narrowed to the root cause's values), if any. */
    Optional<Change> likelyChange(RootCauseQuery query, Map<String, String> slice, VendorScope scope) {
        Optional<String> vendor = scope.isRestricted()
                ? vendors.vendorName(scope.vendorIdOrNull()).map(VendorDirectory.VendorName::code) : Optional.empty();
        if (scope.isRestricted() && vendor.isEmpty()) {
            return Optional.empty();
        }
        Map<TicketDimension, List<String>> filters = new EnumMap<>(TicketDimension.class);
        filters.putAll(query.filters());
        slice.forEach((name, value) -> TicketDimension.fromParameter(name).ifPresent(d -> filters.put(d, List.of(value))));
        List<String> markets = filters.getOrDefault(TicketDimension.MARKET, List.of());
        String market = markets.size() == 1 ? markets.get(0) : null;
        ComparedPeriods periods = query.periods();
        List<Change> candidates = new ArrayList<>();
        for (TicketDimension dimension : List.of(TicketDimension.SOP_VERSION, TicketDimension.LAUNCH)) {
            carried(dimension, filters, vendor.orElse(null), periods.from(), periods.to()).forEach((value, tickets) -> {
                Optional<LocalDate> day = dimension == TicketDimension.SOP_VERSION ? effectiveDate(value, market) : Optional.empty();
                day.or(() -> firstDay(dimension, value, filters, vendor.orElse(null)))
                        .filter(d -> d.isAfter(periods.baselineFrom()) && !d.isAfter(periods.to()))
                        .ifPresent(d -> candidates.add(new Change(dimension, value, d, tickets)));
            });
        }
        return candidates.stream().max(java.util.Comparator.comparingLong(Change::tickets).thenComparing(Change::day));
    }

    private Optional<LocalDate> effectiveDate(String sopVersion, String market) {
        int v = sopVersion.lastIndexOf(" v");
        return sopDates.effectiveDate(sopVersion.substring(0, v), Integer.parseInt(sopVersion.substring(v + 2)), market);
    }

    /** The values of the dimension on the slice's tickets between the days, with their ticket counts. */
    private Map<String, Long> carried(TicketDimension dimension, Map<TicketDimension, List<String>> filters, String vendor,
                                      LocalDate from, LocalDate to) {
        Map<String, Object> params = new HashMap<>();
        String where = where(dimension, filters, vendor, params);
        Map<String, Long> carried = new HashMap<>();
        jdbc.sql("select " + dimension.sql() + " as v, sum(tickets) from ticket_day where created_day between :from and :to"
                        + where + " group by " + dimension.sql())
                .params(params).param("from", from).param("to", to)
                .query((ResultSet rs) -> {
                    if (!rs.getString(1).isEmpty()) {
                        carried.put(rs.getString(1), rs.getLong(2));
                    }
                });
        return carried;
    }

    private Optional<LocalDate> firstDay(TicketDimension dimension, String value, Map<TicketDimension, List<String>> filters, String vendor) {
        Map<String, Object> params = new HashMap<>();
        String where = where(dimension, filters, vendor, params);
        return jdbc.sql("select min(created_day) from ticket_day where " + dimension.sql() + " = :value" + where)
                .params(params).param("value", value).query(LocalDate.class).optional();
    }

    private static String where(TicketDimension own, Map<TicketDimension, List<String>> filters, String vendor, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" and (cast(:vendor as varchar) is null or vendor_code = :vendor)");
        params.put("vendor", vendor);
        int i = 0;
        for (Map.Entry<TicketDimension, List<String>> filter : filters.entrySet()) {
            if (filter.getKey() != own) {
                where.append(" and ").append(filter.getKey().sql()).append(" in (:f").append(i).append(')');
                params.put("f" + i++, filter.getValue());
            }
        }
        return where.toString();
    }
}
