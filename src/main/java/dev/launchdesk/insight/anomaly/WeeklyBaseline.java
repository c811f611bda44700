package dev.launchdesk.insight.anomaly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Anomaly detection on a daily KPI series with weekly seasonality, by a robust seasonal baseline:
 * <ul>
 *   <li>expected value of day t = the median of the same weekday over the previous {@code baselineWeeks} weeks
 *       (a seasonal-naive forecast made robust by the median; gaps are skipped, and at least
 *       {@code minHistoryWeeks} of those days must have data);</li>
 *   <li>residual scale = the MAD (× 1.4826) of the relative residuals (actual − expected) / expected of the
 *       {@code residualDays} days before t (at least {@code minResiduals} of them), times |expected of t|. Relative
 *       residuals because the noise grows with the level: a busy Monday wobbles more than a quiet Sunday, and one
 *       absolute scale for both would flag ordinary Mondays. The relative scale is floored at {@code scaleFloor}
 *       so that a flat series does not turn every small wobble into a huge score, and the scale is never smaller
 *       than the sampling deviation of day t's value given its denominator count ({@link SamplingNoise}), so that
 *       the chance wobble of a small slice — a few tickets reopened more than usual of fifty — is not mistaken for a
 *       change: with few tickets the past days can happen to be calm, and their MAD says nothing about the day's
 *       own sampling noise;</li>
 *   <li>score = (actual − expected) / scale, a robust z-score. Day t is an anomaly when the score exceeds the KPI's
 *       threshold in the direction that is worse for the KPI and the day has at least {@code minTickets} tickets.</li>
 * </ul>
 * A day whose expected value is 0 is not scored: there is no relative scale to measure it against.
 * This is the median/MAD variant of seasonal robust scoring (cf. the seasonal median and MAD used by Twitter's
 * S-H-ESD, Hochenbaum, Vallis and Kejariwal, "Automatic Anomaly Detection in the Cloud Via Statistical Learning",
 * arXiv:1704.07706, 2017), scored one day at a time against the days before it only, so a day's score never
 * changes when later days arrive.
 */
final class WeeklyBaseline {

    /**
     * @param baselineWeeks   how many previous same weekdays the expected value is the median of
     * @param minHistoryWeeks how many of them must have data before a day is scored at all
     * @param residualDays    how many days before t the residual scale is estimated from
     * @param minResiduals    how many residuals that window must hold before a day is scored
     * @param scaleFloor      the smallest scale as a fraction of |expected| (e.g. 0.03 = 3 %)
     * @param minTickets      the fewest tickets a day must have to be reported
     */
    record Settings(int baselineWeeks, int minHistoryWeeks, int residualDays, int minResiduals, double scaleFloor, long minTickets) {

        static final Settings DEFAULTS = new Settings(6, 3, 56, 14, 0.03, 30);

        Settings {
            if (baselineWeeks < 1 || minHistoryWeeks < 1 || minHistoryWeeks > baselineWeeks) {
                throw new IllegalArgumentException("need 1 <= minHistoryWeeks <= baselineWeeks, got " + minHistoryWeeks + " and " + baselineWeeks);
            }
            if (residualDays < 2 || minResiduals < 2 || minResiduals > residualDays) {
                throw new IllegalArgumentException("need 2 <= minResiduals <= residualDays, got " + minResiduals + " and " + residualDays);
            }
            if (!(scaleFloor > 0) || minTickets < 0) {
                throw new IllegalArgumentException("scaleFloor must be positive and minTickets not negative");
            }
        }

        /** Days of data before the first day that can be scored (baseline and residual window together). */
        int historyDays() {
            return baselineWeeks * 7 + residualDays;
        }
    }

    /** One scored day. */
    record Estimate(LocalDate day, double actual, double expected, double scale, double score, long tickets) {
    }

    /** Smallest scale whatever the expected value, so tiny values cannot divide by zero. */
    private static final double ABSOLUTE_FLOOR = 1e-9;

    private final Settings settings;

    WeeklyBaseline(Settings settings) {
        this.settings = settings;
    }

    Settings settings() {
        return settings;
    }

    /** Every day of the series that has data and enough history, scored. */
    List<Estimate> estimates(DailySeries series) {
        double[] expected = expectedValues(series);
        List<Estimate> estimates = new ArrayList<>();
        for (int t = 0; t < series.length(); t++) {
            estimate(series, expected, t).ifPresent(estimates::add);
        }
        return estimates;
    }

    /**
     * The anomalies between {@code from} and {@code to} (inclusive): days scored beyond {@code threshold} in the
     * worse direction ({@code higherIsBetter} says which is worse) with enough tickets.
     */
    List<Estimate> anomalies(DailySeries series, LocalDate from, LocalDate to, double threshold, boolean higherIsBetter) {
        double[] expected = expectedValues(series);
        int first = Math.max(0, series.index(from));
        int last = Math.min(series.length() - 1, series.index(to));
        List<Estimate> found = new ArrayList<>();
        for (int t = first; t <= last; t++) {
            estimate(series, expected, t)
                    .filter(e -> e.tickets() >= settings.minTickets())
                    .filter(e -> higherIsBetter ? e.score() <= -threshold : e.score() >= threshold)
                    .ifPresent(found::add);
        }
        return found;
    }

    private Optional<Estimate> estimate(DailySeries series, double[] expected, int t) {
        if (!series.has(t) || Double.isNaN(expected[t]) || expected[t] == 0) {
            return Optional.empty();
        }
        double[] residuals = new double[settings.residualDays()];
        int count = 0;
        for (int s = Math.max(0, t - settings.residualDays()); s < t; s++) {
            if (series.has(s) && !Double.isNaN(expected[s]) && expected[s] != 0) {
                residuals[count++] = (series.value(s) - expected[s]) / Math.abs(expected[s]);
            }
        }
        if (count < settings.minResiduals()) {
            return Optional.empty();
        }
        double relativeScale = Math.max(RobustStatistics.mad(residuals, count), settings.scaleFloor());
        double scale = Math.max(Math.max(relativeScale * Math.abs(expected[t]), series.samplingDeviation(t, expected[t])), ABSOLUTE_FLOOR);
        double actual = series.value(t);
        return Optional.of(new Estimate(series.day(t), actual, expected[t], scale, (actual - expected[t]) / scale, series.tickets(t)));
    }

    /** The seasonal median of each day, NaN where too few previous same weekdays have data. */
    private double[] expectedValues(DailySeries series) {
        double[] expected = new double[series.length()];
        double[] sameWeekday = new double[settings.baselineWeeks()];
        for (int t = 0; t < series.length(); t++) {
            int count = 0;
            for (int week = 1; week <= settings.baselineWeeks(); week++) {
                int s = t - 7 * week;
                if (series.has(s)) {
                    sameWeekday[count++] = series.value(s);
                }
            }
            expected[t] = count >= settings.minHistoryWeeks() ? RobustStatistics.median(sameWeekday, count) : Double.NaN;
        }
        return expected;
    }
}
