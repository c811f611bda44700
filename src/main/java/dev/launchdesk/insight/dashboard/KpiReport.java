package dev.launchdesk.insight.dashboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.KpiQuery;
import dev.launchdesk.insight.kpi.KpiRow;
import dev.launchdesk.insight.kpi.TicketDimension;

/**
 * The answer of the KPI API and the content of the exports: the query as run (defaults filled in), the definitions
 * of the KPIs asked for, and one row per period and group with each KPI's value ({@code null} when undefined, e.g.
 * no resolved tickets for the resolution time).
 */
public record KpiReport(LocalDate from, LocalDate to, String granularity, List<String> groupBy, Map<String, List<String>> filters,
                 List<Definition> kpis, List<Line> rows) {

    /** What a KPI means: its API name, label, unit and whether a higher value is better. */
    public record Definition(String name, String label, String unit, boolean higherIsBetter) {
        static Definition of(Kpi kpi) {
            return new Definition(kpi.parameter(), kpi.label(), kpi.unit().name().toLowerCase().replace('_', '-'), kpi.higherIsBetter());
        }
    }

    /** One period (first day; {@code null} for the total over the range) of one group. */
    public record Line(LocalDate period, Map<String, String> dimensions, long tickets, Map<String, Double> values) {
    }

    static KpiReport of(KpiQuery query, List<Kpi> kpis, List<KpiRow> rows) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        query.filters().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> filters.put(e.getKey().parameter(), e.getValue()));
        return new KpiReport(query.from(), query.to(), query.granularity().name().toLowerCase(),
                query.groupBy().stream().map(TicketDimension::parameter).toList(), filters,
                kpis.stream().map(Definition::of).toList(), rows.stream().map(r -> line(query, kpis, r)).toList());
    }

    private static Line line(KpiQuery query, List<Kpi> kpis, KpiRow row) {
        Map<String, String> dimensions = new LinkedHashMap<>();
        for (int i = 0; i < query.groupBy().size(); i++) {
            dimensions.put(query.groupBy().get(i).parameter(), row.key(i));
        }
        Map<String, Double> values = new LinkedHashMap<>();
        kpis.forEach(kpi -> values.put(kpi.parameter(), orNull(row.value(kpi))));
        return new Line(row.period(), dimensions, row.measures().tickets(), values);
    }

    static Double orNull(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }
}
