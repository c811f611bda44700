package dev.launchdesk.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.launchdesk.reference.MarketCode;

/**
 * A new anomaly's event waits in the event publication registry (as JSON) until its alerts are sent: one stored before
 * the market was typed ("" for all markets, the code as a string) still reads, and the typed one writes the bare code.
 */
class AnomalyDetectedJsonTest {

    private final JsonMapper json = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void anEventStoredWithAnEmptyMarketReadsAsAllMarkets() throws Exception {
        String stored = "{\"anomalyId\":7,\"kpi\":\"volume\",\"market\":\"\",\"vendor\":\"\",\"day\":\"2026-03-09\",\"actual\":310.0,"
                + "\"expected\":120.0,\"score\":6.5,\"direction\":\"UP\"}";

        AnomalyDetected read = json.readValue(stored, AnomalyDetected.class);

        assertThat(read).isEqualTo(new AnomalyDetected(7, "volume", null, "", LocalDate.of(2026, 3, 9), 310.0, 120.0, 6.5, "UP"));
        assertThat(json.readValue(json.writeValueAsString(read), AnomalyDetected.class)).isEqualTo(read);
    }

    @Test
    void anEventStoredWithAMarketCodeReadsTypedAndWritesTheBareCode() throws Exception {
        String stored = "{\"anomalyId\":8,\"kpi\":\"csat\",\"market\":\"ID\",\"vendor\":\"NCS\",\"day\":\"2026-03-09\",\"actual\":3.1,"
                + "\"expected\":4.2,\"score\":-5.0,\"direction\":\"DOWN\"}";

        AnomalyDetected read = json.readValue(stored, AnomalyDetected.class);

        assertThat(read.market()).isEqualTo(MarketCode.of("ID"));
        assertThat(json.readTree(json.writeValueAsString(read)).get("market").asText()).isEqualTo("ID");
        assertThat(json.readValue(json.writeValueAsString(read), AnomalyDetected.class)).isEqualTo(read);
    }
}
