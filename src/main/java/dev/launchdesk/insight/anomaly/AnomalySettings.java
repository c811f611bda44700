package dev.launchdesk.insight.anomaly;

import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import dev.launchdesk.insight.kpi.Kpi;

/**
 * Anomaly detection ({@code launchdesk.insight.anomaly.*}, documented in application.yml).
 *
 * @param schedule          cron of the scheduled scan (Spring's six fields; "-" turns it off)
 * @param scheduledDays     the scheduled scan looks at the days up to today, this many
 * @param baselineWeeks     the expected value is the median of the same weekday over this many previous weeks
 * @param minHistoryWeeks   of which at least this many must have data
 * @param residualDays      the residual scale is the MAD of the relative residuals of this many days before
 * @param minResiduals      of which at least this many must exist before a day is scored
 * @param scaleFloor        the smallest relative scale (0.03: a deviation is measured in units of at least 3 % of expected)
 * @param durationCv        coefficient of variation of single durations (handle, first response, resolution time): a
 *                          day's mean of n of them strays by chance about expected × cv / √n, which the scale never
 *                          goes below (0 turns that floor off)
 * @param minTickets        a day of a slice with fewer tickets is never reported
 * @param defaultThreshold  the score a KPI must pass in its worse direction when it has no threshold of its own
 * @param thresholds        per KPI (parameter name, e.g. volume or csat) its own threshold
 * @param contextDays       the launches and SOP versions this many days either side of an anomaly are listed with it
 * @param mailFrom          sender of the alert e-mails (their links point to {@link dev.launchdesk.shared.BaseUrl})
 */
@ConfigurationProperties("launchdesk.insight.anomaly")
public record AnomalySettings(@DefaultValue("0 0 * * * *") String schedule,
                              @DefaultValue("7") int scheduledDays,
                              @DefaultValue("6") int baselineWeeks,
                              @DefaultValue("3") int minHistoryWeeks,
                              @DefaultValue("56") int residualDays,
                              @DefaultValue("14") int minResiduals,
                              @DefaultValue("0.03") double scaleFloor,
                              @DefaultValue("1.0") double durationCv,
                              @DefaultValue("30") long minTickets,
                              @DefaultValue("4.5") double defaultThreshold,
                              Map<String, Double> thresholds,
                              @DefaultValue("7") int contextDays,
                              @DefaultValue("launchdesk@localhost") String mailFrom) {

    public AnomalySettings {
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
        thresholds.keySet().forEach(name -> {
            if (Kpi.fromParameter(name).isEmpty()) {
                throw new IllegalArgumentException("launchdesk.insight.anomaly.thresholds: unknown KPI '" + name + "'");
            }
        });
        if (scheduledDays < 1 || contextDays < 0 || !(defaultThreshold > 0) || !(durationCv >= 0) || Double.isInfinite(durationCv)) {
            throw new IllegalArgumentException("launchdesk.insight.anomaly: scheduled-days must be positive, context-days not negative, "
                    + "default-threshold positive, duration-cv not negative");
        }
        // checks the detector settings at start-up (the fields are not assigned yet inside this constructor)
        new WeeklyBaseline.Settings(baselineWeeks, minHistoryWeeks, residualDays, minResiduals, scaleFloor, minTickets);
    }

    /** The KPI's own threshold, else the default. */
    double threshold(Kpi kpi) {
        return thresholds.entrySet().stream()
                .filter(e -> Kpi.fromParameter(e.getKey().toLowerCase(Locale.ROOT)).orElse(null) == kpi)
                .map(Map.Entry::getValue).findFirst().orElse(defaultThreshold);
    }

    /** How the KPI's daily value scatters by chance for its denominator count. */
    SamplingNoise noise(Kpi kpi) {
        return SamplingNoise.of(kpi, durationCv);
    }

    WeeklyBaseline.Settings detector() {
        return new WeeklyBaseline.Settings(baselineWeeks, minHistoryWeeks, residualDays, minResiduals, scaleFloor, minTickets);
    }
}
