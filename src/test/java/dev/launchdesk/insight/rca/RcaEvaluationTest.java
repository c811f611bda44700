package dev.launchdesk.insight.rca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RcaEvaluationTest {

    private static final Map<String, String> ID = Map.of("market", "ID");
    private static final Map<String, String> ID_REFUND = Map.of("market", "ID", "category", "Refund");
    private static final Map<String, String> TH = Map.of("market", "TH");

    @Test
    void onlyAnExactCombinationCounts() {
        RcaEvaluation.Tally tally = RcaEvaluation.Tally.of(List.of(ID, TH), Set.of(ID_REFUND, TH));

        // {market=ID} is broader than the injected {market=ID, category=Refund}: a miss and a false alarm
        assertThat(tally).isEqualTo(new RcaEvaluation.Tally(1, 1, 1));
        assertThat(tally.precision()).isEqualTo(0.5);
        assertThat(tally.recall()).isEqualTo(0.5);
        assertThat(tally.f1()).isEqualTo(0.5);
    }

    @Test
    void aRootCauseFoundTwiceCountsOnce() {
        assertThat(RcaEvaluation.Tally.of(List.of(TH, TH), Set.of(TH))).isEqualTo(new RcaEvaluation.Tally(1, 0, 0));
    }

    @Test
    void microAveragingSumsTheCountsBeforeTakingF1() {
        RcaEvaluation.Tally perfect = new RcaEvaluation.Tally(3, 0, 0);
        RcaEvaluation.Tally wrong = new RcaEvaluation.Tally(0, 1, 1);

        // micro: 2*3 / (2*3 + 1 + 1) = 0.75, where the mean of the two F1s would be 0.5
        assertThat(perfect.plus(wrong).f1()).isEqualTo(0.75);
        assertThat(RcaEvaluation.overall(Map.of(new RcaEvaluation.Cell(1, 3, 0.1), perfect,
                new RcaEvaluation.Cell(1, 1, 0.1), wrong)).f1()).isEqualTo(0.75);
    }

    @Test
    void findingNothingWhenThereIsNothingIsPerfect() {
        assertThat(RcaEvaluation.Tally.NONE.f1()).isEqualTo(1.0);
        assertThat(new RcaEvaluation.Tally(0, 0, 2).f1()).isZero();
    }

    @Test
    void evaluatesEveryCaseOfEveryCellInOrder() {
        List<RcaEvaluation.Cell> cells = List.of(new RcaEvaluation.Cell(2, 3, 0.05), new RcaEvaluation.Cell(1, 2, 0.1));

        Map<RcaEvaluation.Cell, RcaEvaluation.Tally> tallies = new RcaEvaluation(new RiskLoc())
                .evaluate(List.of(6, 5, 4), cells, 4, 7);

        assertThat(tallies.keySet()).containsExactlyElementsOf(cells);
        RcaEvaluation.Tally first = tallies.get(cells.get(0));
        assertThat(first.truePositives() + first.falseNegatives()).isEqualTo(4 * 3);
        RcaEvaluation.Tally second = tallies.get(cells.get(1));
        assertThat(second.truePositives() + second.falseNegatives()).isEqualTo(4 * 2);
    }

    @Test
    void percentileIsTheNearestRank() {
        double[] samples = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};

        assertThat(RcaEvaluationCommand.percentile(samples, 0.5)).isEqualTo(10);
        assertThat(RcaEvaluationCommand.percentile(samples, 0.95)).isEqualTo(19);
        assertThat(RcaEvaluationCommand.percentile(new double[] {4}, 0.95)).isEqualTo(4, within(0.0));
    }

    @Test
    void everyCaseOfEveryCellHasACubeOfItsOwn() {
        Set<Long> seeds = new HashSet<>();
        Set<List<Object>> cubes = new HashSet<>();
        int cases = 0;
        for (int layer = 1; layer <= 3; layer++) {
            for (int count = 1; count <= 3; count++) {
                for (double noise : new double[] {0.05, 0.10}) {
                    RcaEvaluation.Cell cell = new RcaEvaluation.Cell(layer, count, noise);
                    for (int i = 0; i < 7; i++) {
                        long seed = RcaEvaluation.caseSeed(20_220_520L, cell, i);
                        seeds.add(seed);
                        cases++;
                        if (noise == 0.05) {
                            SyntheticCase synthetic = SyntheticCases.generate(new SyntheticCases.Recipe(
                                    SyntheticCases.RISKLOC_S_DIMENSIONS, layer, count, noise, seed));
                            List<Leaf> leaves = synthetic.cube().leaves();
                            cubes.add(List.of(synthetic.rootCauses(), leaves.get(0).real(), leaves.get(leaves.size() - 1).real()));
                        }
                    }
                }
            }
        }
        assertThat(seeds).as("one seed per case (RiskLocAccuracyTest)").hasSize(cases);
        // 63 cases at noise 0.05 (root causes and two leaves compared): with a constant seed the 7 cases of a cell
        // would be one cube seven times
        assertThat(cubes).hasSize(63);
    }
}
