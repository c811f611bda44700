package dev.launchdesk.insight.rca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LeafScoresTest {

    @Test
    void deviationScoreIsTheRelativeGapOverTheMeanOfRealAndForecast() {
        assertThat(LeafScores.deviationScore(300, 100)).isEqualTo(-1.0);
        assertThat(LeafScores.deviationScore(95, 105)).isEqualTo(0.1, within(1e-15));
        assertThat(LeafScores.deviationScore(0, 50)).isEqualTo(2.0);
        assertThat(LeafScores.deviationScore(50, 0)).isEqualTo(-2.0);
        assertThat(LeafScores.deviationScore(0, 0)).isEqualTo(0.0);
    }

    @Test
    void partitionsWeighsAndAttributesTheHandCube() {
        LeafScores scores = LeafScores.of(HandCubes.idTriples(), 0);

        // distinct scores -1, -0.1, 0, 0.1: |-1| > |0.1|, so the abnormal side is below -0.1
        assertThat(scores.cutoff()).isEqualTo(new DeviationCutoff(-0.1, false));
        assertThat(scores.abnormal).containsExactly(true, true, true, false, false, false);
        // abnormal: |deviation| capped at 1; normal: |cutoff - deviation| = |-0.1 - 0.1|, |-0.1 + 0.1|, |-0.1 - 0|
        assertThat(scores.weight).containsExactly(new double[] {1, 1, 1, 0.2, 0, 0.1}, within(1e-15));
        // (real - predict) / (810 - 470)
        assertThat(scores.explanatoryPower).containsExactly(
                new double[] {200 / 340.0, 100 / 340.0, 40 / 340.0, -10 / 340.0, 10 / 340.0, 0}, within(1e-15));
        assertThat(scores.abnormalExplanatoryPower()).isEqualTo(1.0, within(1e-15));
    }

    @Test
    void aDecreaseGetsTheMirroredCutoffAndTheSameExplanatoryPower() {
        LeafScores up = LeafScores.of(HandCubes.idTriples(), 0);
        LeafScores down = LeafScores.of(HandCubes.swapped(HandCubes.idTriples()), 0);

        assertThat(down.cutoff()).isEqualTo(new DeviationCutoff(0.1, true));
        assertThat(down.abnormal).containsExactly(up.abnormal);
        assertThat(down.weight).containsExactly(up.weight, within(1e-15));
        assertThat(down.explanatoryPower).containsExactly(up.explanatoryPower, within(1e-15));
    }

    @Test
    void aNormalLeafWithNeitherRealNorForecastWeighsNothing() {
        DeviationCutoff cutoff = new DeviationCutoff(0.3, true);

        assertThat(LeafScores.weight(0, 0, 0.0, false, cutoff)).isZero();
        assertThat(LeafScores.weight(5, 5, 0.0, false, cutoff)).isEqualTo(0.3);
        assertThat(LeafScores.weight(0, 9, 2.0, true, cutoff)).isEqualTo(1.0);
    }

    @Test
    void noDeviationOfTheTotalLeavesNothingToExplain() {
        Cube balanced = Cube.of(java.util.List.of("market"), java.util.List.of(
                new Leaf(java.util.List.of("ID"), 10, 5), new Leaf(java.util.List.of("TH"), 5, 10)));

        assertThat(LeafScores.of(balanced, 0).explanatoryPower).containsOnly(0.0);
    }
}
