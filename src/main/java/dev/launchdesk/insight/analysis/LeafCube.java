package dev.launchdesk.insight.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.launchdesk.insight.rca.Cube;
import dev.launchdesk.insight.rca.RiskLocSettings;

/**
 * The RiskLoc cube of a table of expected leaves, over the dimensions that have more than one value: a dimension
 * with a single value (a vendor lead's vendor, a market filtered to one) would make that value "explain"
 * everything, so it is left out and reported as constant.
 */
final class LeafCube {

    private final List<String> names;
    private final List<ExpectedLeaves.ExpectedLeaf> leaves;
    private final List<Integer> varying;
    private final Map<String, String> constants;
    private final Cube cube;

    private LeafCube(List<String> names, List<ExpectedLeaves.ExpectedLeaf> leaves, List<Integer> varying,
                     Map<String, String> constants, Cube cube) {
        this.names = names;
        this.leaves = leaves;
        this.varying = varying;
        this.constants = constants;
        this.cube = cube;
    }

    static LeafCube of(List<String> names, List<ExpectedLeaves.ExpectedLeaf> leaves) {
        List<Integer> varying = new ArrayList<>();
        Map<String, String> constants = new LinkedHashMap<>();
        for (int d = 0; d < names.size(); d++) {
            Set<String> values = new HashSet<>();
            for (ExpectedLeaves.ExpectedLeaf leaf : leaves) {
                values.add(leaf.values().get(d));
            }
            if (values.size() > 1) {
                varying.add(d);
            } else if (values.size() == 1) {
                constants.put(names.get(d), values.iterator().next());
            }
        }
        Cube cube = null;
        if (!varying.isEmpty()) {
            double damping = damping(leaves);
            Cube.Builder builder = Cube.builder(varying.stream().map(names::get).toList());
            for (ExpectedLeaves.ExpectedLeaf leaf : leaves) {
                builder.add(varying.stream().map(d -> leaf.values().get(d)).toList(), leaf.real() + damping,
                        leaf.expected() + damping);
            }
            cube = builder.build();
        }
        return new LeafCube(names, leaves, List.copyOf(varying), constants, cube);
    }

    /**
     * What every leaf gets added on both sides before RiskLoc sees it: the median expectation of the leaves.
     * RiskLoc judges a leaf by its relative deviation, and counts are noisy when small (3 tickets against 1
     * expected is no tripling); the addition damps the relative deviation of small leaves and hardly changes
     * that of large ones, while every deviation in tickets (real minus expected) stays as it is.
     */
    static double damping(List<ExpectedLeaves.ExpectedLeaf> leaves) {
        double[] expected = leaves.stream().mapToDouble(ExpectedLeaves.ExpectedLeaf::expected).filter(e -> e > 0).sorted().toArray();
        return expected.length == 0 ? 0 : expected[expected.length / 2];
    }

    static Map<String, String> named(List<String> names, List<String> values) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int d = 0; d < names.size(); d++) {
            named.put(names.get(d), values.get(d));
        }
        return named;
    }

    /** RiskLoc's settings for this cube (see {@link #extremesIgnored}). */
    RiskLocSettings settings() {
        RiskLocSettings paper = RiskLocSettings.defaults();
        return new RiskLocSettings(paper.riskThreshold(), paper.pepThreshold(), extremesIgnored(leaves.size()), paper.pruneElements());
    }

    /**
     * How many of the most extreme deviation scores on each side RiskLoc ignores when it places the cutoff between
     * normal and abnormal leaves. The paper ignores 5 in cubes of tens of thousands of leaves; a ticket cube of a
     * few hundred leaves has root causes of only a handful of leaves (one market, vendor and category over two
     * sites and two channels is 4 leaves), which would all be ignored, so here it is one per 100 leaves, at most 5.
     */
    static int extremesIgnored(int leaves) {
        return Math.min(RiskLocSettings.defaults().extremesIgnored(), leaves / 100);
    }

    boolean isEmpty() {
        return cube == null;
    }

    Cube cube() {
        return cube;
    }

    List<String> varying() {
        return varying.stream().map(names::get).toList();
    }

    Map<String, String> constants() {
        return Collections.unmodifiableMap(constants);
    }

    /** The real [0] and expected [1] sums of the leaves that have the fixed values. */
    double[] sums(Map<String, String> fixed) {
        double real = 0;
        double expected = 0;
        for (ExpectedLeaves.ExpectedLeaf leaf : leaves) {
            if (matches(leaf, fixed)) {
                real += leaf.real();
                expected += leaf.expected();
            }
        }
        return new double[] {real, expected};
    }

    private boolean matches(ExpectedLeaves.ExpectedLeaf leaf, Map<String, String> fixed) {
        for (Map.Entry<String, String> e : fixed.entrySet()) {
            int d = names.indexOf(e.getKey());
            if (d < 0 || !leaf.values().get(d).equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }
}
