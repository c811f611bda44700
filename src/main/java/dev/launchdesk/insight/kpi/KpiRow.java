package dev.launchdesk.insight.kpi;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One group of a KPI query: the first day of its time bucket ({@code null} for a total), its values of the
 * query's group-by dimensions (same order) and the summed measures.
 */
public record KpiRow(LocalDate period, List<String> keys, TicketMeasures measures) {

    /** By period (totals first), then by keys. */
    public static final Comparator<KpiRow> ORDER = Comparator
            .comparing(KpiRow::period, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(r -> String.join("\u0000", r.keys()));

    public double value(Kpi kpi) {
        return kpi.value(measures);
    }

    /** The key of one group-by dimension, by its position in the query's group-by list. */
    public String key(int index) {
        return keys.get(index);
    }
}
