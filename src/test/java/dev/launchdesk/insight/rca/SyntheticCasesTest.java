package dev.launchdesk.insight.rca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticCasesTest {

    private static final List<Integer> DIMENSIONS = List.of(6, 5, 4, 3);

    private static SyntheticCase generate(int layer, int count, double noise, long seed) {
        return SyntheticCases.generate(new SyntheticCases.Recipe(DIMENSIONS, layer, count, noise, seed));
    }

    @Test
    void theSameRecipeGivesTheSameCase() {
        SyntheticCase first = generate(2, 3, 0.1, 99);
        SyntheticCase second = generate(2, 3, 0.1, 99);

        assertThat(second.cube().leaves()).isEqualTo(first.cube().leaves());
        assertThat(second.rootCauses()).isEqualTo(first.rootCauses());
        assertThat(generate(2, 3, 0.1, 100).cube().leaves()).isNotEqualTo(first.cube().leaves());
    }

    @Test
    void everyCombinationOfDimensionValuesIsOneLeaf() {
        Cube cube = generate(1, 1, 0.1, 1).cube();

        assertThat(cube.dimensions()).containsExactly("a", "b", "c", "d");
        assertThat(cube.size()).isEqualTo(6 * 5 * 4 * 3);
        assertThat(cube.leaf(0).values()).containsExactly("a1", "b1", "c1", "d1");
        assertThat(cube.leaves().stream().map(Leaf::values).distinct().count()).isEqualTo(cube.size());
    }

    @Test
    void injectsDistinctRootCausesInOneCuboidOfTheRequestedLayer() {
        for (long seed = 1; seed <= 20; seed++) {
            SyntheticCase synthetic = generate(3, 3, 0.1, seed);

            assertThat(synthetic.rootCauses()).hasSize(3);
            assertThat(synthetic.rootCauses()).allSatisfy(rc -> assertThat(rc).hasSize(3));
            assertThat(synthetic.rootCauses().stream().map(Map::keySet).distinct()).hasSize(1);
        }
    }

    @Test
    void withoutNoiseOnlyTheLeavesUnderARootCauseDeviate() {
        SyntheticCase synthetic = generate(2, 2, 0.0, 5);

        for (Leaf leaf : synthetic.cube().leaves()) {
            if (isUnderRootCause(synthetic, leaf)) {
                assertThat(synthetic.increase() ? leaf.real() >= leaf.predict() : leaf.real() <= leaf.predict())
                        .as("%s deviates in the case's direction", leaf).isTrue();
            } else {
                assertThat(leaf.real()).as("%s", leaf).isEqualTo(leaf.predict());
            }
        }
    }

    @Test
    void eachRootCauseMovesItsTotalByAtLeastTheMinimumSeverity() {
        for (long seed = 1; seed <= 20; seed++) {
            SyntheticCase synthetic = generate(1, 2, 0.05, seed);
            for (Map<String, String> rootCause : synthetic.rootCauses()) {
                double real = total(synthetic, rootCause, true);
                double predict = total(synthetic, rootCause, false);
                // severity >= 0.2 + noise with a spread of at most 0.1 per leaf, averaged over 60 leaves
                double shortfall = synthetic.increase() ? 1 - predict / real : 1 - real / predict;
                assertThat(shortfall).as("seed %d, %s", seed, rootCause).isGreaterThan(0.2);
            }
        }
    }

    @Test
    void bothDirectionsOccur() {
        long increases = java.util.stream.LongStream.rangeClosed(1, 40)
                .filter(seed -> generate(1, 1, 0.1, seed).increase())
                .count();

        assertThat(increases).isBetween(10L, 30L);
    }

    @Test
    void rejectsImpossibleRecipes() {
        assertThatIllegalArgumentException().isThrownBy(() -> generate(5, 1, 0.1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> generate(1, 0, 0.1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> generate(1, 1, -0.1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> generate(1, 7, 0.1, 1))
                .withMessageContaining("cannot place 7");
    }

    private static boolean isUnderRootCause(SyntheticCase synthetic, Leaf leaf) {
        return synthetic.rootCauses().stream().anyMatch(rc -> matches(synthetic.cube(), leaf, rc));
    }

    private static boolean matches(Cube cube, Leaf leaf, Map<String, String> rootCause) {
        return rootCause.entrySet().stream()
                .allMatch(e -> leaf.values().get(cube.dimensions().indexOf(e.getKey())).equals(e.getValue()));
    }

    private static double total(SyntheticCase synthetic, Map<String, String> rootCause, boolean real) {
        return synthetic.cube().leaves().stream()
                .filter(leaf -> matches(synthetic.cube(), leaf, rootCause))
                .mapToDouble(leaf -> real ? leaf.real() : leaf.predict())
                .sum();
    }
}
