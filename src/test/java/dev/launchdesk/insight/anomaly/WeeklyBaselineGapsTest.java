package dev.launchdesk.insight.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.KpiRow;
import dev.launchdesk.insight.kpi.TicketMeasures;

/**
 * Days without any ticket are gaps, not zeros: they are never scored, never part of a baseline and never a residual.
 * Counting them as zeros would pull the seasonal median down and turn the next ordinary day into a spike.
 */
class WeeklyBaselineGapsTest {

    private static final LocalDate MONDAY = SyntheticSeries.START;

    private final WeeklyBaseline detector = new WeeklyBaseline(WeeklyBaseline.Settings.DEFAULTS);

    @Test
    void aMissingSameWeekdayIsLeftOutOfTheMedianNotCountedAsZero() {
        DailySeries series = flat(43, 100);
        // the Mondays before day 42: 100, 110, 120, 130 and two without tickets
        series.put(MONDAY.plusDays(7), 110, 1_000).put(MONDAY.plusDays(14), 120, 1_000).put(MONDAY.plusDays(21), 130, 1_000);
        gap(series, 28);
        gap(series, 35);
        series.put(MONDAY.plusDays(42), 115, 1_000);

        WeeklyBaseline.Estimate monday = on(series, 42).orElseThrow();

        // median of 100, 110, 120, 130 = 115 (with the gaps as zeros: median of 0, 0, 100, 110, 120, 130 = 105)
        assertThat(monday.expected()).isEqualTo(115.0);
        assertThat(monday.score()).isZero();
    }

    @Test
    void aMissingDayIsNotScored() {
        DailySeries series = flat(70, 100);
        gap(series, 60);

        assertThat(on(series, 60)).isEmpty();
        assertThat(detector.anomalies(series, MONDAY.plusDays(60), MONDAY.plusDays(60), 4.5, true)).isEmpty();
        assertThat(detector.estimates(series)).extracting(WeeklyBaseline.Estimate::day)
                .doesNotContain(MONDAY.plusDays(60)).contains(MONDAY.plusDays(59), MONDAY.plusDays(61));
    }

    @Test
    void theScaleComesFromTheDaysWithDataWhenMostOfTheResidualWindowIsMissing() {
        // a baseline of three weeks and a residual window of 28 days, so that the window can be mostly gaps
        WeeklyBaseline shortWindow = new WeeklyBaseline(new WeeklyBaseline.Settings(3, 3, 28, 4, 0.03, 30));
        DailySeries series = flat(70, 100);
        for (int day = 41; day <= 68; day++) {
            if (day < 42 || day > 46) {
                gap(series, day);
            }
        }
        series.put(MONDAY.plusDays(48), 100, 1_000).put(MONDAY.plusDays(55), 100, 1_000).put(MONDAY.plusDays(62), 100, 1_000);
        double[] around = {100, 105, 95, 110, 90};
        for (int i = 0; i < around.length; i++) {
            series.put(MONDAY.plusDays(42 + i), around[i], 1_000);
        }
        series.put(MONDAY.plusDays(69), 110, 1_000);

        WeeklyBaseline.Estimate sunday = shortWindow.estimates(series).stream()
                .filter(e -> e.day().equals(MONDAY.plusDays(69))).findFirst().orElseThrow();

        // 20 of the 28 days are gaps; the Sundays 48..62 have no baseline of three Sundays, so the residuals are
        // those of days 42..46 against 100: 0, 5 %, -5 %, 10 %, -10 %; MAD = 1.4826 x 5 % of the expected 100
        assertThat(sunday.expected()).isEqualTo(100.0);
        assertThat(sunday.scale()).isCloseTo(1.4826 * 5, within(1e-9));
        assertThat(sunday.score()).isCloseTo(10 / (1.4826 * 5), within(1e-9));
    }

    @Test
    void aDayNeedsThreeSameWeekdaysWithDataNotThreeCalendarWeeks() {
        DailySeries series = flat(43, 100);
        for (int day = 0; day < 42; day += 7) {
            gap(series, day);
        }
        series.put(MONDAY.plusDays(7), 100, 1_000).put(MONDAY.plusDays(14), 100, 1_000);

        assertThat(on(series, 42)).as("two Mondays with data of six").isEmpty();

        series.put(MONDAY.plusDays(21), 100, 1_000);
        assertThat(on(series, 42)).as("three Mondays with data").isPresent();
    }

    @Test
    void theScanLeavesADayWithoutRowsAGap() {
        TicketMeasures day = new TicketMeasures(40, 40, 18_000, 36, 25_920, 30, 32, 604_800, 26, 20, 4, 25, 19, 98, 16_000);
        List<KpiRow> rows = List.of(new KpiRow(MONDAY, List.of(), day), new KpiRow(MONDAY.plusDays(2), List.of(), day));

        DailySeries series = AnomalyScan.series(Kpi.VOLUME, SamplingNoise.NONE, rows, MONDAY, MONDAY.plusDays(2));

        assertThat(series.has(0)).isTrue();
        assertThat(series.value(0)).isEqualTo(40.0);
        assertThat(series.has(1)).as("no tickets on Tuesday: no value, not 0 tickets").isFalse();
        assertThat(series.tickets(1)).isZero();
        assertThat(series.has(2)).isTrue();
        assertThat(series.denominator(2)).isEqualTo(Kpi.VOLUME.denominatorCount(day));
    }

    private static DailySeries flat(int days, double value) {
        DailySeries series = DailySeries.between(MONDAY, MONDAY.plusDays(days - 1));
        for (int i = 0; i < days; i++) {
            series.put(MONDAY.plusDays(i), value, 1_000);
        }
        return series;
    }

    private static void gap(DailySeries series, int day) {
        series.put(MONDAY.plusDays(day), Double.NaN, 0);
    }

    private Optional<WeeklyBaseline.Estimate> on(DailySeries series, int day) {
        return detector.estimates(series).stream().filter(e -> e.day().equals(series.day(day))).findFirst();
    }
}
