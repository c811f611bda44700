package dev.launchdesk.insight.rca;

import java.util.Arrays;

/**
 * RiskLoc's 2-way partition of the leaves into a normal and an abnormal side (section IV-A of
 * the paper). Normal leaves are assumed to scatter around a deviation of zero on both sides, the
 * abnormal ones to pull one side further out. So, after ignoring the {@code extremesIgnored}
 * most extreme distinct deviation scores on each side, the smaller of the two remaining extremes
 * is taken as the normal spread, and its mirror image is the cutoff: every leaf beyond it, on the
 * side of the larger extreme, is abnormal.
 *
 * <p>One deliberate difference from the reference implementation, which takes the side from the
 * sign of the mirrored value: here the side is that of the larger extreme, and the cutoff is
 * never placed on the far side of zero. The two agree whenever the remaining extremes straddle
 * zero; they differ when every remaining score lies on one side, as in a noise-free cube where
 * the normal leaves score exactly zero. There the reference mirrors, say, the smallest positive
 * score to below zero, looks for abnormal leaves below that and finds none; here the cutoff is
 * zero and the leaves above it are abnormal.
 *
 * @param value the cutoff deviation score
 * @param abnormalAbove whether the abnormal side lies above the cutoff (the KPI fell short of the
 *     forecast) or below it (the KPI exceeded the forecast)
 */
record DeviationCutoff(double value, boolean abnormalAbove) {

    static DeviationCutoff of(double[] deviations, int extremesIgnored) {
        double[] distinct = distinctSorted(deviations);
        if (distinct.length == 0) {
            return new DeviationCutoff(0.0, true);
        }
        double low = distinct[Math.min(extremesIgnored, distinct.length - 1)];
        double high = distinct[Math.max(distinct.length - 1 - extremesIgnored, 0)];
        boolean lowIsNormalSpread = Math.abs(low) <= Math.abs(high);
        double mirrored = lowIsNormalSpread ? -low : -high;
        boolean abnormalAbove = lowIsNormalSpread ? high >= 0 : low > 0;
        return abnormalAbove
                ? new DeviationCutoff(Math.max(mirrored, 0.0), true)
                : new DeviationCutoff(Math.min(mirrored, 0.0), false);
    }

    boolean isAbnormal(double deviation) {
        return abnormalAbove ? deviation > value : deviation < value;
    }

    private static double[] distinctSorted(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int count = 0;
        for (double v : sorted) {
            if (count == 0 || v != sorted[count - 1]) {
                sorted[count++] = v;
            }
        }
        return Arrays.copyOf(sorted, count);
    }
}
