package dev.launchdesk.insight.rca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** The settings' ranges are closed where the paper allows the end (a risk of -1 or 1, a PEP threshold of 0). */
class RiskLocSettingsTest {

    @Test
    void theEndsOfTheRangesAreAccepted() {
        assertThat(new RiskLocSettings(-1.0, 0.0, 0, true).riskThreshold()).isEqualTo(-1.0);
        assertThat(new RiskLocSettings(1.0, 0.0, 0, false).pepThreshold()).isZero();
        assertThat(new RiskLocSettings(0.5, 0.999, 0, true).extremesIgnored()).isZero();
    }

    @Test
    void justOutsideTheRangesIsRefusedNamingTheSetting() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskLocSettings(-1.0001, 0.02, 5, true)).withMessageContaining("riskThreshold");
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskLocSettings(1.0001, 0.02, 5, true)).withMessageContaining("riskThreshold");
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskLocSettings(Double.NaN, 0.02, 5, true)).withMessageContaining("riskThreshold");
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskLocSettings(0.5, -0.0001, 5, true)).withMessageContaining("pepThreshold");
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskLocSettings(0.5, 1.0, 5, true)).withMessageContaining("pepThreshold");
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskLocSettings(0.5, 0.02, -1, true)).withMessageContaining("extremesIgnored");
    }
}
