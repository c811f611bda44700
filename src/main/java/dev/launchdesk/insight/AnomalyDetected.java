package dev.launchdesk.insight;

import java.time.LocalDate;

/**
 * Published when a scan finds a KPI anomaly it had not found before (a rescan that updates a known anomaly does
 * not publish again).
 *
 * @param anomalyId the stored anomaly (/insights/anomalies/{id})
 * @param kpi       the KPI's parameter name, e.g. "volume" or "csat"
 * @param market    the market code, '' for all markets
 * @param vendor    the vendor code, '' for all vendors
 * @param day       the market-local day
 * @param score     the robust z-score (actual − expected) / scale
 * @param direction "UP" or "DOWN"
 */
public record AnomalyDetected(long anomalyId, String kpi, String market, String vendor, LocalDate day, double actual,
                              double expected, double score, String direction) {
}
