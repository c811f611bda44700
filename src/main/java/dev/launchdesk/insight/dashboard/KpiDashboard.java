package dev.launchdesk.insight.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import dev.launchdesk.insight.kpi.Coverage;
import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.KpiQuery;
import dev.launchdesk.insight.kpi.KpiRow;
import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.insight.kpi.TicketCoverage;
import dev.launchdesk.insight.kpi.TicketMeasures;
import dev.launchdesk.insight.kpi.TicketRollups;
import dev.launchdesk.shared.VendorScope;

/** The KPI dashboard's reads, all from the daily roll-up through {@link TicketRollups}, always in the caller's vendor scope. */
@Service
class KpiDashboard {

    /** A KPI over the range, the previous range of equal length, and the change between them. */
    public record Tile(Kpi kpi, Double value, Double previous, Double change, Double relativeChange, String verdict) {

        static Tile of(Kpi kpi, TicketMeasures now, TicketMeasures before) {
            Double value = KpiReport.orNull(kpi.value(now));
            Double previous = KpiReport.orNull(kpi.value(before));
            if (value == null || previous == null) {
                return new Tile(kpi, value, previous, null, null, null);
            }
            double change = value - previous;
            Double relative = previous == 0 ? null : change / Math.abs(previous);
            return new Tile(kpi, value, previous, change, relative, verdict(kpi, change));
        }

        /** "good", "bad" or "flat", by the direction the KPI should move in. */
        static String verdict(Kpi kpi, double change) {
            if (change == 0) {
                return "flat";
            }
            return (change > 0) == kpi.higherIsBetter() ? "good" : "bad";
        }
    }

    /** Everything the dashboard page shows; {@code charts} is the chart data handed to insights.js as JSON. */
    public record Dashboard(KpiQuery query, Kpi kpi, LocalDate previousFrom, LocalDate previousTo, List<Tile> tiles,
                     KpiReport table, Map<String, Object> charts, Edge edge) {
    }

    /**
     * Where the imported tickets end for the dashboard's markets: the newest complete day, the moment the tickets are
     * imported up to, the range's partial days, and the partial day with tickets a default range leaves out.
     */
    public record Edge(LocalDate lastCompleteDay, Instant importedUpTo, List<LocalDate> partialDays, LocalDate partialLeftOut) {

        public boolean hasPartialDays() {
            return !partialDays.isEmpty();
        }

        /** "2026-11-25 04:59 UTC", or "–" without tickets. */
        public String importedUpToText() {
            return text(importedUpTo);
        }

        /** "2026-11-25 04:59 UTC", or "–" for none. */
        static String text(Instant importedUpTo) {
            return importedUpTo == null ? "–" : UP_TO.format(importedUpTo) + " UTC";
        }

