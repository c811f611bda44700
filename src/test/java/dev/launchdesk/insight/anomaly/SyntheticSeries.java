package dev.launchdesk.insight.anomaly;

import java.time.LocalDate;
import java.util.Random;

/** Daily series with weekly seasonality and multiplicative Gaussian noise, as the detector tests need them. */
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
}
