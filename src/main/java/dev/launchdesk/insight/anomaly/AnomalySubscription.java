package dev.launchdesk.insight.anomaly;

import java.time.Instant;
import java.util.UUID;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.shared.UserTexts;

/** A user follows the anomalies of one market or all ({@code market} ''), of one KPI or all ({@code kpi} null). */
public record AnomalySubscription(UUID id, UUID userId, String market, Kpi kpi, Instant createdAt) {

    /** "All markets · all KPIs", "ID · Tickets", ... from the bundles, in the reader's language. */
    public String label() {
        return UserTexts.of("anomaly.subscription.label", market.isEmpty() ? UserTexts.of("anomaly.allMarkets") : market,
                kpi == null ? UserTexts.of("anomaly.subscription.allKpis") : UserTexts.of("kpi." + kpi.name()));
    }

    public String kpiParameter() {
        return kpi == null ? "" : kpi.parameter();
    }
}
