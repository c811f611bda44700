package dev.launchdesk.insight.rca;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The sums over the leaves of each element of one cuboid that RiskLoc's element scores need
 * (section IV-B and IV-C of the paper), restricted to the leaves in scope (not yet explained by a
 * root cause and not pruned).
 *
 * <p><b>High risk</b> of an element: {@code a / (a + n + 1)}, with {@code a} and {@code n} the
 * summed weights of its abnormal and normal leaves. Near 1 when the element's leaves are surely
 * abnormal, lowered by every normal leaf under it; the +1 keeps an element of a single, mildly
 * abnormal leaf from scoring high.
 *
 * <p><b>Low risk</b> of an element: how badly its leaves fit the ripple effect, i.e. one common
 * relative change for all leaves of a root cause. Each leaf's forecast is scaled by the element's
 * real-to-forecast ratio, and the relative gap of that expected value to the real value is
 * compared with the leaf's own deviation score: {@code sum |gap| / sum |deviation|} over the
 * leaves where neither real nor forecast is zero. Near 0 when one factor explains all the leaves.
 */
final class ElementTotals {

    final double[] explanatoryPower;
    private final double[] positivePower;
    final int[] abnormalLeaves;
    private final double[] abnormalWeight;
    private final double[] normalWeight;
    private final double[] nonZeroReal;
    private final double[] nonZeroPredict;
    private final double[] nonZeroDeviation;
    private final double[] rippleGap;

    private ElementTotals(int elements) {
        explanatoryPower = new double[elements];
        positivePower = new double[elements];
        abnormalLeaves = new int[elements];
        abnormalWeight = new double[elements];
        normalWeight = new double[elements];
        nonZeroReal = new double[elements];
        nonZeroPredict = new double[elements];
        nonZeroDeviation = new double[elements];
        rippleGap = new double[elements];
    }

    static ElementTotals sum(Cube cube, LeafScores scores, CuboidElements elements, LeafScope scope) {
        ElementTotals totals = new ElementTotals(elements.count());
        int mask = elements.cuboid.mask();
        for (int i = 0; i < cube.size(); i++) {
            if (scope.contains(i, mask)) {
                totals.add(elements.elementOfLeaf[i], i, cube, scores);
            }
        }
        return totals;
    }

    /**
     * Elements with at least one abnormal leaf and explanatory power above the minimum, most
     * explanatory first.
     */
    int[] candidates(double minimumPower) {
        return IntStream.range(0, explanatoryPower.length)
                .filter(e -> abnormalLeaves[e] > 0 && explanatoryPower[e] > minimumPower)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer e) -> explanatoryPower[e]).reversed())
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** Second pass: sums the ripple-effect gaps of the given elements' leaves for {@link #lowRisk}. */
    void sumRippleGaps(Cube cube, CuboidElements elements, LeafScope scope, int[] candidates) {
        boolean[] wanted = new boolean[explanatoryPower.length];
        for (int e : candidates) {
            wanted[e] = true;
        }
        int mask = elements.cuboid.mask();
        for (int i = 0; i < cube.size(); i++) {
            int e = elements.elementOfLeaf[i];
            if (wanted[e] && scope.contains(i, mask) && isNonZero(cube, i)) {
                rippleGap[e] += Math.abs(rippleGap(cube.real(i), cube.predict(i), nonZeroReal[e], nonZeroPredict[e]));
            }
        }
    }

    /**
     * The relative gap {@code 2 (a - real) / (a + real)} between a leaf's real value and its
     * forecast scaled by the element's factor, {@code a = predict x elementReal / elementPredict};
     * multiplied out by {@code elementPredict} so that it is exactly zero for a one-leaf element
     * and exactly mirrored when real and forecast swap.
     */
    static double rippleGap(double real, double predict, double elementReal, double elementPredict) {
        double expected = predict * elementReal;
        double observed = real * elementPredict;
        return 2.0 * (expected - observed) / (expected + observed);
    }

    /**
     * Whether a first-layer element can be left out of deeper layers: it has no abnormal leaf, or
     * its leaves' positive explanatory power stays below the threshold.
     */
    boolean isPrunable(int element, double powerThreshold) {
        return abnormalLeaves[element] == 0 || positivePower[element] < powerThreshold;
    }

    double highRisk(int element) {
        double abnormal = abnormalWeight[element];
        return abnormal / (abnormal + normalWeight[element] + 1.0);
    }

    /** Valid after {@link #sumRippleGaps} covered the element. */
    double lowRisk(int element) {
        double deviation = nonZeroDeviation[element];
        return deviation == 0.0 ? 0.0 : rippleGap[element] / deviation;
    }

    double risk(int element) {
        return highRisk(element) - lowRisk(element);
    }

    private void add(int element, int leaf, Cube cube, LeafScores scores) {
        double ep = scores.explanatoryPower[leaf];
        explanatoryPower[element] += ep;
        positivePower[element] += Math.max(ep, 0.0);
        if (scores.abnormal[leaf]) {
            abnormalLeaves[element]++;
            abnormalWeight[element] += scores.weight[leaf];
        } else {
            normalWeight[element] += scores.weight[leaf];
        }
        if (isNonZero(cube, leaf)) {
            nonZeroReal[element] += cube.real(leaf);
            nonZeroPredict[element] += cube.predict(leaf);
            nonZeroDeviation[element] += Math.abs(scores.deviation[leaf]);
        }
    }

    private static boolean isNonZero(Cube cube, int leaf) {
        return cube.real(leaf) != 0.0 && cube.predict(leaf) != 0.0;
    }
}
