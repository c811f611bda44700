package dev.launchdesk.insight.rca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Risk scores of the hand cube's first-layer elements, worked out by hand (see each test). */
class ElementTotalsTest {

    private final Cube cube = HandCubes.idTriples();
    private final LeafScores scores = LeafScores.of(cube, 0);
    private final LeafScope scope = new LeafScope(cube);

    private ElementTotals totalsOf(int dimension, CuboidElements elements) {
        ElementTotals totals = ElementTotals.sum(cube, scores, elements, scope);
        totals.sumRippleGaps(cube, elements, scope, totals.candidates(0.0));
        return totals;
    }

    @Test
    void marketIdCarriesTheWholeDeviationWithOneCommonFactor() {
        CuboidElements markets = CuboidElements.firstLayer(cube, 0);
        ElementTotals totals = totalsOf(0, markets);
        int id = cube.code(0, 0);

        assertThat(markets.describe(cube, id)).containsEntry("market", "ID");
        assertThat(totals.explanatoryPower[id]).isEqualTo(1.0, within(1e-15));
        // three abnormal leaves of weight 1, no normal ones: 3 / (3 + 0 + 1)
        assertThat(totals.highRisk(id)).isEqualTo(0.75);
        // forecast x 510/170 = 3 reproduces every real value: no ripple gap
        assertThat(totals.lowRisk(id)).isZero();
        assertThat(totals.candidates(0.02)).containsExactly(id);
    }

    @Test
    void categoryRefundMixesAnAbnormalAndANormalLeaf() {
        ElementTotals totals = totalsOf(1, CuboidElements.firstLayer(cube, 1));
        int refund = cube.code(1, 0);

        // weights 1 (ID) and 0.2 (TH): 1 / (1 + 0.2 + 1)
        assertThat(totals.highRisk(refund)).isEqualTo(1 / 2.2, within(1e-15));
        // factor 395/205; expected 7900/41 vs 300 and 8295/41 vs 95 give gaps 44/101 and 880/1219;
        // divided by |-1| + |0.1|
        assertThat(totals.lowRisk(refund)).isEqualTo((44.0 / 101 + 880.0 / 1219) / 1.1, within(1e-12));
        assertThat(totals.risk(refund)).isEqualTo(-0.5977697851819637, within(1e-12));
    }

    @Test
    void theRippleGapOfAOneLeafElementIsExactlyZeroAndSwappingMirrorsIt() {
        double real = 123.71105412927355;
        double predict = 372.1226239140604;

        // predict * real / predict rounds to 123.71105412927353 here, a gap of 1e-16 that would
        // decide whether a one-leaf element reaches a risk of exactly 0.5
        assertThat(ElementTotals.rippleGap(real, predict, real, predict)).isZero();
        assertThat(ElementTotals.rippleGap(95, 105, 395, 205)).isEqualTo(880.0 / 1219, within(1e-15));
        assertThat(ElementTotals.rippleGap(105, 95, 205, 395)).isEqualTo(-880.0 / 1219, within(1e-15));
        assertThat(ElementTotals.rippleGap(0.3, 0.7, 1.9, 2.3))
                .isEqualTo(-ElementTotals.rippleGap(0.7, 0.3, 2.3, 1.9));
    }

    @Test
    void candidatesAreTheElementsWithAbnormalLeavesMostExplanatoryFirst() {
        ElementTotals totals = totalsOf(1, CuboidElements.firstLayer(cube, 1));
        int refund = cube.code(1, 0);
        int delivery = cube.code(1, 1);
        int account = cube.code(1, 2);

        // explanatory power 190/340, 110/340, 40/340
        assertThat(totals.candidates(0.02)).containsExactly(refund, delivery, account);
        assertThat(totals.candidates(0.2)).containsExactly(refund, delivery);
        assertThat(totals.candidates(190 / 340.0)).isEmpty();
    }

    @Test
    void prunesFirstLayerElementsWithoutAbnormalLeavesOrEnoughPositivePower() {
        ElementTotals markets = totalsOf(0, CuboidElements.firstLayer(cube, 0));
        ElementTotals categories = totalsOf(1, CuboidElements.firstLayer(cube, 1));
        int account = cube.code(1, 2);

        assertThat(markets.isPrunable(cube.code(0, 3), 0.02)).as("TH: no abnormal leaf").isTrue();
        assertThat(markets.isPrunable(cube.code(0, 0), 0.02)).as("ID").isFalse();
        // Account: positive power 40/340 = 0.118 from its ID leaf
        assertThat(categories.isPrunable(account, 0.02)).isFalse();
        assertThat(categories.isPrunable(account, 0.12)).isTrue();
    }

    @Test
    void aPrunedValueLeavesTheScopeOfEveryCuboidOverItsDimensionOnly() {
        scope.prune(0, cube.code(0, 3));
        scope.applyPruning(0);
        int thRefund = 3;

        assertThat(scope.contains(thRefund, new Cuboid(new int[] {0}).mask())).isFalse();
        assertThat(scope.contains(thRefund, new Cuboid(new int[] {0, 1}).mask())).isFalse();
        assertThat(scope.contains(thRefund, new Cuboid(new int[] {1}).mask())).isTrue();
        assertThat(scope.contains(0, new Cuboid(new int[] {0, 1}).mask())).isTrue();
    }

    @Test
    void leavesOutOfScopeDoNotCount() {
        CuboidElements categories = CuboidElements.firstLayer(cube, 1);
        scope.markExplained(CuboidElements.firstLayer(cube, 0), cube.code(0, 0));

        ElementTotals totals = ElementTotals.sum(cube, scores, categories, scope);

        assertThat(totals.abnormalLeaves).containsOnly(0);
        assertThat(totals.candidates(Double.NEGATIVE_INFINITY)).isEmpty();
    }

    @Test
    void secondLayerElementsAreTheDistinctValueCombinations() {
        CuboidElements markets = CuboidElements.firstLayer(cube, 0);
        CuboidElements both = CuboidElements.refine(cube, markets, new Cuboid(new int[] {0, 1}));

        assertThat(both.count()).isEqualTo(6);
        assertThat(both.describe(cube, both.elementOfLeaf[3]))
                .containsExactly(java.util.Map.entry("market", "TH"), java.util.Map.entry("category", "Refund"));
    }
}
