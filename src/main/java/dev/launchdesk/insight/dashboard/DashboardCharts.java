package dev.launchdesk.insight.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.KpiQuery;
import dev.launchdesk.insight.kpi.KpiRow;
import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.shared.UserTexts;

/**
 * The chart data of the dashboard, shaped for ECharts in static/js/insights.js: a trend of the KPI per group, the
 * ticket volume by category per period, and the KPI per market × category. Each point carries what the drill-down
 * to the ticket list needs (the days of its period and its dimension values).
 */
final class DashboardCharts {

    /** Lines beyond this many groups (the biggest by tickets are kept) would not be readable; the table shows all. */
    static final int MAX_SERIES = 12;

    private DashboardCharts() {
    }

    static Map<String, Object> of(KpiQuery series, Kpi kpi, String ticketsUrl, List<KpiRow> trend, List<KpiRow> bars,
                                  List<KpiRow> heat, List<LocalDate> partialDays) {
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("kpi", label(KpiReport.Definition.of(kpi), kpi));
        charts.put("ticketsUrl", ticketsUrl);
        charts.put("from", series.from().toString());
        charts.put("to", series.to().toString());
        List<LocalDate> periods = periods(series);
        charts.put("periods", periods.stream().map(LocalDate::toString).toList());
        charts.put("periodEnds", periods.stream().map(p -> periodEnd(series, p).toString()).toList());
        // a period holding a day the imported tickets do not cover completely is drawn as partial
        charts.put("partial", periods.stream().map(p -> partialDays.stream()
                .anyMatch(d -> !d.isBefore(p) && !d.isAfter(periodEnd(series, p)))).toList());
        charts.put("trend", series(series.groupBy(), periods, trend, kpi, MAX_SERIES));
        charts.put("bars", series(List.of(TicketDimension.CATEGORY), periods, bars, Kpi.VOLUME, Integer.MAX_VALUE));
        charts.put("heat", heat(heat, kpi));
        return charts;
    }

    /** The chart names the KPI in the reader's language (the API's definition keeps Kpi.label()). */
    private static KpiReport.Definition label(KpiReport.Definition definition, Kpi kpi) {
        return new KpiReport.Definition(definition.name(), UserTexts.of("kpi." + kpi.name()), definition.unit(), definition.higherIsBetter());
    }

    /** Every period between the query's days, so days without tickets show as gaps rather than vanish. */
    static List<LocalDate> periods(KpiQuery query) {
        List<LocalDate> periods = new ArrayList<>();
        Granularity granularity = query.granularity();
        for (LocalDate d = granularity.periodOf(query.from()); !d.isAfter(query.to());
             d = granularity == Granularity.WEEK ? d.plusWeeks(1) : d.plusDays(1)) {
            periods.add(d);
        }
        return periods;
    }

    static LocalDate periodEnd(KpiQuery query, LocalDate period) {
        LocalDate end = query.granularity() == Granularity.WEEK ? period.plusDays(6) : period;
        return end.isAfter(query.to()) ? query.to() : end;
    }

    private static List<Map<String, Object>> series(List<TicketDimension> groupBy, List<LocalDate> periods, List<KpiRow> rows,
                                                    Kpi kpi, int limit) {
        Map<List<String>, Map<LocalDate, KpiRow>> byGroup = new LinkedHashMap<>();
        Map<List<String>, Long> tickets = new HashMap<>();
        for (KpiRow row : rows) {
            byGroup.computeIfAbsent(row.keys(), k -> new HashMap<>()).put(row.period(), row);
            tickets.merge(row.keys(), row.measures().tickets(), Long::sum);
        }
        List<List<String>> groups = byGroup.keySet().stream()
                .sorted(Comparator.comparing((List<String> g) -> -tickets.get(g)).thenComparing(g -> String.join(" · ", g)))
                .limit(limit).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (List<String> group : groups) {
            Map<String, String> dimensions = new LinkedHashMap<>();
            for (int i = 0; i < groupBy.size(); i++) {
                dimensions.put(groupBy.get(i).parameter(), group.get(i));
            }
            List<Double> values = periods.stream().map(p -> byGroup.get(group).get(p))
                    .map(r -> r == null ? null : KpiReport.orNull(r.value(kpi))).toList();
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("name", group.isEmpty() ? UserTexts.of("insights.chart.allTickets") : group.stream()
                    .map(k -> k.isEmpty() ? UserTexts.of("insights.dimension.none") : k)
                    .collect(Collectors.joining(" · ")));
            line.put("dimensions", dimensions);
            line.put("values", values);
            series.add(line);
        }
        return series;
    }

    private static Map<String, Object> heat(List<KpiRow> rows, Kpi kpi) {
        TreeSet<String> markets = new TreeSet<>();
        TreeSet<String> categories = new TreeSet<>();
        rows.forEach(r -> {
            markets.add(r.key(0));
            categories.add(r.key(1));
        });
        List<String> marketList = List.copyOf(markets);
        List<String> categoryList = List.copyOf(categories);
        List<List<Object>> cells = new ArrayList<>();
        for (KpiRow row : rows) {
            Double value = KpiReport.orNull(row.value(kpi));
            if (value != null) {
                cells.add(Arrays.asList(categoryList.indexOf(row.key(1)), marketList.indexOf(row.key(0)), value,
                        row.measures().tickets()));
            }
        }
        Map<String, Object> heat = new LinkedHashMap<>();
        heat.put("markets", marketList);
        heat.put("categories", categoryList);
        heat.put("cells", cells);
        return heat;
    }
}
