package dev.launchdesk.insight.rca;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores {@link RiskLoc} on {@link SyntheticCases} the way the RiskLoc and Squeeze papers do:
 * a found root cause counts only if it matches an injected one exactly (same dimensions, same
 * values); true positives, false positives and false negatives are summed over the cases of a
 * cell (micro-averaging) before the F1 score is taken.
 */
public final class RcaEvaluation {

    /** A group of cases: the cuboid layer and number of injected root causes, and the noise level. */
    public record Cell(int layer, int rootCauseCount, double noiseLevel) {}

    /** Summed exact-match counts. */
    public record Tally(int truePositives, int falsePositives, int falseNegatives) {

        public static final Tally NONE = new Tally(0, 0, 0);

        /** The counts for one case; duplicates among the found root causes count once. */
        public static Tally of(Collection<Map<String, String>> found, Set<Map<String, String>> truth) {
            Set<Map<String, String>> distinct = new HashSet<>(found);
            int hits = (int) distinct.stream().filter(truth::contains).count();
            return new Tally(hits, distinct.size() - hits, truth.size() - hits);
        }

        public Tally plus(Tally other) {
            return new Tally(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        /** {@code 2TP / (2TP + FP + FN)}; 1.0 when there was nothing to find and nothing was found. */
        public double f1() {
            int denominator = 2 * truePositives + falsePositives + falseNegatives;
            return denominator == 0 ? 1.0 : 2.0 * truePositives / denominator;
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 1.0 : (double) part / whole;
        }
    }

    private final RiskLoc riskLoc;

    public RcaEvaluation(RiskLoc riskLoc) {
        this.riskLoc = Objects.requireNonNull(riskLoc, "riskLoc");
    }

    /** The tally of each cell over {@code casesPerCell} generated cases, in the order of the cells. */
    public Map<Cell, Tally> evaluate(List<Integer> dimensionSizes, List<Cell> cells, int casesPerCell, long seed) {
        Map<Cell, Tally> tallies = new LinkedHashMap<>();
        for (Cell cell : cells) {
            Tally tally = Tally.NONE;
            for (int i = 0; i < casesPerCell; i++) {
                SyntheticCases.Recipe recipe = new SyntheticCases.Recipe(dimensionSizes, cell.layer(),
                        cell.rootCauseCount(), cell.noiseLevel(), caseSeed(seed, cell, i));
                tally = tally.plus(score(SyntheticCases.generate(recipe)));
            }
            tallies.put(cell, tally);
        }
        return tallies;
    }

    public Tally score(SyntheticCase synthetic) {
        List<Map<String, String>> found = riskLoc.localize(synthetic.cube()).stream()
                .map(RootCause::dimensions)
                .toList();
        return Tally.of(found, synthetic.rootCauses());
    }

    /** Summed over all cells. */
    public static Tally overall(Map<Cell, Tally> tallies) {
        return tallies.values().stream().reduce(Tally.NONE, Tally::plus);
    }

    /** The seed of one case: every case of every cell gets a cube of its own. */
    static long caseSeed(long seed, Cell cell, int index) {
        return seed * 1_000_003L + Objects.hash(cell.layer(), cell.rootCauseCount(), cell.noiseLevel(), index);
    }
}
