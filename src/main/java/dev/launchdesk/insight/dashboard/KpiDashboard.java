package dev.launchdesk.insight.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.KpiQuery;
import dev.launchdesk.insight.kpi.KpiRow;
import dev.launchdesk.insight.kpi.TicketDimension;
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
                     KpiReport table, Map<String, Object> charts) {
    }

    private final TicketRollups rollups;
    private final Clock clock;

    KpiDashboard(TicketRollups rollups, Clock clock) {
        this.rollups = rollups;
        this.clock = clock;
    }

    /** The request's query with the default range filled in from the data in scope. */
    KpiQuery query(KpiParameters parameters, VendorScope scope) {
        Optional<LocalDate> lastDay = parameters.to() != null ? Optional.empty()
                : rollups.dataRange(scope).map(range -> range[1]);
        return parameters.query(lastDay, LocalDate.now(clock));
    }

    KpiReport report(KpiParameters parameters, VendorScope scope) {
        KpiQuery query = query(parameters, scope);
        return KpiReport.of(query, parameters.kpis(), rollups.aggregate(query, scope));
    }

    /** Tiles and table show every KPI; the charts show the first KPI asked for (volume when none was). */
    Dashboard dashboard(KpiParameters parameters, String ticketsUrl, VendorScope scope) {
        KpiQuery query = query(parameters, scope);
        Kpi kpi = parameters.primaryKpi();
        long days = ChronoUnit.DAYS.between(query.from(), query.to()) + 1;
        LocalDate previousTo = query.from().minusDays(1);
        LocalDate previousFrom = previousTo.minusDays(days - 1);
        TicketMeasures now = total(query, scope);
        TicketMeasures before = total(query.between(previousFrom, previousTo), scope);
        List<Kpi> all = List.of(Kpi.values());
        List<Tile> tiles = all.stream().map(k -> Tile.of(k, now, before)).toList();

        Granularity series = query.granularity() == Granularity.TOTAL ? Granularity.DAY : query.granularity();
        List<KpiRow> trend = rollups.aggregate(query.groupedBy(series, query.groupBy()), scope);
        List<KpiRow> bars = rollups.aggregate(query.groupedBy(series, List.of(TicketDimension.CATEGORY)), scope);
        List<KpiRow> heat = rollups.aggregate(query.groupedBy(Granularity.TOTAL,
                List.of(TicketDimension.MARKET, TicketDimension.CATEGORY)), scope);
        KpiQuery tableQuery = query.groupedBy(Granularity.TOTAL, query.groupBy());
        KpiReport table = KpiReport.of(tableQuery, all, rollups.aggregate(tableQuery, scope));
        Map<String, Object> charts = DashboardCharts.of(query.groupedBy(series, query.groupBy()), kpi, ticketsUrl, trend, bars, heat);
        return new Dashboard(query, kpi, previousFrom, previousTo, tiles, table, charts);
    }

    /** The values each filter list offers: those in the roll-up over the query's days, plus any already chosen. */
    Map<TicketDimension, List<String>> filterOptions(KpiQuery query, VendorScope scope) {
        Map<TicketDimension, List<String>> options = new EnumMap<>(TicketDimension.class);
        for (TicketDimension dimension : TicketDimension.values()) {
            Set<String> values = new LinkedHashSet<>(rollups.values(dimension, query.from(), query.to(), scope));
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
