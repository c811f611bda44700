package dev.launchdesk.insight.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The SOP of a root cause that names an SOP version, as the analysis writes it ("SPS-RFD-001 v2"), is its key. */
class RootCauseRefreshersTest {

    @Test
    void theSopOfAnAnalysedSopVersionIsItsKey() {
        assertThat(RootCauseRefreshers.keyOf("SPS-RFD-001 v2")).isEqualTo("SPS-RFD-001");
        assertThat(RootCauseRefreshers.keyOf("SPS-RFD-001 v12")).isEqualTo("SPS-RFD-001");
        assertThat(RootCauseRefreshers.keyOf(" SPS-RFD-001 ")).isEqualTo("SPS-RFD-001");
        assertThat(RootCauseRefreshers.keyOf("SPS-RFD-001 vX")).isEqualTo("SPS-RFD-001 vX");
        assertThat(RootCauseRefreshers.keyOf("SPS-RFD-001 v")).isEqualTo("SPS-RFD-001 v");
    }
}
