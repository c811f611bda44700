package dev.launchdesk.insight;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import dev.launchdesk.reference.MarketCode;

/**
 * Published when a scan finds a KPI anomaly it had not found before (a rescan that updates a known anomaly does
 * not publish again). Kept in the event publication registry (as JSON) until its listeners have finished.
 *
 * @param anomalyId the stored anomaly (/insights/anomalies/{id})
 * @param kpi       the KPI's parameter name, e.g. "volume" or "csat"
 * @param market    the market, null for all markets (an event stored before the market was typed has "" for that)
 * @param vendor    the vendor code, '' for all vendors
 * @param day       the market-local day
 * @param score     the robust z-score (actual − expected) / scale
 * @param direction "UP" or "DOWN"
 */
public record AnomalyDetected(long anomalyId, String kpi, @JsonDeserialize(using = MarketOrAll.class) MarketCode market, String vendor,
                              LocalDate day, double actual, double expected, double score, String direction) {

    /** Reads the market as written, and "" (all markets, as events stored before the market was typed say) as null. */
    static final class MarketOrAll extends JsonDeserializer<MarketCode> {
        @Override
        public MarketCode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String code = parser.getValueAsString();
            return code == null || code.isBlank() ? null : MarketCode.of(code);
        }
    }
}
