package dev.launchdesk.insight.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import dev.launchdesk.insight.kpi.Kpi;

class WeeklyBaselinePropertiesTest {

    private final WeeklyBaseline detector = new WeeklyBaseline(WeeklyBaseline.Settings.DEFAULTS);

    @Property(tries = 200)
    void scoresDoNotDependOnTheUnit(@ForAll @LongRange(min = 1, max = 10_000) long seed,
                                    @ForAll @DoubleRange(min = 0.01, max = 1000) double factor) {
        DailySeries series = SyntheticSeries.series(SyntheticSeries.values(90, 200, 0.05, seed));
        List<WeeklyBaseline.Estimate> plain = detector.estimates(series);
        List<WeeklyBaseline.Estimate> scaled = detector.estimates(series.scaled(factor));
        assertThat(scaled).hasSameSizeAs(plain);
        for (int i = 0; i < plain.size(); i++) {
            assertThat(scaled.get(i).score()).isCloseTo(plain.get(i).score(),
                    org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, Math.abs(plain.get(i).score()))));
        }
    }

    @Property(tries = 200)
    void aPureWeeklyPatternHasNoAnomaly(@ForAll @DoubleRange(min = 1, max = 100_000) double level,
                                        @ForAll @IntRange(min = 35, max = 200) int days) {
        DailySeries series = SyntheticSeries.series(SyntheticSeries.values(days, level, 0, 1));
        assertThat(detector.estimates(series)).allSatisfy(e -> assertThat(Math.abs(e.score())).isLessThan(1e-6));
    }

    @Property(tries = 200)
    void aHigherValueNeverScoresLower(@ForAll @LongRange(min = 1, max = 10_000) long seed,
                                      @ForAll @IntRange(min = 35, max = 89) int day,
                                      @ForAll @DoubleRange(min = 0, max = 500) double rise) {
        DailySeries series = SyntheticSeries.series(SyntheticSeries.values(90, 200, 0.05, seed));
        double before = scoreOn(series, day);
        double after = scoreOn(series.with(day, series.value(day) + rise), day);
        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Property(tries = 200)
    void aLargeSpikeAfterEnoughHistoryIsFound(@ForAll @LongRange(min = 1, max = 10_000) long seed,
                                              @ForAll @IntRange(min = 35, max = 119) int day,
                                              @ForAll @DoubleRange(min = 20, max = 5000) double level) {
        double[] values = SyntheticSeries.values(120, level, 0.02, seed);
        values[day] *= 1.6;
        DailySeries series = SyntheticSeries.series(values);
        assertThat(detector.anomalies(series, series.day(day), series.day(day), 4.5, false)).hasSize(1);
        assertThat(detector.anomalies(series, series.day(day), series.day(day), 4.5, true)).isEmpty();
    }

    @Property(tries = 100)
    void nothingIsScoredWithoutFiveWeeksOfHistory(@ForAll @LongRange(min = 1, max = 10_000) long seed) {
        DailySeries series = SyntheticSeries.series(SyntheticSeries.values(90, 300, 0.1, seed));
        assertThat(detector.estimates(series)).allSatisfy(e -> assertThat(series.index(e.day())).isGreaterThanOrEqualTo(35));
    }

    @Property(tries = 200)
    void aHigherShareNeverScoresLowerWithTheSamplingFloor(@ForAll @LongRange(min = 1, max = 10_000) long seed,
                                                           @ForAll @IntRange(min = 35, max = 89) int day,
                                                           @ForAll @IntRange(min = 30, max = 500) int resolved,
                                                           @ForAll @DoubleRange(min = 0.01, max = 0.9) double share,
                                                           @ForAll @DoubleRange(min = 0, max = 100) double rise) {
        DailySeries series = SyntheticSeries.shares(SyntheticSeries.binomial(90, resolved, share, new Random(seed)), resolved,
                SamplingNoise.of(Kpi.REOPEN_RATE, 1.0));
        Assume.that(estimateOn(series, day).isPresent());
        double before = scoreOn(series, day);
        double after = scoreOn(series.with(day, Math.min(100, series.value(day) + rise)), day);
        assertThat(after).isGreaterThanOrEqualTo(before - 1e-9);
    }

    @Property(tries = 200)
    void theSamplingFloorNeverMakesADeviationLarger(@ForAll @LongRange(min = 1, max = 10_000) long seed,
                                                    @ForAll @IntRange(min = 30, max = 500) int resolved,
                                                    @ForAll @DoubleRange(min = 0.01, max = 0.9) double share) {
        long[] counts = SyntheticSeries.binomial(90, resolved, share, new Random(seed));
        List<WeeklyBaseline.Estimate> floored = detector.estimates(SyntheticSeries.shares(counts, resolved, SamplingNoise.of(Kpi.FCR, 1.0)));
        List<WeeklyBaseline.Estimate> plain = detector.estimates(SyntheticSeries.shares(counts, resolved, SamplingNoise.NONE));
        assertThat(floored).hasSameSizeAs(plain);
        for (int i = 0; i < plain.size(); i++) {
            assertThat(floored.get(i).scale()).isGreaterThanOrEqualTo(plain.get(i).scale());
            assertThat(Math.abs(floored.get(i).score())).isLessThanOrEqualTo(Math.abs(plain.get(i).score()));
        }
    }

    private java.util.Optional<WeeklyBaseline.Estimate> estimateOn(DailySeries series, int day) {
        return detector.estimates(series).stream().filter(e -> e.day().equals(series.day(day))).findFirst();
    }

    private double scoreOn(DailySeries series, int day) {
        return detector.estimates(series).stream().filter(e -> e.day().equals(series.day(day))).findFirst().orElseThrow().score();
    }
}
