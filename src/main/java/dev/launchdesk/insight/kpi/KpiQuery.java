package dev.launchdesk.insight.kpi;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;

/**
 * Which tickets to count and how to group them: days {@code from}..{@code to} (inclusive, market-local
 * creation days), time buckets, a filter of allowed values per dimension and the dimensions to group by.
 */
public record KpiQuery(LocalDate from, LocalDate to, Granularity granularity,
                       Map<TicketDimension, List<String>> filters, List<TicketDimension> groupBy) {

    /** The longest range one query may span (about five years of days). */
    public static final int MAX_DAYS = 1_900;

    public KpiQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(granularity, "granularity");
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", UserTexts.of("problem.shared.field.to-before-from", from));
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw InvalidInputException.of("to", UserTexts.of("problem.insight.kpi.range-too-long", String.valueOf(MAX_DAYS)));
        }
        EnumMap<TicketDimension, List<String>> copy = new EnumMap<>(TicketDimension.class);
        (filters == null ? Map.<TicketDimension, List<String>>of() : filters).forEach((d, values) -> {
            if (values != null && !values.isEmpty()) {
                copy.put(d, List.copyOf(values));
            }
        });
        filters = Map.copyOf(copy);
        groupBy = groupBy == null ? List.of() : groupBy.stream().distinct().toList();
    }

    public static KpiQuery total(LocalDate from, LocalDate to) {
        return new KpiQuery(from, to, Granularity.TOTAL, Map.of(), List.of());
    }

    public KpiQuery withFilter(TicketDimension dimension, List<String> values) {
        EnumMap<TicketDimension, List<String>> more = new EnumMap<>(TicketDimension.class);
        more.putAll(filters);
        more.put(dimension, values);
        return new KpiQuery(from, to, granularity, more, groupBy);
    }

    public KpiQuery groupedBy(Granularity buckets, List<TicketDimension> dimensions) {
        return new KpiQuery(from, to, buckets, filters, dimensions);
    }

    public KpiQuery between(LocalDate start, LocalDate end) {
        return new KpiQuery(start, end, granularity, filters, groupBy);
    }
}
