package dev.launchdesk.insight.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class WeeklyBaselineTest {

    private final WeeklyBaseline detector = new WeeklyBaseline(WeeklyBaseline.Settings.DEFAULTS);

    @Test
    void expectsTheMedianOfTheSameWeekdayOverThePreviousWeeks() {
        double[] values = new double[43];
        for (int i = 0; i < values.length; i++) {
            values[i] = 100 + (i % 7) * 10 + (i / 7 == 2 ? 50 : 0);
        }
        List<WeeklyBaseline.Estimate> estimates = detector.estimates(SyntheticSeries.series(values));
        WeeklyBaseline.Estimate last = estimates.get(estimates.size() - 1);
        assertThat(last.day()).isEqualTo(SyntheticSeries.START.plusDays(42));
        // Mondays before: 100, 100, 150, 100, 100, 100 -> median 100; one odd week does not move it
        assertThat(last.expected()).isEqualTo(100.0);
        assertThat(last.score()).isZero();
    }

    @Test
    void findsInjectedSpikesInANoisySeasonalSeries() {
        int found = 0;
        int injected = 0;
        int falseAlarms = 0;
        for (long seed = 1; seed <= 20; seed++) {
            double[] values = SyntheticSeries.values(180, 400, 0.04, seed);
            Set<Integer> spikes = new TreeSet<>();
            for (int day = 40; day < 180; day += 23) {
                values[day] *= 1.5;
                spikes.add(day);
            }
            Set<Integer> flagged = flaggedDays(values, false);
            injected += spikes.size();
            found += (int) spikes.stream().filter(flagged::contains).count();
            falseAlarms += (int) flagged.stream().filter(d -> !spikes.contains(d)).count();
        }
        assertThat((double) found / injected).as("recall").isGreaterThanOrEqualTo(0.95);
        assertThat(falseAlarms).as("false alarms in %d days", 20 * 140).isLessThanOrEqualTo(3);
    }

    @Test
    void raisesFewFalseAlarmsOnCleanSeries() {
        int falseAlarms = 0;
        for (long seed = 100; seed < 150; seed++) {
            falseAlarms += flaggedDays(SyntheticSeries.values(365, 250, 0.05, seed), false).size();
        }
        // 50 series of a year, scored from day 35 on: about 16,500 clean days
        assertThat(falseAlarms).as("false alarms in 50 years of clean days").isLessThanOrEqualTo(3);
    }

    @Test
    void reportsOnlyTheWorseDirection() {
        double[] values = SyntheticSeries.values(70, 80, 0.01, 7);
        values[60] *= 1.5;
        values[62] *= 0.5;
        assertThat(flaggedDays(values, false)).containsExactly(60);
        assertThat(flaggedDays(values, true)).containsExactly(62);
    }

    @Test
    void aFlatSeriesDoesNotExplode() {
        double[] values = new double[70];
        java.util.Arrays.fill(values, 50.0);
        values[65] = 50.5;
        List<WeeklyBaseline.Estimate> estimates = detector.estimates(SyntheticSeries.series(values));
        WeeklyBaseline.Estimate wobble = estimates.stream().filter(e -> e.day().equals(SyntheticSeries.START.plusDays(65))).findFirst().orElseThrow();
        assertThat(wobble.scale()).isCloseTo(1.5, within(1e-9));
        assertThat(wobble.score()).isCloseTo(0.5 / 1.5, within(1e-9));
        assertThat(flaggedDays(values, false)).isEmpty();
        values[66] = 80;
        assertThat(flaggedDays(values, false)).containsExactly(66);
    }

    @Test
    void needsEnoughHistoryBeforeScoringAnything() {
        double[] values = SyntheticSeries.values(34, 300, 0.02, 3);
        values[33] *= 3;
        assertThat(detector.estimates(SyntheticSeries.series(values))).isEmpty();
        double[] longer = SyntheticSeries.values(40, 300, 0.02, 3);
        LocalDate firstScored = detector.estimates(SyntheticSeries.series(longer)).get(0).day();
        // three same weekdays for the baseline, then fourteen residuals from the days that had a baseline
        assertThat(firstScored).isEqualTo(SyntheticSeries.START.plusDays(35));
    }

    @Test
    void skipsGapsAndStillFindsTheSpike() {
        double[] values = SyntheticSeries.values(120, 300, 0.03, 11);
        for (int day = 3; day < 120; day += 9) {
            values[day] = Double.NaN;
        }
        values[100] *= 1.6;
        assertThat(values[100]).isNotNaN();
        assertThat(flaggedDays(values, false)).containsExactly(100);
        assertThat(detector.estimates(SyntheticSeries.series(values))).noneMatch(e -> Double.isNaN(e.actual()));
    }

    @Test
    void ignoresDaysWithTooFewTickets() {
        double[] values = SyntheticSeries.values(70, 300, 0.02, 5);
        values[60] *= 2;
        DailySeries series = DailySeries.between(SyntheticSeries.START, SyntheticSeries.START.plusDays(69));
        for (int i = 0; i < 70; i++) {
            series.put(SyntheticSeries.START.plusDays(i), values[i], i == 60 ? 29 : 500);
        }
        assertThat(detector.anomalies(series, series.first(), series.last(), 4.5, false)).isEmpty();
        series.put(SyntheticSeries.START.plusDays(60), values[60], 30);
        assertThat(detector.anomalies(series, series.first(), series.last(), 4.5, false)).hasSize(1);
    }

    private Set<Integer> flaggedDays(double[] values, boolean higherIsBetter) {
        DailySeries series = SyntheticSeries.series(values);
        return detector.anomalies(series, series.first(), series.last(), 4.5, higherIsBetter).stream()
                .map(e -> series.index(e.day())).collect(Collectors.toCollection(TreeSet::new));
    }
}
