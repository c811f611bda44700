package dev.launchdesk.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.launchdesk.reference.MarketCode;

/**
 * The event publication registry keeps events as JSON and reads them back to retry a reaction: the typed ids are written
 * as the bare values, so an event stored before they were typed (plain strings and UUIDs) still reads.
 */
class SopVersionPublishedJsonTest {

    /** As Spring Boot configures it for the application (unknown properties such as {@code master} are skipped). */
    private final JsonMapper json = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void roundTripsWithTypedIdsAsBareValues() throws Exception {
        UUID document = UUID.fromString("6f1c2a52-3b0e-4c55-9a57-1d2f0e6b7a10");
        UUID version = UUID.fromString("0b8e5f7e-52a4-4d8a-8f0c-7d1c9e3a2b44");
        UUID master = UUID.fromString("9d3a1c0b-7e2f-4b6a-a5c4-2e1f0d9c8b77");
        String stored = "{\"documentId\":\"" + document + "\",\"versionId\":\"" + version + "\",\"sopKey\":\"SPS-RFD-001\","
                + "\"masterDocumentId\":\"" + master + "\",\"marketCode\":\"ID\",\"number\":3,\"effectiveDate\":\"2021-03-01\","
                + "\"changedSections\":[\"Steps\"],\"master\":false}";

        SopVersionPublished read = json.readValue(stored, SopVersionPublished.class);

        assertThat(read).isEqualTo(new SopVersionPublished(document, new SopVersionId(version), "SPS-RFD-001", master,
                new MarketCode("ID"), 3, LocalDate.of(2021, 3, 1), List.of("Steps")));
        assertThat(json.readValue(json.writeValueAsString(read), SopVersionPublished.class)).isEqualTo(read);
        assertThat(json.readTree(json.writeValueAsString(read)).get("versionId").asText()).isEqualTo(version.toString());
    }

    @Test
    void aVersionIdNeedsAUuid() {
        assertThatThrownBy(() -> new SopVersionId(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
