package dev.launchdesk.insight.analysis;

import java.util.List;
import java.util.Map;

/**
 * The answer of a root-cause analysis over two periods.
 *
 * @param query the analysis as asked
 * @param periods the periods as analysed (the baseline starts no earlier than the first day with tickets)
 * @param measure what the cube counts (tickets, reopened-tickets, handle-seconds, ...)
 * @param dimensions the dimensions the root causes are searched in (those with more than one value)
 * @param constantDimensions dimensions with one value in the whole cube (e.g. a vendor lead's vendor), left out
 * @param leaves the number of leaves (dimension-value combinations)
 * @param totalReal the measure in the comparison period
 * @param totalExpected what the baseline leads one to expect, after the overall change was discounted
 * @param baselineExpected the expectation before the overall change was discounted
 * @param typicalChange how the typical combination changed (real / expected, weighted median over the leaves)
 * @param scale the overall change discounted (the typical change when discounted, 1 when kept)
 * @param kpiBefore the KPI over the whole cube in the baseline (for volume: tickets per day); null when undefined
 * @param kpiAfter the same in the comparison period
 * @param rootCauses the root causes RiskLoc concludes on, best first; empty when none qualifies
 * @param topLeaves the leaves furthest from their expectation (at most {@link #TOP_LEAVES})
 * @param outcome what the answer says in one word, for the explanation
 */
public record RootCauseReport(RootCauseQuery query, ComparedPeriods periods, String measure, List<String> dimensions,
                              Map<String, String> constantDimensions, int leaves, double totalReal, double totalExpected,
                              double baselineExpected, double typicalChange, double scale, Double kpiBefore, Double kpiAfter,
                              List<Finding> rootCauses, List<LeafDeviation> topLeaves, Outcome outcome) {

    public static final int TOP_LEAVES = 10;

    /**
     * A root cause with its numbers.
     *
     * @param dimensions the dimension values it fixes (parameter names: market, vendor, site, ...)
     * @param score RiskLoc's risk score
     * @param explains the share of the total deviation it explains (1.0 = all of it)
     * @param real the measure in its leaves in the comparison period
     * @param expected the expectation of its leaves
     * @param kpiBefore the KPI of the slice in the baseline (volume: tickets per day); null when undefined
     * @param kpiAfter the KPI of the slice in the comparison period
     */
    public record Finding(Map<String, String> dimensions, double score, double explains, double real, double expected,
                          Double kpiBefore, Double kpiAfter) {

        public double deviation() {
            return real - expected;
        }
    }

    /** A leaf with its real and expected count. */
    public record LeafDeviation(Map<String, String> dimensions, double real, double expected) {
    }

    /** What was found. */
    public enum Outcome {
        /** At least one root cause. */
        FOUND,
        /** Real and expected agree closely: nothing to explain. */
        NO_DEVIATION,
        /** The whole cube changed alike; discounted, nothing stands out. */
        EVEN_CHANGE,
        /** A deviation, but spread thinly: no combination explains enough of it. */
        SPREAD,
        /** Every analysed dimension has one value only: nothing to tell apart. */
        NOTHING_TO_SPLIT
    }

    public double deviation() {
        return totalReal - totalExpected;
    }

    /** Whether most combinations changed alike by at least a tenth while that change was kept in the expectation. */
    public boolean broadChangeKept() {
        return query.overallChange() == OverallChange.KEEP && Math.abs(typicalChange - 1) >= 0.1;
    }
}
