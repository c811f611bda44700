package dev.launchdesk.insight.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import dev.launchdesk.insight.kpi.Kpi;

class WeeklyBaselinePropertiesTest {

    private final WeeklyBaseline detector = new WeeklyBaseline(WeeklyBaseline.Settings.DEFAULTS);

    private static Gen<Long> seeds() {
        return longs().between(1, 10_000);
    }

    @Test
    void scoresDoNotDependOnTheUnit() {
        qt().withExamples(200).forAll(seeds(), doubles().between(0.01, 1000)).checkAssert((seed, factor) -> {
            DailySeries series = SyntheticSeries.series(SyntheticSeries.values(90, 200, 0.05, seed));
            List<WeeklyBaseline.Estimate> plain = detector.estimates(series);
            List<WeeklyBaseline.Estimate> scaled = detector.estimates(series.scaled(factor));
            assertThat(scaled).hasSameSizeAs(plain);
            for (int i = 0; i < plain.size(); i++) {
                // the series really is in another unit: the same scores must come from rescaled values
                assertThat(scaled.get(i).actual()).isCloseTo(plain.get(i).actual() * factor,
                        within(1e-9 * Math.abs(plain.get(i).actual() * factor)));
                assertThat(scaled.get(i).expected()).isCloseTo(plain.get(i).expected() * factor,
                        within(1e-9 * Math.abs(plain.get(i).expected() * factor)));
                assertThat(scaled.get(i).scale()).isCloseTo(plain.get(i).scale() * factor,
                        within(1e-9 * plain.get(i).scale() * factor));
                assertThat(scaled.get(i).score()).isCloseTo(plain.get(i).score(),
                        within(1e-9 * Math.max(1, Math.abs(plain.get(i).score()))));
            }
        });
    }

    @Test
    void aPureWeeklyPatternHasNoAnomaly() {
        qt().withExamples(200).forAll(doubles().between(1, 100_000), integers().between(35, 200)).checkAssert((level, days) -> {
            DailySeries series = SyntheticSeries.series(SyntheticSeries.values(days, level, 0, 1));
            assertThat(detector.estimates(series)).allSatisfy(e -> assertThat(Math.abs(e.score())).isLessThan(1e-6));
        });
    }

    @Test
    void aHigherValueNeverScoresLower() {
        qt().withExamples(200).forAll(seeds(), integers().between(35, 89), doubles().between(0, 500)).checkAssert((seed, day, rise) -> {
            DailySeries series = SyntheticSeries.series(SyntheticSeries.values(90, 200, 0.05, seed));
            double before = scoreOn(series, day);
            double after = scoreOn(series.with(day, series.value(day) + rise), day);
            assertThat(after).isGreaterThanOrEqualTo(before);
        });
    }

    @Test
    void aLargeSpikeAfterEnoughHistoryIsFound() {
        qt().withExamples(200).forAll(seeds(), integers().between(35, 119), doubles().between(20, 5000)).checkAssert((seed, day, level) -> {
            double[] values = SyntheticSeries.values(120, level, 0.02, seed);
            values[day] *= 1.6;
            DailySeries series = SyntheticSeries.series(values);
            assertThat(detector.anomalies(series, series.day(day), series.day(day), 4.5, false)).hasSize(1);
            assertThat(detector.anomalies(series, series.day(day), series.day(day), 4.5, true)).isEmpty();
        });
    }

    @Test
    void nothingIsScoredWithoutFiveWeeksOfHistory() {
        qt().withExamples(100).forAll(seeds()).checkAssert(seed -> {
            DailySeries series = SyntheticSeries.series(SyntheticSeries.values(90, 300, 0.1, seed));
            assertThat(detector.estimates(series)).allSatisfy(e -> assertThat(series.index(e.day())).isGreaterThanOrEqualTo(35));
        });
    }

    /** Daily shares of resolved tickets (binomial counts) with the sampling floor, and a day to raise. */
    record Shares(DailySeries series, int day, double rise) {
    }

    private static Gen<Shares> shares() {
        Gen<DailySeries> series = seeds().zip(integers().between(30, 500), doubles().between(0.01, 0.9),
                (seed, resolved, share) -> SyntheticSeries.shares(SyntheticSeries.binomial(90, resolved, share, new Random(seed)), resolved,
                        SamplingNoise.of(Kpi.REOPEN_RATE, 1.0)));
        return series.zip(integers().between(35, 89), doubles().between(0, 100), Shares::new);
    }

    @Test
    void aHigherShareNeverScoresLowerWithTheSamplingFloor() {
        qt().withExamples(200).forAll(shares())
                .assuming(shares -> estimateOn(shares.series(), shares.day()).isPresent())
                .checkAssert(shares -> {
                    DailySeries series = shares.series();
                    int day = shares.day();
                    double before = scoreOn(series, day);
                    double after = scoreOn(series.with(day, Math.min(100, series.value(day) + shares.rise())), day);
                    assertThat(after).isGreaterThanOrEqualTo(before - 1e-9);
                });
    }

    @Test
    void theSamplingFloorNeverMakesADeviationLarger() {
        qt().withExamples(200).forAll(seeds(), integers().between(30, 500), doubles().between(0.01, 0.9)).checkAssert((seed, resolved, share) -> {
            long[] counts = SyntheticSeries.binomial(90, resolved, share, new Random(seed));
            List<WeeklyBaseline.Estimate> floored = detector.estimates(SyntheticSeries.shares(counts, resolved, SamplingNoise.of(Kpi.FCR, 1.0)));
            List<WeeklyBaseline.Estimate> plain = detector.estimates(SyntheticSeries.shares(counts, resolved, SamplingNoise.NONE));
            assertThat(floored).hasSameSizeAs(plain);
            for (int i = 0; i < plain.size(); i++) {
                assertThat(floored.get(i).scale()).isGreaterThanOrEqualTo(plain.get(i).scale());
                assertThat(Math.abs(floored.get(i).score())).isLessThanOrEqualTo(Math.abs(plain.get(i).score()));
            }
        });
    }

    private java.util.Optional<WeeklyBaseline.Estimate> estimateOn(DailySeries series, int day) {
        return detector.estimates(series).stream().filter(e -> e.day().equals(series.day(day))).findFirst();
    }

    private double scoreOn(DailySeries series, int day) {
        return detector.estimates(series).stream().filter(e -> e.day().equals(series.day(day))).findFirst().orElseThrow().score();
    }
}
