package dev.launchdesk.insight.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.util.MultiValueMap;

import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.KpiQuery;
import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.Echoed;
import dev.launchdesk.shared.UserTexts;

/**
 * The query parameters every dashboard page and KPI endpoint shares, parsed and checked: {@code from}, {@code to}
 * (ISO days, optional), {@code granularity} (day|week|total), {@code groupBy} (dimension names, repeated or
 * comma-separated), one repeatable filter parameter per dimension ({@code market=ID&market=MY}) and {@code kpi}
 * (KPI names, repeated or comma-separated; none = all). Blank values (an empty select option) count as absent.
 * A bad value answers 400 naming the parameter.
 */
public record KpiParameters(LocalDate from, LocalDate to, Granularity granularity, Map<TicketDimension, List<String>> filters,
                     List<TicketDimension> groupBy, List<Kpi> kpis) {

    /** The range shown when the request names none: four weeks up to the last day with data. */
    static final int DEFAULT_DAYS = 28;

    public KpiParameters {
        filters = Map.copyOf(filters);
        groupBy = List.copyOf(groupBy);
        kpis = kpis.isEmpty() ? List.of(Kpi.values()) : List.copyOf(kpis);
    }

    static KpiParameters parse(MultiValueMap<String, String> params, Granularity defaultGranularity) {
        LocalDate from = day(params, "from");
        LocalDate to = day(params, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.of("to", UserTexts.of("problem.shared.field.to-before-from", from));
        }
        Granularity granularity = first(params, "granularity").map(KpiParameters::granularity).orElse(defaultGranularity);
        Map<TicketDimension, List<String>> filters = new EnumMap<>(TicketDimension.class);
        for (TicketDimension dimension : TicketDimension.values()) {
            List<String> values = values(params, dimension.parameter(), false);
            if (!values.isEmpty()) {
                filters.put(dimension, values);
            }
        }
        List<TicketDimension> groupBy = values(params, "groupBy", true).stream()
                .map(name -> TicketDimension.fromParameter(name).orElseThrow(() -> InvalidInputException.of("groupBy",
                        UserTexts.of("problem.insight.kpi.dimension-unknown", name, names(TicketDimension.values())))))
                .distinct().toList();
        List<Kpi> kpis = values(params, "kpi", true).stream()
                .map(name -> Kpi.fromParameter(name).orElseThrow(() -> InvalidInputException.of("kpi",
                        UserTexts.of("problem.insight.kpi.kpi-unknown", name, names(Kpi.values())))))
                .distinct().toList();
        return new KpiParameters(from, to, granularity, filters, groupBy, kpis);
    }

    /**
     * The query over the requested days; a missing end is the last day with data in scope (today when there is
     * none), a missing start lies {@link #DEFAULT_DAYS} days before the end.
     */
    KpiQuery query(Optional<LocalDate> lastDayWithData, LocalDate today) {
        LocalDate end = to;
        if (end == null) {
            end = lastDayWithData.orElse(today);
            if (from != null && end.isBefore(from)) {
                end = from.plusDays(DEFAULT_DAYS - 1);
            }
        }
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1);
        return new KpiQuery(start, end, granularity, filters, groupBy);
    }

    /** The KPI a page charts: the first one asked for (volume when none was). */
    public Kpi primaryKpi() {
        return kpis.size() == Kpi.values().length ? Kpi.VOLUME : kpis.get(0);
    }

    public List<String> filterValues(TicketDimension dimension) {
        return filters.getOrDefault(dimension, List.of());
    }

    private static Granularity granularity(String value) {
        return Arrays.stream(Granularity.values()).filter(g -> g.name().equalsIgnoreCase(value.trim())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("granularity", UserTexts.of("problem.insight.kpi.granularity-unknown", value)));
    }

    private static LocalDate day(MultiValueMap<String, String> params, String name) {
        Optional<String> value = first(params, name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value.get().trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, UserTexts.of("problem.shared.field.date-invalid", Echoed.quoted(value.get())));
        }
    }

    static Optional<String> first(MultiValueMap<String, String> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.stream().filter(v -> v != null && !v.isBlank()).findFirst();
    }

    private static List<String> values(MultiValueMap<String, String> params, String name, boolean commaSeparated) {
        List<String> values = new ArrayList<>();
        for (String value : params.getOrDefault(name, List.of())) {
            if (value == null) {
                continue;
            }
            List<String> parts = commaSeparated ? Arrays.asList(value.split(",")) : List.of(value);
            parts.stream().map(String::trim).filter(v -> !v.isEmpty() && !values.contains(v)).forEach(values::add);
        }
        return values;
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v instanceof Kpi k ? k.parameter()
                : v instanceof TicketDimension d ? d.parameter() : v.name().toLowerCase(Locale.ROOT)).toList().toString();
    }
}
