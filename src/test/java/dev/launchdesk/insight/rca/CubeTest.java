package dev.launchdesk.insight.rca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class CubeTest {

    private static final List<String> DIMENSIONS = List.of("market", "category");

    @Test
    void keepsLeavesInOrderAndInternsEachDistinctValueOnce() {
        Cube cube = Cube.of(DIMENSIONS, List.of(
                new Leaf(List.of("ID", "Refund"), 130, 62.5),
                new Leaf(List.of("TH", "Refund"), 40, 41),
                new Leaf(List.of("ID", "Delivery"), 7, 0)));

        assertThat(cube.size()).isEqualTo(3);
        assertThat(cube.leaves()).containsExactly(
                new Leaf(List.of("ID", "Refund"), 130, 62.5),
                new Leaf(List.of("TH", "Refund"), 40, 41),
                new Leaf(List.of("ID", "Delivery"), 7, 0));
        assertThat(cube.cardinality(0)).isEqualTo(2);
        assertThat(cube.cardinality(1)).isEqualTo(2);
        assertThat(cube.code(0, 0)).isEqualTo(cube.code(0, 2));
        assertThat(cube.code(1, 0)).isEqualTo(cube.code(1, 1));
    }

    @Test
    void rejectsALeafWithTheWrongNumberOfValues() {
        Cube.Builder builder = Cube.builder(DIMENSIONS);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.add(List.of("ID"), 1, 1))
                .withMessageContaining("needs 2 dimension values");
    }

    @Test
    void rejectsNegativeAndNonFiniteAmounts() {
        Cube.Builder builder = Cube.builder(DIMENSIONS);

        assertThatIllegalArgumentException().isThrownBy(() -> builder.add(List.of("ID", "Refund"), -1, 1))
                .withMessageContaining("real");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.add(List.of("ID", "Refund"), 1, Double.NaN))
                .withMessageContaining("predict");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.add(List.of("ID", "Refund"), Double.POSITIVE_INFINITY, 1));
    }

    @Test
    void rejectsDuplicateOrMissingDimensions() {
        assertThatIllegalArgumentException().isThrownBy(() -> Cube.builder(List.of("market", "market")))
                .withMessageContaining("unique");
        assertThatIllegalArgumentException().isThrownBy(() -> Cube.builder(List.of()));
    }
}
