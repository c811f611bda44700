package dev.launchdesk.insight.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.insight.kpi.KpiQuery;
import dev.launchdesk.insight.kpi.TicketDimension;

/** The links of the insight pages, each keeping the current days and filters ({@code ${links.tickets()}} in templates). */
public final class InsightLinks {

    private final KpiParameters parameters;
    private final KpiQuery query;

    InsightLinks(KpiParameters parameters, KpiQuery query) {
        this.parameters = parameters;
        this.query = query;
    }

    /** The KPI table as shown: one row per group over the whole range. */
    public String export(String format) {
        MultiValueMap<String, String> params = table();
        params.set("granularity", "total");
        params.add("format", format);
        return "/insights/export" + queryString(params);
    }

    /** The rows per day or week of each group (the trend's data). */
    public String exportPeriods(String format) {
        MultiValueMap<String, String> params = table();
        Granularity series = query.granularity() == Granularity.TOTAL ? Granularity.DAY : query.granularity();
        params.set("granularity", series.name().toLowerCase());
        params.add("format", format);
        return "/insights/export" + queryString(params);
    }

    public String tickets() {
        return "/insights/tickets" + queryString(withRange(query));
    }

    /** The tickets of one group of the KPI table (the group's values replace the filters of their dimensions). */
    public String ticketsOf(Map<String, String> dimensions) {
        MultiValueMap<String, String> params = withRange(query);
        dimensions.forEach((dimension, value) -> {
            if (value != null && !value.isEmpty()) {
                params.set(dimension, value);
            }
        });
        return "/insights/tickets" + queryString(params);
    }

    public String dashboard() {
        MultiValueMap<String, String> params = table();
        params.set("granularity", query.granularity().name().toLowerCase());
        params.add("kpi", parameters.primaryKpi().parameter());
        return "/insights" + queryString(params);
    }

    /** The dashboard as shown, but up to the given day (e.g. a partial day the default range leaves out). */
    public String dashboardTo(java.time.LocalDate to) {
        MultiValueMap<String, String> params = table();
        params.set("to", to.toString());
        params.set("granularity", query.granularity().name().toLowerCase());
        params.add("kpi", parameters.primaryKpi().parameter());
        return "/insights" + queryString(params);
    }

    public String compare() {
        return "/insights/compare" + queryString(filters(query.filters()));
    }

    private MultiValueMap<String, String> table() {
        MultiValueMap<String, String> params = withRange(query);
        query.groupBy().forEach(d -> params.add("groupBy", d.parameter()));
        return params;
    }

    static MultiValueMap<String, String> withRange(KpiQuery query) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("from", query.from().toString());
        params.add("to", query.to().toString());
        params.addAll(filters(query.filters()));
        return params;
    }

    static MultiValueMap<String, String> filters(Map<TicketDimension, List<String>> filters) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        filters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> e.getValue().forEach(v -> params.add(e.getKey().parameter(), v)));
        return params;
    }

    static String queryString(MultiValueMap<String, String> params) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        params.forEach((name, values) -> values.forEach(v -> query.add(encode(name) + "=" + encode(v))));
        return query.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
