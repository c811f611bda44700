package dev.launchdesk.insight.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.util.MultiValueMap;

import dev.launchdesk.insight.kpi.TicketDimension;

/**
 * The root-cause page's form as the query string gives it: KPI, the two periods, market and vendor filters (other
 * dimensions' filters arrive from links), the dimensions to analyse and what to do with an overall change.
 */
record RcaForm(String kpi, String from, String to, String baselineFrom, String baselineTo, String market, String vendor,
               Map<String, List<String>> otherFilters, List<String> dimensions, String overallChange) {

    /** The parameters that make the page run the analysis rather than only show the form. */
    static final List<String> RUN_PARAMETERS = List.of("kpi", "from", "to", "baselineFrom", "baselineTo");

    static boolean asksToRun(MultiValueMap<String, String> parameters) {
        return RUN_PARAMETERS.stream().anyMatch(parameters::containsKey);
    }

    /** The form of the query string; without dates, the last 7 days with data against the 28 days before. */
    static RcaForm of(MultiValueMap<String, String> parameters, Optional<LocalDate> lastDay) {
        Map<String, List<String>> others = new LinkedHashMap<>();
        for (TicketDimension d : TicketDimension.values()) {
            List<String> values = parameters.get(d.parameter());
            if (d != TicketDimension.MARKET && d != TicketDimension.VENDOR && values != null) {
                others.put(d.parameter(), values.stream().filter(v -> v != null && !v.isBlank()).toList());
            }
        }
        String from = parameters.getFirst("from");
        String to = parameters.getFirst("to");
        String baselineFrom = parameters.getFirst("baselineFrom");
        String baselineTo = parameters.getFirst("baselineTo");
        if (blank(from) && blank(to) && lastDay.isPresent()) {
            ComparedPeriods defaults = Period.LAST_7.of(lastDay.get());
            from = defaults.from().toString();
            to = defaults.to().toString();
        }
        List<String> dimensions = parameters.containsKey("dimensions") ? split(parameters.get("dimensions"))
                : RootCauseQuery.DEFAULT_DIMENSIONS.stream().map(TicketDimension::parameter).toList();
        return new RcaForm(orDefault(parameters.getFirst("kpi"), "volume"), from, to, baselineFrom, baselineTo,
                orDefault(parameters.getFirst("market"), ""), orDefault(parameters.getFirst("vendor"), ""), others,
                dimensions, orDefault(parameters.getFirst("overallChange"), OverallChange.KEEP.parameter()));
    }

    RootCauseQuery.Input input() {
        Map<String, List<String>> filters = new LinkedHashMap<>(otherFilters);
        filters.put("market", blank(market) ? List.of() : List.of(market));
        filters.put("vendor", blank(vendor) ? List.of() : List.of(vendor));
        return new RootCauseQuery.Input(kpi, from, to, baselineFrom, baselineTo, filters, dimensions, overallChange);
    }

    public boolean analyses(String dimension) {
        return dimensions.contains(dimension);
    }

    /** The quick choices of periods, each ending on the last day with data. */
    enum Period {
        LAST_7("rca.quick.last7"), LAST_WEEK("rca.quick.lastWeek"), LAST_DAY("rca.quick.lastDay"), LAST_28("rca.quick.last28");

        private final String label;

        Period(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        ComparedPeriods of(LocalDate lastDay) {
            return switch (this) {
                case LAST_7 -> ComparedPeriods.withFourWeeksBefore(lastDay.minusDays(6), lastDay);
                case LAST_WEEK -> {
                    LocalDate sunday = lastDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
                    yield ComparedPeriods.withFourWeeksBefore(sunday.minusDays(6), sunday);
                }
                case LAST_DAY -> ComparedPeriods.withFourWeeksBefore(lastDay, lastDay);
                case LAST_28 -> ComparedPeriods.withFourWeeksBefore(lastDay.minusDays(27), lastDay);
            };
        }
    }

    private static List<String> split(List<String> values) {
        List<String> parts = new ArrayList<>();
        values.forEach(v -> parts.addAll(List.of(v.split(","))));
        return parts.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String orDefault(String value, String fallback) {
        return blank(value) ? fallback : value.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
