package dev.launchdesk.insight.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KpiTest {

    /** The week of Mar 4 of TicketRollupsIntegrationTests: 4 tickets, 4 responded, 3 resolved, 3 CSAT answers, 3,500 orders. */
    private final TicketMeasures week = new TicketMeasures(4, 5, 2_280, 4, 4_380, 3, 3, 25_200, 2, 2, 1, 3, 2, 11, 3_500);

    @Test
    void denominatorCountIsWhatTheKpiIsAShareMeanOrRateOf() {
        assertThat(Kpi.VOLUME.denominatorCount(week)).isEqualTo(1);
        assertThat(Kpi.CONTACT_RATE.denominatorCount(week)).isEqualTo(3_500);
        assertThat(Kpi.AHT.denominatorCount(week)).isEqualTo(4);
        assertThat(Kpi.FRT.denominatorCount(week)).isEqualTo(4);
        assertThat(Kpi.RESOLUTION_TIME.denominatorCount(week)).isEqualTo(3);
        assertThat(Kpi.FCR.denominatorCount(week)).isEqualTo(3);
        assertThat(Kpi.REOPEN_RATE.denominatorCount(week)).isEqualTo(3);
        assertThat(Kpi.CSAT.denominatorCount(week)).isEqualTo(3);
        assertThat(Kpi.SLA_FIRST_RESPONSE.denominatorCount(week)).isEqualTo(4);
        assertThat(Kpi.SLA_RESOLUTION.denominatorCount(week)).isEqualTo(4);
    }

    @Test
    void denominatorCountIsZeroWhereTheKpiIsUndefined() {
        assertThat(Kpi.RESOLUTION_TIME.denominatorCount(TicketMeasures.NONE)).isZero();
        assertThat(Kpi.RESOLUTION_TIME.value(TicketMeasures.NONE)).isNaN();
    }
}
