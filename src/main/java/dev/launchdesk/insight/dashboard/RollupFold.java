package dev.launchdesk.insight.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.insight.kpi.KpiQuery;
import dev.launchdesk.insight.kpi.KpiRow;
import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.insight.kpi.TicketMeasures;

/**
 * Folds the rows of one fine roll-up query (per period, by every dimension a page needs, market among them) into
 * coarser groupings in memory, so a dashboard reads the roll-up once instead of once per chart. Orders follow
 * {@link dev.launchdesk.insight.kpi.TicketRollups}: a group's order volume is that of the markets its tickets belong
 * to, over the days of its time bucket inside the range.
 */
final class RollupFold {

    private final KpiQuery fine;
    private final List<KpiRow> rows;
    private final Map<String, Map<LocalDate, Long>> orders;
    private final int marketIndex;

    /** {@code fine}: the query the rows answer; its group-by must include the market. */
    RollupFold(KpiQuery fine, List<KpiRow> rows, Map<String, Map<LocalDate, Long>> orders) {
        this.fine = fine;
        this.rows = rows;
        this.orders = orders;
        this.marketIndex = fine.groupBy().indexOf(TicketDimension.MARKET);
        if (marketIndex < 0) {
            throw new IllegalArgumentException("the fine query must group by market");
        }
    }

    /** The rows {@code TicketRollups.aggregate} would answer for the fine query regrouped (DAY/WEEK as fine, or TOTAL). */
    List<KpiRow> fold(boolean total, List<TicketDimension> groupBy) {
        int[] positions = groupBy.stream().mapToInt(d -> fine.groupBy().indexOf(d)).toArray();
        for (int p : positions) {
            if (p < 0) {
                throw new IllegalArgumentException("cannot fold by a dimension the fine query did not group by");
            }
        }
        Map<List<Object>, Group> groups = new LinkedHashMap<>();
        for (KpiRow row : rows) {
            LocalDate period = total ? null : row.period();
            List<String> keys = new ArrayList<>(positions.length);
            for (int p : positions) {
                keys.add(row.key(p));
            }
            Group group = groups.computeIfAbsent(java.util.Arrays.asList(period, keys), k -> new Group(period, keys));
            group.measures = group.measures.plus(row.measures().withOrders(0));
            group.markets.add(row.key(marketIndex));
        }
        List<KpiRow> folded = new ArrayList<>(groups.size());
        for (Group group : groups.values()) {
            folded.add(new KpiRow(group.period, List.copyOf(group.keys), group.measures.withOrders(orders(group))));
        }
        folded.sort(KpiRow.ORDER);
        return folded;
    }

    private long orders(Group group) {
        LocalDate first = group.period == null || group.period.isBefore(fine.from()) ? fine.from() : group.period;
        LocalDate last = fine.to();
        if (group.period != null) {
            LocalDate end = fine.granularity() == Granularity.WEEK ? group.period.plusDays(6) : group.period;
            last = end.isAfter(fine.to()) ? fine.to() : end;
        }
        long sum = 0;
        for (String market : group.markets) {
            Map<LocalDate, Long> days = orders.getOrDefault(market, Map.of());
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                sum += days.getOrDefault(d, 0L);
            }
        }
        return sum;
    }

    private static final class Group {
        private final LocalDate period;
        private final List<String> keys;
        private final Set<String> markets = new TreeSet<>();
        private TicketMeasures measures = TicketMeasures.NONE;

        Group(LocalDate period, List<String> keys) {
            this.period = period;
            this.keys = keys;
        }
    }
}
