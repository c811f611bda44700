package dev.launchdesk.insight.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.KpiQuery;
import dev.launchdesk.insight.kpi.KpiRow;
import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.insight.kpi.TicketMeasures;
import dev.launchdesk.insight.kpi.TicketRollups;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.SopEffectiveDates;
import dev.launchdesk.shared.Echoed;

/**
 * Every KPI over the N days before a date and the N days from it on, for the tickets passing the filters. The date is
 * given, or a launch's go-live (the first day a ticket in scope carries the launch key: the helpdesk tags tickets
 * from the launch on, so that is when sellers met it), or an SOP version's effective date (the market's variant's
 * version when exactly one market is filtered and it has its own variant, else the master's; when the SOP library
 * has no such published version, the first day tickets carry it).
 */
@Service
class BeforeAfter {

    /** One KPI on both sides, its absolute and relative change and whether that change is good or bad. */
    public record Change(KpiReport.Definition kpi, Double before, Double after, Double change, Double relativeChange, String verdict) {
    }

    public record Comparison(LocalDate around, String basis, String basisValue, int days, LocalDate beforeFrom, LocalDate beforeTo,
                      LocalDate afterFrom, LocalDate afterTo, Map<String, List<String>> filters, long ticketsBefore,
                      long ticketsAfter, List<Change> kpis, List<LocalDate> trendDays, Map<String, List<Double>> trend) {
    }

    private final TicketRollups rollups;
    private final GoLives goLives;
    private final SopEffectiveDates sopDates;

    BeforeAfter(TicketRollups rollups, GoLives goLives, SopEffectiveDates sopDates) {
        this.rollups = rollups;
        this.goLives = goLives;
        this.sopDates = sopDates;
    }

    Comparison compare(CompareParameters parameters, VendorScope scope) {
        if (!parameters.chosen()) {
            throw InvalidInputException.of("around", "choose a date, a launch or an SOP version");
        }
        int days = parameters.days();
        KpiParameters p = parameters.filters();
        LocalDate around = around(parameters, p.filters(), scope);
        LocalDate beforeFrom = around.minusDays(days);
        LocalDate afterTo = around.plusDays(days - 1L);
        List<KpiRow> daily = rollups.aggregate(new KpiQuery(beforeFrom, afterTo, Granularity.DAY, p.filters(), List.of()), scope);
        TicketMeasures before = total(new KpiQuery(beforeFrom, around.minusDays(1), Granularity.TOTAL, p.filters(), List.of()), scope);
        TicketMeasures after = total(new KpiQuery(around, afterTo, Granularity.TOTAL, p.filters(), List.of()), scope);
        List<Change> changes = p.kpis().stream().map(k -> change(k, before, after)).toList();
        List<LocalDate> trendDays = new ArrayList<>();
        for (LocalDate d = beforeFrom; !d.isAfter(afterTo); d = d.plusDays(1)) {
            trendDays.add(d);
        }
        Map<LocalDate, KpiRow> byDay = new HashMap<>();
        daily.forEach(r -> byDay.put(r.period(), r));
        Map<String, List<Double>> trend = new LinkedHashMap<>();
        for (Kpi kpi : p.kpis()) {
            trend.put(kpi.parameter(), trendDays.stream().map(byDay::get)
                    .map(r -> r == null ? null : KpiReport.orNull(r.value(kpi))).toList());
        }
        Map<String, List<String>> shown = new LinkedHashMap<>();
        p.filters().forEach((d, v) -> shown.put(d.parameter(), v));
        return new Comparison(around, basis(parameters), basisValue(parameters), days, beforeFrom, around.minusDays(1), around,
                afterTo, shown, before.tickets(), after.tickets(), changes, trendDays, trend);
    }

    private LocalDate around(CompareParameters parameters, Map<TicketDimension, List<String>> filters, VendorScope scope) {
        if (parameters.around() != null) {
            return parameters.around();
        }
        if (parameters.launchKey() != null) {
            return goLives.firstDay(TicketDimension.LAUNCH, parameters.launchKey(), filters, scope)
                    .orElseThrow(() -> InvalidInputException.of("launchKey",
                            "no tickets in scope carry the launch '" + parameters.launchKey() + "'"));
        }
        List<String> markets = filters.getOrDefault(TicketDimension.MARKET, List.of());
        String market = markets.size() == 1 ? markets.get(0) : null;
        String sop = parameters.sopKey() + " v" + parameters.sopVersion();
        Optional<LocalDate> effective = sopDates.effectiveDate(parameters.sopKey(), parameters.sopVersion(), market);
        return effective.or(() -> goLives.firstDay(TicketDimension.SOP_VERSION, sop, filters, scope))
                .orElseThrow(() -> InvalidInputException.of("sopVersion",
                        Echoed.quoted(sop) + " was never published and no tickets in scope carry it"));
    }

    private TicketMeasures total(KpiQuery query, VendorScope scope) {
        return rollups.aggregate(query, scope).stream().map(KpiRow::measures).reduce(TicketMeasures.NONE, TicketMeasures::plus);
    }

    static Change change(Kpi kpi, TicketMeasures before, TicketMeasures after) {
        KpiDashboard.Tile tile = KpiDashboard.Tile.of(kpi, after, before);
        return new Change(KpiReport.Definition.of(kpi), tile.previous(), tile.value(), tile.change(), tile.relativeChange(),
                tile.verdict());
    }

    private static String basis(CompareParameters p) {
        return p.around() != null ? "date" : p.launchKey() != null ? "launch" : "sop";
    }

    private static String basisValue(CompareParameters p) {
        return p.around() != null ? p.around().toString() : p.launchKey() != null ? p.launchKey() : p.sopKey() + " v" + p.sopVersion();
    }
}
