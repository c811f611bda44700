package dev.launchdesk.insight.rca;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * First-layer pruning (RiskLoc's Algorithm 1) does not change the answer: an element whose values cannot be part of a
 * root cause yields no candidate in any layer. It saves the work of summing its leaves into every deeper cuboid, so
 * it is seen in the search's scope, not in the root causes.
 */
class RootCauseSearchPruningTest {

    private static final int TH_REFUND = 3;
    private static final int TH_ACCOUNT = 5;
    private static final int ID_REFUND = 0;

    @Test
    void theLeavesOfAFirstLayerElementWithoutAbnormalLeavesLeaveTheDeeperCuboids() {
        Cube cube = HandCubes.idTriples();
        RootCauseSearch search = new RootCauseSearch(cube, LeafScores.of(cube, 0), HandCubes.noExtremesIgnored());

        List<RootCause> found = search.run();

        assertThat(found).extracting(RootCause::dimensions).containsExactly(Map.of("market", "ID"));
        int marketAndCategory = new Cuboid(new int[] {0, 1}).mask();
        // TH has no abnormal leaf: pruned in the first layer, so its leaves are out of the market x category cuboid
        assertThat(search.scope().contains(TH_REFUND, marketAndCategory)).isFalse();
        assertThat(search.scope().contains(TH_ACCOUNT, marketAndCategory)).isFalse();
        // ...but not out of the category cuboid, which does not fix the market
        assertThat(search.scope().contains(TH_REFUND, new Cuboid(new int[] {1}).mask())).isTrue();
        assertThat(search.scope().isExplained(ID_REFUND)).as("explained by {market=ID}").isTrue();
    }

    @Test
    void withoutPruningTheSameRootCausesAreFoundWithEveryLeafInScope() {
        Cube cube = HandCubes.idTriples();
        RootCauseSearch search = new RootCauseSearch(cube, LeafScores.of(cube, 0), new RiskLocSettings(0.5, 0.02, 0, false));

        assertThat(search.run()).extracting(RootCause::dimensions).containsExactly(Map.of("market", "ID"));
        assertThat(search.scope().contains(TH_REFUND, new Cuboid(new int[] {0, 1}).mask())).isTrue();
    }
}
