package dev.launchdesk.insight.anomaly;

import java.time.LocalDate;
import java.util.Random;

/** Daily series with weekly seasonality and multiplicative Gaussian noise, or binomial shares, as the detector tests need them. */
final class SyntheticSeries {

    /** Monday .. Sunday: busy early in the week, quiet at the weekend. */
    static final double[] WEEKLY = {1.25, 1.15, 1.05, 1.0, 0.95, 0.7, 0.6};

    /** A Monday. */
    static final LocalDate START = LocalDate.of(2024, 1, 1);

    private SyntheticSeries() {
    }

    /** {@code days} values around {@code level} × weekday factor with relative noise {@code noise} (standard deviation). */
    static double[] values(int days, double level, double noise, long seed) {
        Random random = new Random(seed);
        double[] values = new double[days];
        for (int i = 0; i < days; i++) {
            values[i] = level * WEEKLY[i % 7] * (1 + noise * random.nextGaussian());
        }
        return values;
    }

    static DailySeries series(double[] values) {
        return DailySeries.of(START, values, 1_000);
    }

    /** Daily counts of successes of {@code n} trials with probability {@code p} each (e.g. reopened of n resolved). */
    static long[] binomial(int days, int n, double p, Random random) {
        long[] counts = new long[days];
        for (int d = 0; d < days; d++) {
            for (int k = 0; k < n; k++) {
                counts[d] += random.nextDouble() < p ? 1 : 0;
            }
        }
        return counts;
    }

    /** The daily shares in percent of {@code counts} of {@code n} (tickets and denominator count both n). */
    static DailySeries shares(long[] counts, long n, SamplingNoise noise) {
        DailySeries series = DailySeries.between(START, START.plusDays(counts.length - 1), noise);
        for (int i = 0; i < counts.length; i++) {
            series.put(START.plusDays(i), 100.0 * counts[i] / n, n, n);
        }
        return series;
    }
}
