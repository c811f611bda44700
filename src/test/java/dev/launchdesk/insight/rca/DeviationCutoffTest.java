package dev.launchdesk.insight.rca;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviationCutoffTest {

    @Test
    void mirrorsTheSmallerExtremeAfterIgnoringTheMostExtremeScores() {
        double[] deviations = {-0.3, -0.2, -0.1, 0.0, 0.1, 0.2, 1.5, 1.8, 0.1, -0.2};

        // distinct: -0.3 -0.2 -0.1 0 0.1 0.2 1.5 1.8; one ignored per side: -0.2 and 1.5
        assertThat(DeviationCutoff.of(deviations, 1)).isEqualTo(new DeviationCutoff(0.2, true));
        // nothing ignored: -0.3 and 1.8
        assertThat(DeviationCutoff.of(deviations, 0)).isEqualTo(new DeviationCutoff(0.3, true));
    }

    @Test
    void putsTheAbnormalSideBelowWhenTheKpiExceedsItsForecast() {
        double[] deviations = {-1.8, -1.5, -0.2, 0.0, 0.1, 0.25};

        DeviationCutoff cutoff = DeviationCutoff.of(deviations, 0);

        assertThat(cutoff).isEqualTo(new DeviationCutoff(-0.25, false));
        assertThat(cutoff.isAbnormal(-0.3)).isTrue();
        assertThat(cutoff.isAbnormal(-0.25)).isFalse();
        assertThat(cutoff.isAbnormal(0.3)).isFalse();
    }

    @Test
    void aTieGoesToTheUpperSideAsInTheReference() {
        assertThat(DeviationCutoff.of(new double[] {-0.5, 0.0, 0.5}, 0)).isEqualTo(new DeviationCutoff(0.5, true));
    }

    @Test
    void neverPutsTheCutoffOnTheWrongSideOfZero() {
        // a noise-free cube: normal leaves at exactly 0, the root cause's leaves above
        double[] deviations = {0.0, 0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};

        // the reference mirrors the 6th smallest distinct score (0.8) to -0.8 and finds nothing
        assertThat(DeviationCutoff.of(deviations, 5)).isEqualTo(new DeviationCutoff(0.0, true));
    }

    @Test
    void agreesWithTheReferenceWhenFewerDistinctScoresThanIgnoredExtremes() {
        // low and high cross: low = 0.25, high = -0.5; the reference mirrors 0.25 and looks below
        assertThat(DeviationCutoff.of(new double[] {-0.5, 0.25}, 5)).isEqualTo(new DeviationCutoff(-0.25, false));
        assertThat(DeviationCutoff.of(new double[] {0.5, -0.25}, 5)).isEqualTo(new DeviationCutoff(0.25, true));
        assertThat(DeviationCutoff.of(new double[0], 5)).isEqualTo(new DeviationCutoff(0.0, true));
    }

    @Test
    void takesEveryLeafOnTheSideOfAOneSidedCubeAsAbnormal() {
        assertThat(DeviationCutoff.of(new double[] {-0.4, -0.1}, 5)).isEqualTo(new DeviationCutoff(0.0, false));
    }
}
