package dev.launchdesk.insight.anomaly;

import java.util.Arrays;

/**
 * Median and median absolute deviation. The MAD is scaled by 1.4826 so that it estimates the standard deviation
 * of normally distributed data (Leys, Ley, Klein, Bernard and Licata, "Detecting outliers: Do not use standard
 * deviation around the mean, use absolute deviation around the median", J. Exp. Soc. Psychology 49(4), 2013).
 */
final class RobustStatistics {

    /** 1 / Φ⁻¹(3/4): makes the MAD a consistent estimator of σ for normal data. */
    static final double MAD_TO_SIGMA = 1.4826;

    private RobustStatistics() {
    }

    /** The median of the first {@code count} values (NaN when count is 0); sorts that part of the array. */
    static double median(double[] values, int count) {
        if (count == 0) {
            return Double.NaN;
        }
        Arrays.sort(values, 0, count);
        int mid = count / 2;
        return count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /** The scaled MAD of the first {@code count} values: 1.4826 × median(|x − median(x)|). */
    static double mad(double[] values, int count) {
        double center = median(values, count);
        double[] deviations = new double[count];
        for (int i = 0; i < count; i++) {
            deviations[i] = Math.abs(values[i] - center);
        }
        return MAD_TO_SIGMA * median(deviations, count);
    }
}
