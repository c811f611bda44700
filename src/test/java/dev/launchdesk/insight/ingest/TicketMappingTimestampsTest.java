package dev.launchdesk.insight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** A mapping's account time zone goes onto every local timestamp a helpdesk writes, and onto nothing else. */
class TicketMappingTimestampsTest {

    static final ZoneId KUALA_LUMPUR = ZoneId.of("Asia/Kuala_Lumpur");

    @Test
    void localTimestampsGetTheAccountsZoneWhateverTheirFractionDigits() {
        assertThat(TicketMapping.inZone("2026-11-20 08:15", KUALA_LUMPUR)).isEqualTo("2026-11-20T08:15:00+08:00");
        assertThat(TicketMapping.inZone("2026-11-20T08:15:00", KUALA_LUMPUR)).isEqualTo("2026-11-20T08:15:00+08:00");
        assertThat(TicketMapping.inZone("2026-11-20 08:15:00.123", KUALA_LUMPUR)).isEqualTo("2026-11-20T08:15:00.123+08:00");
        assertThat(TicketMapping.inZone("2026-11-20 08:15:00.123456", KUALA_LUMPUR)).isEqualTo("2026-11-20T08:15:00.123456+08:00");
    }

    @Test
    void timestampsWithTheirOwnOffsetAndOtherValuesStayAsWritten() {
        assertThat(TicketMapping.inZone("2026-11-20T08:15:00Z", KUALA_LUMPUR)).isEqualTo("2026-11-20T08:15:00Z");
        assertThat(TicketMapping.inZone("2026-11-20T08:15:00+07:00", KUALA_LUMPUR)).isEqualTo("2026-11-20T08:15:00+07:00");
        assertThat(TicketMapping.inZone("2026-11-20 08:15:00 -0500", KUALA_LUMPUR)).isEqualTo("2026-11-20 08:15:00 -0500");
        assertThat(TicketMapping.inZone("yesterday", KUALA_LUMPUR)).isEqualTo("yesterday");
        assertThat(TicketMapping.inZone("2026-11-20 08:15", null)).isEqualTo("2026-11-20 08:15");
    }
}
