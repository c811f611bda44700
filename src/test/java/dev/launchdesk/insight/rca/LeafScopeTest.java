package dev.launchdesk.insight.rca;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * A cuboid's dimensions as bits (dimension d is bit d), and a pruned value of the second dimension: its leaves leave
 * every cuboid over that dimension and stay in the others.
 */
class LeafScopeTest {

    @Test
    void aCuboidsMaskHasOneBitPerDimension() {
        assertThat(new Cuboid(new int[] {0}).mask()).isEqualTo(0b001);
        assertThat(new Cuboid(new int[] {1}).mask()).isEqualTo(0b010);
        assertThat(new Cuboid(new int[] {0, 2}).mask()).isEqualTo(0b101);
        assertThat(new Cuboid(new int[] {1, 2}).mask()).isEqualTo(0b110);
    }

    @Test
    void aPrunedCategoryLeavesTheCuboidsOverCategoryOnly() {
        Cube cube = HandCubes.idTriples();
        int refund = cube.codes(1)[0];
        LeafScope scope = new LeafScope(cube);

        scope.prune(1, refund);
        scope.applyPruning(1);

        int[] refundLeaves = IntStream.range(0, cube.size()).filter(i -> cube.codes(1)[i] == refund).toArray();
        assertThat(refundLeaves).containsExactly(0, 3);
        assertThat(IntStream.range(0, cube.size()).filter(i -> scope.contains(i, 0b10)).toArray()).containsExactly(1, 2, 4, 5);
        assertThat(IntStream.range(0, cube.size()).filter(i -> scope.contains(i, 0b11)).toArray()).containsExactly(1, 2, 4, 5);
        assertThat(IntStream.range(0, cube.size()).filter(i -> scope.contains(i, 0b01)).toArray()).containsExactly(0, 1, 2, 3, 4, 5);
    }
}