        private static final java.time.format.DateTimeFormatter UP_TO = java.time.format.DateTimeFormatter
                .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC);
    }

    private final TicketRollups rollups;
    private final TicketCoverage coverage;
    private final OrderVolumes orders;
    private final Clock clock;

    KpiDashboard(TicketRollups rollups, TicketCoverage coverage, OrderVolumes orders, Clock clock) {
        this.rollups = rollups;
        this.coverage = coverage;
        this.orders = orders;
        this.clock = clock;
    }

    /**
     * The request's query with the default range filled in from the data in scope: it ends on the newest day that is
     * both complete (for the markets filtered, else all) and has tickets in scope, so a partial last day of an import
     * neither shifts the range nor drops the trend.
     */
    KpiQuery query(KpiParameters parameters, VendorScope scope) {
        if (parameters.to() != null) {
            return parameters.query(Optional.empty(), LocalDate.now(clock));
        }
        Optional<LocalDate> lastWithData = rollups.dataRange(scope).map(range -> range[1]);
        return parameters.query(coverage.coverage().lastCompleteDayWithData(lastWithData,
                parameters.filterValues(TicketDimension.MARKET)), LocalDate.now(clock));
    }

    /** Where the tickets end for the query's markets: its partial days, and the partial day a default range left out. */
    Edge edge(KpiParameters parameters, KpiQuery query, VendorScope scope) {
        Coverage covered = coverage.coverage();
        List<String> markets = parameters.filterValues(TicketDimension.MARKET);
        LocalDate complete = covered.lastCompleteDay(markets).orElse(null);
        List<LocalDate> partial = new ArrayList<>();
        for (LocalDate d = query.from(); !d.isAfter(query.to()); d = d.plusDays(1)) {
            if (complete == null || d.isAfter(complete)) {
                partial.add(d);
            }
        }
        LocalDate leftOut = null;
        if (parameters.to() == null && complete != null) {
            Optional<LocalDate> lastWithData = rollups.dataRange(scope).map(range -> range[1]);
            if (lastWithData.isPresent() && lastWithData.get().isAfter(query.to())) {
                leftOut = query.to().plusDays(1);
            }
        }
        return new Edge(complete, covered.importedUpTo().orElse(null), List.copyOf(partial), leftOut);
    }

    KpiReport report(KpiParameters parameters, VendorScope scope) {
        KpiQuery query = query(parameters, scope);
        return KpiReport.of(query, parameters.kpis(), rollups.aggregate(query, scope));
    }

    /**
     * Tiles and table show every KPI; the charts show the first KPI asked for (volume when none was). One roll-up
     * read per period and market × category × the group-by feeds the trend, the bars, the heat map, the table and the
     * tiles (folded in memory); a second one gives the previous range's total.
     */
    Dashboard dashboard(KpiParameters parameters, String ticketsUrl, VendorScope scope) {
        KpiQuery query = query(parameters, scope);
        Kpi kpi = parameters.primaryKpi();
        long days = ChronoUnit.DAYS.between(query.from(), query.to()) + 1;
        LocalDate previousTo = query.from().minusDays(1);
        LocalDate previousFrom = previousTo.minusDays(days - 1);

        Granularity series = query.granularity() == Granularity.TOTAL ? Granularity.DAY : query.granularity();
        List<TicketDimension> fineKeys = new ArrayList<>(query.groupBy());
        for (TicketDimension needed : List.of(TicketDimension.MARKET, TicketDimension.CATEGORY)) {
            if (!fineKeys.contains(needed)) {
                fineKeys.add(needed);
            }
        }
        KpiQuery fine = query.groupedBy(series, fineKeys);
        RollupFold fold = new RollupFold(fine, rollups.aggregate(fine, scope), orders.between(query.from(), query.to()));
        TicketMeasures now = fold.fold(true, List.of()).stream().map(KpiRow::measures).findFirst().orElse(TicketMeasures.NONE);
        TicketMeasures before = total(query.between(previousFrom, previousTo), scope);
        List<Kpi> all = List.of(Kpi.values());
        List<Tile> tiles = all.stream().map(k -> Tile.of(k, now, before)).toList();

        List<KpiRow> trend = fold.fold(false, query.groupBy());
        List<KpiRow> bars = fold.fold(false, List.of(TicketDimension.CATEGORY));
        List<KpiRow> heat = fold.fold(true, List.of(TicketDimension.MARKET, TicketDimension.CATEGORY));
        KpiQuery tableQuery = query.groupedBy(Granularity.TOTAL, query.groupBy());
        KpiReport table = KpiReport.of(tableQuery, all, fold.fold(true, query.groupBy()));
        Edge edge = edge(parameters, query, scope);
        Map<String, Object> charts = DashboardCharts.of(query.groupedBy(series, query.groupBy()), kpi, ticketsUrl, trend, bars, heat,
                edge.partialDays());
        return new Dashboard(query, kpi, previousFrom, previousTo, tiles, table, charts, edge);
    }

    /** The values each filter list offers: those in the roll-up over the query's days, plus any already chosen. */
    Map<TicketDimension, List<String>> filterOptions(KpiQuery query, VendorScope scope) {
        Map<TicketDimension, List<String>> found = rollups.valuesOfEvery(query.from(), query.to(), scope);
        Map<TicketDimension, List<String>> options = new EnumMap<>(TicketDimension.class);
        for (TicketDimension dimension : TicketDimension.values()) {
            Set<String> values = new LinkedHashSet<>(found.get(dimension));
            values.addAll(query.filters().getOrDefault(dimension, List.of()));
            values.remove("");
            options.put(dimension, List.copyOf(values));
        }
        return options;
    }

    TicketMeasures total(KpiQuery query, VendorScope scope) {
        return rollups.aggregate(query.groupedBy(Granularity.TOTAL, List.of()), scope).stream()
                .map(KpiRow::measures).reduce(TicketMeasures.NONE, TicketMeasures::plus);
    }
}
