package dev.launchdesk.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.launchdesk.reference.MarketCode;

/**
 * An import's event waits in the event publication registry (as JSON) until its anomaly scan has run: one stored
 * before the markets were typed (plain strings) still reads, and the typed one is written the same way.
 */
class TicketsImportedJsonTest {

    private final JsonMapper json = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void readsAnEventStoredWithPlainMarketCodesAndWritesTheSame() throws Exception {
        String stored = "{\"importId\":42,\"markets\":[\"MY\",\"ID\"],\"firstDay\":\"2026-11-01\",\"lastDay\":\"2026-11-24\",\"rows\":9000}";

        TicketsImported read = json.readValue(stored, TicketsImported.class);

        assertThat(read).isEqualTo(new TicketsImported(42, Set.of(MarketCode.of("ID"), MarketCode.of("MY")), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 24), 9000));
        assertThat(read.marketCodes()).containsExactlyInAnyOrder("ID", "MY");
        assertThat(json.readTree(json.writeValueAsString(read)).get("markets")).hasSize(2)
                .allSatisfy(m -> assertThat(m.isTextual()).isTrue());
        assertThat(json.readTree(json.writeValueAsString(read)).has("marketCodes")).as("only the record's components").isFalse();
    }
}
