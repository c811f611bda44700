package dev.launchdesk.insight.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.launchdesk.insight.kpi.Kpi;

/** The sampling-noise floor of the detector: small slices' chance wobble is no anomaly, a real shift still is. */
class WeeklyBaselineSmallCountsTest {

    private final WeeklyBaseline detector = new WeeklyBaseline(WeeklyBaseline.Settings.DEFAULTS);
    private final SamplingNoise reopenRate = SamplingNoise.of(Kpi.REOPEN_RATE, 1.0);

    /** A calm history: reopened tickets of 50 resolved, the same every week (2, 2, 3, 2, 1, 2, 2), then 9 of 50 on a Monday. */
    @Test
    void aSmallCountBlipIsNoLongerFlagged() {
        long[] reopened = new long[70];
        for (int i = 0; i < reopened.length; i++) {
            reopened[i] = new long[] {2, 2, 3, 2, 1, 2, 2}[i % 7];
        }
        reopened[63] = 9;
        DailySeries withoutNoise = SyntheticSeries.shares(reopened, 50, SamplingNoise.NONE);
        DailySeries withNoise = SyntheticSeries.shares(reopened, 50, reopenRate);

        // the past days were calm, so without the floor 18 % against 4 % is measured in units of 3 % of 4 %
        assertThat(anomalies(withoutNoise)).singleElement().satisfies(e -> assertThat(e.score()).isGreaterThan(100));
        assertThat(anomalies(withNoise)).isEmpty();
        WeeklyBaseline.Estimate blip = estimateOn(withNoise, 63);
        assertThat(blip.expected()).isEqualTo(4.0);
        assertThat(blip.score()).isCloseTo(3.3487, within(1e-4));
    }

    /** Binomial noise alone on slices of 50 resolved tickets a day: no alarm with the floor, 265 without (measured). */
    @Test
    void binomialNoiseOfSmallSlicesIsNotReported() {
        int withFloor = 0;
        int withoutFloor = 0;
        for (long seed = 1; seed <= 50; seed++) {
            long[] reopened = SyntheticSeries.binomial(365, 50, 0.04, new Random(seed));
            withFloor += anomalies(SyntheticSeries.shares(reopened, 50, reopenRate)).size();
            withoutFloor += anomalies(SyntheticSeries.shares(reopened, 50, SamplingNoise.NONE)).size();
        }
        assertThat(withFloor).as("alarms in 50 years of binomial noise, with the floor").isZero();
        assertThat(withoutFloor).as("alarms in 50 years of binomial noise, without the floor").isGreaterThan(100);
    }

    /**
     * 6 % reopened of 60 tickets a day, then 35 % for ten days: the floor reports every shifted day the detector
     * reported without it (353 of 400; the misses are days whose residual scale is wide, floor or not), and takes
     * away only the chance alarms before the shift (7 without it).
     */
    @Test
    void aRealShiftOfTheSameSizeIsStillFlagged() {
        int shiftedDays = 0;
        int reported = 0;
        int chanceAlarmsWithFloor = 0;
        int chanceAlarmsWithoutFloor = 0;
        for (long seed = 1; seed <= 40; seed++) {
            long[] reopened = SyntheticSeries.binomial(73, 60, 0.06, new Random(seed));
            for (int day = 63; day < 73; day++) {
                reopened[day] = 21;
            }
            DailySeries series = SyntheticSeries.shares(reopened, 60, reopenRate);
            List<Integer> withFloor = anomalies(series).stream().map(e -> series.index(e.day())).toList();
            List<Integer> withoutFloor = anomalies(SyntheticSeries.shares(reopened, 60, SamplingNoise.NONE)).stream().map(e -> series.index(e.day())).toList();
            assertThat(withFloor.stream().filter(d -> d >= 63)).as("seed %d", seed).containsExactlyElementsOf(withoutFloor.stream().filter(d -> d >= 63).toList());
            shiftedDays += 10;
            reported += (int) withFloor.stream().filter(d -> d >= 63).count();
            chanceAlarmsWithFloor += (int) withFloor.stream().filter(d -> d < 63).count();
            chanceAlarmsWithoutFloor += (int) withoutFloor.stream().filter(d -> d < 63).count();
        }
        assertThat((double) reported / shiftedDays).as("shifted days reported").isGreaterThanOrEqualTo(0.85);
        assertThat(chanceAlarmsWithFloor).as("chance alarms before the shift, with the floor").isZero();
        assertThat(chanceAlarmsWithoutFloor).as("chance alarms before the shift, without the floor").isPositive();
    }

    /** Where the counts are large, the sampling deviation is far below the residual scale and nothing changes. */
    @Test
    void largeCountSeriesAreScoredAsBefore() {
        for (long seed = 1; seed <= 20; seed++) {
            double[] share = SyntheticSeries.values(180, 40, 0.05, seed);
            double[] volume = SyntheticSeries.values(180, 20_000, 0.04, seed);
            double[] minutes = SyntheticSeries.values(180, 12, 0.05, seed);
            for (int day = 40; day < 180; day += 23) {
                share[day] *= 1.5;
                volume[day] *= 1.5;
                minutes[day] *= 1.5;
            }
            assertSameEstimates(share, 100_000, SamplingNoise.of(Kpi.FCR, 1.0));
            assertSameEstimates(volume, 1, SamplingNoise.of(Kpi.VOLUME, 1.0));
            assertSameEstimates(minutes, 20_000, SamplingNoise.of(Kpi.AHT, 1.0));
        }
    }

    private void assertSameEstimates(double[] values, long denominator, SamplingNoise noise) {
        DailySeries with = DailySeries.between(SyntheticSeries.START, SyntheticSeries.START.plusDays(values.length - 1), noise);
        for (int i = 0; i < values.length; i++) {
            with.put(SyntheticSeries.START.plusDays(i), values[i], 1_000, denominator);
        }
        assertThat(detector.estimates(with)).isNotEmpty().isEqualTo(detector.estimates(SyntheticSeries.series(values)));
    }

    private List<WeeklyBaseline.Estimate> anomalies(DailySeries series) {
        return detector.anomalies(series, series.first(), series.last(), 4.5, false);
    }

    private WeeklyBaseline.Estimate estimateOn(DailySeries series, int day) {
        return detector.estimates(series).stream().filter(e -> e.day().equals(series.day(day))).findFirst().orElseThrow();
    }
}
