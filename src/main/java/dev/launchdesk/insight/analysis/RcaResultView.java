package dev.launchdesk.insight.analysis;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.TicketDimension;

/** A root-cause report as the page shows it: sentences, formatted numbers, drill-down links and the chart's data. */
record RcaResultView(RootCauseReport report, String explanation, String measureLabel, String totalReal, String totalExpected,
                     String deviation, String kpiBefore, String kpiAfter, String typicalChange, List<CauseRow> causes,
                     List<LeafRow> leaves, String chartJson) {

    /**
     * One root cause: its sentence, numbers and links to its tickets and to the before/after view, and the fields of its
     * refresher form ({@code null} when the cause names no market, or neither an issue category nor an SOP).
     */
    record CauseRow(int rank, String sentence, String slice, String real, String expected, String explains, String score,
                    String kpiBefore, String kpiAfter, String ticketsUrl, String compareUrl, Map<String, String> refresher) {
    }

    record LeafRow(String slice, String real, String expected, String deviation) {
    }

    /** The view, each root cause's before/after link centred on the change {@code changes} finds behind it (if any). */
    static RcaResultView of(RootCauseReport report, RcaWording wording, Locale locale, ObjectMapper json,
                            Function<Map<String, String>, Optional<SliceChanges.Change>> changes) {
        List<CauseRow> causes = new ArrayList<>();
        for (RootCauseReport.Finding f : report.rootCauses()) {
            causes.add(new CauseRow(causes.size() + 1, wording.sentence(report, f, locale), RcaWording.slice(f.dimensions()),
                    wording.amount(report, f.real(), locale), wording.amount(report, f.expected(), locale),
                    percent(f.explains(), locale), decimal(f.score(), 2, locale), kpi(report.query().kpi(), f.kpiBefore(), locale),
                    kpi(report.query().kpi(), f.kpiAfter(), locale), ticketsUrl(report, f.dimensions()),
                    compareUrl(report, f.dimensions(), changes.apply(f.dimensions())), refresher(report, f.dimensions())));
        }
        List<LeafRow> leaves = report.topLeaves().stream().map(l -> new LeafRow(RcaWording.slice(l.dimensions()),
                wording.amount(report, l.real(), locale), wording.amount(report, l.expected(), locale),
                signed(wording.amount(report, Math.abs(l.real() - l.expected()), locale), l.real() - l.expected()))).toList();
        Kpi kpi = report.query().kpi();
        return new RcaResultView(report, wording.explanation(report, locale), wording.measureLabel(report, locale),
                wording.amount(report, report.totalReal(), locale), wording.amount(report, report.totalExpected(), locale),
                signed(wording.amount(report, Math.abs(report.deviation()), locale), report.deviation()),
                kpi(kpi, report.kpiBefore(), locale), kpi(kpi, report.kpiAfter(), locale),
                signed(percent(Math.abs(report.typicalChange() - 1), locale), report.typicalChange() - 1),
                List.copyOf(causes), leaves, chart(report, json));
    }

    /** The dimensions with one value everywhere, as "vendor = NCS". */
    public String constants() {
        return RcaWording.slice(report.constantDimensions());
    }

    /** The ticket list of a slice: the analysis' filters narrowed to the root cause's values, in the comparison period. */
    static String ticketsUrl(RootCauseReport report, Map<String, String> dimensions) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/insights/tickets");
        sliceParameters(report, dimensions).forEach((name, values) -> values.forEach(v -> uri.queryParam(name, v)));
        return uri.queryParam("from", report.periods().from()).queryParam("to", report.periods().to()).encode().build().toUriString();
    }

    /**
     * The before/after view for the slice, centred on the change behind it — the SOP version's effective date or the
     * launch's go-live — or, when none took effect in the periods, on the start of the comparison period.
     */
    static String compareUrl(RootCauseReport report, Map<String, String> dimensions, Optional<SliceChanges.Change> change) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/insights/compare");
        if (change.isEmpty()) {
            uri.queryParam("around", report.periods().from());
        } else if (change.get().dimension() == TicketDimension.SOP_VERSION) {
            uri.queryParam("sopVersion", change.get().value());
        } else {
            uri.queryParam("launchKey", change.get().value());
        }
        uri.queryParam("kpi", report.query().kpi().parameter());
        sliceParameters(report, dimensions).forEach((name, values) -> values.forEach(v -> uri.queryParam(name, v)));
        return uri.encode().build().toUriString();
    }

    /**
     * The slice a refresher is for: market, vendor, site, issue category and SOP version, each from the root cause or from
     * a filter of the analysis to one value; with the comparison period. Null without a market or without a category or SOP.
     */
    static Map<String, String> refresher(RootCauseReport report, Map<String, String> dimensions) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (TicketDimension d : List.of(TicketDimension.MARKET, TicketDimension.VENDOR, TicketDimension.SITE, TicketDimension.CATEGORY,
                TicketDimension.SOP_VERSION)) {
            List<String> filtered = report.query().filters().getOrDefault(d, List.of());
            String value = dimensions.containsKey(d.parameter()) ? dimensions.get(d.parameter()) : filtered.size() == 1 ? filtered.get(0) : null;
            if (value != null && !value.isBlank()) {
                fields.put(d.parameter(), value);
            }
        }
        if (!fields.containsKey("market") || !(fields.containsKey("category") || fields.containsKey("sop"))) {
            return null;
        }
        fields.put("from", report.periods().from().toString());
        fields.put("to", report.periods().to().toString());
        return fields;
    }

    private static Map<String, List<String>> sliceParameters(RootCauseReport report, Map<String, String> dimensions) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (TicketDimension d : TicketDimension.values()) {
            if (dimensions.containsKey(d.parameter())) {
                parameters.put(d.parameter(), List.of(dimensions.get(d.parameter())));
            } else if (report.query().filters().containsKey(d)) {
                parameters.put(d.parameter(), report.query().filters().get(d));
            }
        }
        return parameters;
    }

    /** Real and expected of the root causes, then of the leaves furthest off, at most ten bars, in display units. */
    private static String chart(RootCauseReport report, ObjectMapper json) {
        long divisor = RootCauseMeasure.of(report.query().kpi()).displayDivisor();
        List<String> labels = new ArrayList<>();
        List<Double> real = new ArrayList<>();
        List<Double> expected = new ArrayList<>();
        int rank = 1;
        for (RootCauseReport.Finding f : report.rootCauses()) {
            labels.add("#" + rank++ + " " + shortSlice(f.dimensions()));
            real.add(round(f.real() / divisor));
            expected.add(round(f.expected() / divisor));
        }
        for (RootCauseReport.LeafDeviation l : report.topLeaves()) {
            if (labels.size() >= RootCauseReport.TOP_LEAVES) {
                break;
            }
            labels.add(shortSlice(l.dimensions()));
            real.add(round(l.real() / divisor));
            expected.add(round(l.expected() / divisor));
        }
        try {
            return json.writeValueAsString(Map.of("labels", labels, "real", real, "expected", expected));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data", e);
        }
    }

    private static String shortSlice(Map<String, String> dimensions) {
        return dimensions.values().stream().map(v -> v.isEmpty() ? "–" : v).collect(Collectors.joining(" · "));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String kpi(Kpi kpi, Double value, Locale locale) {
        if (value == null) {
            return "–";
        }
        return switch (kpi.unit()) {
            case COUNT -> decimal(value, 1, locale) + " /day";
            case PER_THOUSAND -> decimal(value, 2, locale) + " per 1,000 orders";
            case MINUTES -> decimal(value, 1, locale) + " min";
            case HOURS -> decimal(value, 1, locale) + " h";
            case PERCENT -> decimal(value, 1, locale) + " %";
        };
    }

    private static String percent(double share, Locale locale) {
        return decimal(share * 100, 0, locale) + " %";
    }

    private static String signed(String amount, double sign) {
        return (sign >= 0 ? "+" : "−") + amount;
    }

    private static String decimal(double value, int digits, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(digits);
        format.setMinimumFractionDigits(digits);
        return format.format(value);
    }
}
