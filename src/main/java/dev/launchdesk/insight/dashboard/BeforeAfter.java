package dev.launchdesk.insight.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dev.launchdesk.insight.kpi.Coverage;
import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.KpiQuery;
import dev.launchdesk.insight.kpi.KpiRow;
import dev.launchdesk.insight.kpi.TicketCoverage;
import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.insight.kpi.TicketMeasures;
import dev.launchdesk.insight.kpi.TicketRollups;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;
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

    /**
     * The comparison: {@code days} is the number of days compared on each side — fewer than asked
     * ({@code daysAsked}) when the imported tickets do not yet cover that many complete days from the date on, as
     * days that are not complete are never judged. The trend shows every day asked for, {@code trendPartial} marking
     * those that are not complete ({@code importedUpTo}: the newest imported ticket's creation time).
     */
    public record Comparison(LocalDate around, String basis, String basisValue, int days, int daysAsked, LocalDate beforeFrom,
                      LocalDate beforeTo, LocalDate afterFrom, LocalDate afterTo, Map<String, List<String>> filters,
                      long ticketsBefore, long ticketsAfter, List<Change> kpis, List<LocalDate> trendDays,
                      List<Boolean> trendPartial, Map<String, List<Double>> trend, Instant importedUpTo) {

        /** Whether fewer days are compared than asked for, because the later ones are not complete yet. */
        public boolean shortened() {
            return days < daysAsked;
        }

        /** "2026-11-25 04:59 UTC", or "–" without tickets. */
        public String importedUpToText() {
            return KpiDashboard.Edge.text(importedUpTo);
        }
    }

    private final TicketRollups rollups;
    private final TicketCoverage coverage;
    private final GoLives goLives;
    private final SopEffectiveDates sopDates;

    BeforeAfter(TicketRollups rollups, TicketCoverage coverage, GoLives goLives, SopEffectiveDates sopDates) {
        this.rollups = rollups;
        this.coverage = coverage;
        this.goLives = goLives;
        this.sopDates = sopDates;
    }

    Comparison compare(CompareParameters parameters, VendorScope scope) {
        if (!parameters.chosen()) {
            throw InvalidInputException.of("around", UserTexts.of("problem.insight.before-after.around-required"));
        }
        int asked = parameters.days();
        KpiParameters p = parameters.filters();
        LocalDate around = around(parameters, p.filters(), scope);
        List<String> markets = p.filters().getOrDefault(TicketDimension.MARKET, List.of());
        Coverage covered = coverage.coverage();
        int days = comparedDays(parameters, around, asked, covered, markets);
        LocalDate beforeFrom = around.minusDays(days);
        LocalDate afterTo = around.plusDays(days - 1L);
        TicketMeasures before = total(new KpiQuery(beforeFrom, around.minusDays(1), Granularity.TOTAL, p.filters(), List.of()), scope);
        TicketMeasures after = total(new KpiQuery(around, afterTo, Granularity.TOTAL, p.filters(), List.of()), scope);
        List<Change> changes = p.kpis().stream().map(k -> change(k, before, after)).toList();
        LocalDate shownFrom = around.minusDays(asked);
        LocalDate shownTo = around.plusDays(asked - 1L);
        List<KpiRow> daily = rollups.aggregate(new KpiQuery(shownFrom, shownTo, Granularity.DAY, p.filters(), List.of()), scope);
        List<LocalDate> trendDays = new ArrayList<>();
        List<Boolean> trendPartial = new ArrayList<>();
        for (LocalDate d = shownFrom; !d.isAfter(shownTo); d = d.plusDays(1)) {
            trendDays.add(d);
            trendPartial.add(covered.importedUpTo().isPresent() && !covered.complete(d, markets));
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
        return new Comparison(around, basis(parameters), basisValue(parameters), days, asked, beforeFrom, around.minusDays(1), around,
                afterTo, shown, before.tickets(), after.tickets(), changes, trendDays, List.copyOf(trendPartial), trend,
                covered.importedUpTo().orElse(null));
    }

    /**
     * How many days are compared on each side: those asked for, but no day from the date on that the imported tickets
     * do not cover completely (the markets filtered, else all), and as many before as after, so that volumes compare.
     */
    private static int comparedDays(CompareParameters parameters, LocalDate around, int asked, Coverage covered, List<String> markets) {
        Optional<LocalDate> lastComplete = covered.lastCompleteDay(markets);
        if (lastComplete.isEmpty() || !around.plusDays(asked - 1L).isAfter(lastComplete.get())) {
            return asked;
        }
        long complete = java.time.temporal.ChronoUnit.DAYS.between(around, lastComplete.get()) + 1;
        if (complete < 1) {
            throw InvalidInputException.of(basisField(parameters),
                    UserTexts.of("problem.insight.before-after.no-complete-day", around, lastComplete.get()));
        }
        return (int) complete;
    }

    private static String basisField(CompareParameters p) {
        return p.around() != null ? "around" : p.launchKey() != null ? "launchKey" : "sopVersion";
    }

    private LocalDate around(CompareParameters parameters, Map<TicketDimension, List<String>> filters, VendorScope scope) {
        if (parameters.around() != null) {
            return parameters.around();
        }
        if (parameters.launchKey() != null) {
            return goLives.firstDay(TicketDimension.LAUNCH, parameters.launchKey(), filters, scope)
                    .orElseThrow(() -> InvalidInputException.of("launchKey",
                            UserTexts.of("problem.insight.before-after.launch-unknown", parameters.launchKey())));
        }
        List<String> markets = filters.getOrDefault(TicketDimension.MARKET, List.of());
        String market = markets.size() == 1 ? markets.get(0) : null;
        String sop = parameters.sopKey() + " v" + parameters.sopVersion();
        Optional<LocalDate> effective = sopDates.effectiveDate(parameters.sopKey(), parameters.sopVersion(), market);
        return effective.or(() -> goLives.firstDay(TicketDimension.SOP_VERSION, sop, filters, scope))
                .orElseThrow(() -> InvalidInputException.of("sopVersion",
                        UserTexts.of("problem.insight.before-after.sop-version-unknown", Echoed.quoted(sop))));
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
