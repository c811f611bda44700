package dev.launchdesk.insight.anomaly;

import java.time.Instant;
import java.util.UUID;

import dev.launchdesk.insight.kpi.Kpi;

/** A user follows the anomalies of one market or all ({@code market} ''), of one KPI or all ({@code kpi} null). */
public record AnomalySubscription(UUID id, UUID userId, String market, Kpi kpi, Instant createdAt) {

    /** "All markets · all KPIs", "ID · Tickets", ... */
    public String label() {
        return (market.isEmpty() ? "All markets" : market) + " · " + (kpi == null ? "all KPIs" : kpi.label());
    }

    public String kpiParameter() {
        return kpi == null ? "" : kpi.parameter();
    }
}
