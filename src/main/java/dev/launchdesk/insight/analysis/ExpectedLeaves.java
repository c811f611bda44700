package dev.launchdesk.insight.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.KpiRow;
import dev.launchdesk.insight.kpi.TicketMeasures;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;

/**
 * The leaves of a period comparison: one per combination of the analysed dimensions' values seen in either
 * period, with the real count of the comparison period and the count the baseline leads one to expect.
 *
 * <p>The expected-value model, per leaf:
 * <ul>
 *   <li><b>Volume</b>: the baseline's daily mean times the days of the comparison period. When a period is not
 *       a whole number of weeks, the mean is taken weekday by weekday (a Monday is expected like the baseline's
 *       Mondays), so weekly seasonality does not show up as a deviation. A leaf without baseline tickets is
 *       expected at 0; a leaf without tickets now is real 0.</li>
 *   <li><b>Every other KPI</b>: its count (reopened tickets, SLA misses, handle seconds, ...) is a rate of the
 *       KPI's denominator (resolved tickets, tickets, orders, ...). The leaf is expected at its baseline rate
 *       times its denominator now, so more tickets alone never look like a worse KPI. Baseline rates are pulled
 *       towards the cube's overall rate as if the leaf had {@link #PRIOR_WEIGHT} more baseline units at that
 *       rate, which keeps tiny leaves from carrying wild rates; a new leaf is expected at the overall rate.</li>
 *   <li><b>Overall change</b> ({@link OverallChange#DISCOUNT}): every expectation is then multiplied by the
 *       typical leaf's change, the median of real / expected weighted by expected. A campaign day that lifts
 *       everything alike leaves nothing to explain, while a slice that changed on its own stays off the median
 *       (as long as it carries less than half of the expected total).</li>
 * </ul>
 */
final class ExpectedLeaves {

    /** The baseline units (tickets, resolved tickets, orders) of overall rate added to each leaf's rate. */
    static final double PRIOR_WEIGHT = 10;

    /** One leaf: its value per analysed dimension, its real and expected count and its measures in both periods. */
    record ExpectedLeaf(List<String> values, double real, double expected, TicketMeasures now, TicketMeasures before) {
    }

    /**
     * The periods, the leaves, the expected total before the overall change was discounted, the typical leaf's
     * change and the factor applied (the typical change when discounted, else 1).
     */
    record Table(ComparedPeriods periods, List<ExpectedLeaf> leaves, double baselineExpected, double typicalChange, double scale) {

        double totalReal() {
            return leaves.stream().mapToDouble(ExpectedLeaf::real).sum();
        }

        double totalExpected() {
            return leaves.stream().mapToDouble(ExpectedLeaf::expected).sum();
        }
    }

    private ExpectedLeaves() {
    }

    /**
     * The leaves from the comparison period's rows (totals) and the baseline's rows (totals, or one row per day
     * when the volume expectation is aligned by weekday), both grouped by the same dimensions.
     */
    static Table build(Kpi kpi, ComparedPeriods periods, List<KpiRow> comparison, List<KpiRow> baseline, OverallChange overall) {
        RootCauseMeasure measure = RootCauseMeasure.of(kpi);
        Map<List<String>, Sides> byKey = new LinkedHashMap<>();
        comparison.forEach(r -> byKey.computeIfAbsent(r.keys(), k -> new Sides()).addNow(r.measures()));
        baseline.forEach(r -> byKey.computeIfAbsent(r.keys(), k -> new Sides()).addBefore(r));
        List<ExpectedLeaf> leaves = new ArrayList<>(byKey.size());
        Expectation expectation = measure.perDay() ? perDay(kpi, periods, baseline) : perRate(kpi, measure, byKey.values());
        byKey.forEach((key, sides) -> leaves.add(new ExpectedLeaf(key, kpi.rootCauseMeasure(sides.now),
                expectation.of(sides), sides.now, sides.before)));
        double baselineExpected = leaves.stream().mapToDouble(ExpectedLeaf::expected).sum();
        double typical = typicalChange(leaves);
        double scale = overall == OverallChange.DISCOUNT ? typical : 1.0;
        if (scale != 1.0) {
            leaves.replaceAll(l -> new ExpectedLeaf(l.values(), l.real(), l.expected() * scale, l.now(), l.before()));
        }
        return new Table(periods, List.copyOf(leaves), baselineExpected, typical, scale);
    }

    /**
     * The median of real / expected over the leaves expected above zero, each weighted by its expected count:
     * how the typical ticket's combination changed (1 when no leaf is expected).
     */
    static double typicalChange(List<ExpectedLeaf> leaves) {
        List<ExpectedLeaf> expected = leaves.stream().filter(l -> l.expected() > 0)
                .sorted(Comparator.comparingDouble(l -> l.real() / l.expected())).toList();
        double total = expected.stream().mapToDouble(ExpectedLeaf::expected).sum();
        double running = 0;
        for (ExpectedLeaf leaf : expected) {
            running += leaf.expected();
            if (running >= total / 2) {
                return leaf.real() / leaf.expected();
            }
        }
        return 1.0;
    }

    private interface Expectation {
        double of(Sides sides);
    }

    private static Expectation perDay(Kpi kpi, ComparedPeriods periods, List<KpiRow> baseline) {
        boolean byWeekday = periods.needsWeekdayAlignment() && baseline.stream().allMatch(r -> r.period() != null);
        if (!byWeekday) {
            double factor = (double) periods.days() / periods.baselineDays();
            return sides -> kpi.rootCauseMeasure(sides.before) * factor;
        }
        long[] now = periods.weekdays();
        long[] before = periods.baselineWeekdays();
        return sides -> {
            double sum = 0;
            for (int w = 0; w < 7; w++) {
                if (now[w] > 0) {
                    sum += now[w] * (double) kpi.rootCauseMeasure(sides.beforeByWeekday[w]) / before[w];
                }
            }
            return sum;
        };
    }

    private static Expectation perRate(Kpi kpi, RootCauseMeasure measure, Iterable<Sides> leaves) {
        long counted = 0;
        long exposed = 0;
        for (Sides sides : leaves) {
            counted += kpi.rootCauseMeasure(sides.before);
            exposed += measure.exposureOf(sides.before);
        }
        if (exposed == 0) {
            throw InvalidInputException.of("baselineFrom",
                    UserTexts.of("problem.insight.rca.baseline-no-exposure", measure.exposureName()));
        }
        double overallRate = (double) counted / exposed;
        return sides -> {
            double rate = (kpi.rootCauseMeasure(sides.before) + PRIOR_WEIGHT * overallRate)
                    / (measure.exposureOf(sides.before) + PRIOR_WEIGHT);
            return rate * measure.exposureOf(sides.now);
        };
    }

    /** The measures of one leaf in the comparison period and in the baseline (also per weekday). */
    private static final class Sides {
        private TicketMeasures now = TicketMeasures.NONE;
        private TicketMeasures before = TicketMeasures.NONE;
        private final TicketMeasures[] beforeByWeekday = new TicketMeasures[7];

        Sides() {
            Arrays.fill(beforeByWeekday, TicketMeasures.NONE);
        }

        void addNow(TicketMeasures m) {
            now = now.plus(m);
        }

        void addBefore(KpiRow row) {
            before = before.plus(row.measures());
            if (row.period() != null) {
                int w = ComparedPeriods.weekdayIndex(row.period());
                beforeByWeekday[w] = beforeByWeekday[w].plus(row.measures());
            }
        }
    }
}
