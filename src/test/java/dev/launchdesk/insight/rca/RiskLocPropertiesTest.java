package dev.launchdesk.insight.rca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of RiskLoc over generated cases (6 x 5 x 4 x 3 leaves, 1-3 root causes in layer 1-3). */
class RiskLocPropertiesTest {

    private final RiskLoc riskLoc = new RiskLoc();

    private static Gen<SyntheticCase> cases() {
        return integers().between(1, 3).zip(integers().between(1, 3), arbitrary().pick(0.02, 0.05, 0.1, 0.2), longs().all(),
                (layer, count, noise, seed) -> SyntheticCases.generate(
                        new SyntheticCases.Recipe(List.of(6, 5, 4, 3), layer, count, noise, seed)));
    }

    @Test
    void anIncreaseIsLocalisedLikeTheMirroredDecrease() {
        qt().withExamples(60).forAll(cases()).checkAssert(synthetic -> {
            List<RootCause> direct = riskLoc.localize(synthetic.cube());
            List<RootCause> mirrored = riskLoc.localize(swapped(synthetic.cube()));

            assertThat(dimensionsOf(mirrored)).isEqualTo(dimensionsOf(direct));
            for (int i = 0; i < direct.size(); i++) {
                assertThat(mirrored.get(i).riskScore()).isEqualTo(direct.get(i).riskScore(), within(1e-9));
                assertThat(mirrored.get(i).explanatoryPower()).isEqualTo(direct.get(i).explanatoryPower(), within(1e-9));
            }
        });
    }

    @Test
    void theUnitOfTheKpiDoesNotMatter() {
        qt().withExamples(60).forAll(cases()).checkAssert(synthetic -> {
            // a power of two scales every sum and ratio exactly
            assertThat(riskLoc.localize(scaled(synthetic.cube(), 1024))).isEqualTo(riskLoc.localize(synthetic.cube()));
        });
    }

    @Test
    void theOrderOfTheLeavesDoesNotMatter() {
        qt().withExamples(60).forAll(cases()).checkAssert(synthetic -> {
            List<Leaf> reversed = new ArrayList<>(synthetic.cube().leaves());
            Collections.reverse(reversed);

            assertThat(dimensionsOf(riskLoc.localize(Cube.of(synthetic.cube().dimensions(), reversed))))
                    .isEqualTo(dimensionsOf(riskLoc.localize(synthetic.cube())));
        });
    }

    @Test
    void everyRootCauseReachesTheThresholdsAndExplainsLeavesNotYetExplained() {
        qt().withExamples(60).forAll(cases()).checkAssert(synthetic -> {
            List<RootCause> found = riskLoc.localize(synthetic.cube());

            assertThat(found).allSatisfy(rc -> {
                assertThat(rc.riskScore()).isGreaterThanOrEqualTo(0.5);
                assertThat(rc.explanatoryPower()).isPositive();
            });
            assertThat(found.stream().map(RootCause::dimensions).distinct()).hasSameSizeAs(found);
        });
    }

    @Test
    void aSearchWithoutCacheFindsTheSame() {
        qt().withExamples(20).forAll(cases()).checkAssert(synthetic -> {
            Cube cube = synthetic.cube();
            LeafScores scores = LeafScores.of(cube, 5);

            assertThat(new RootCauseSearch(cube, scores, RiskLocSettings.defaults(), 0).run())
                    .isEqualTo(riskLoc.localize(cube));
        });
    }

    private static List<Map<String, String>> dimensionsOf(List<RootCause> rootCauses) {
        return rootCauses.stream().map(RootCause::dimensions).toList();
    }

    private static Cube swapped(Cube cube) {
        Cube.Builder builder = Cube.builder(cube.dimensions());
        cube.leaves().forEach(leaf -> builder.add(leaf.values(), leaf.predict(), leaf.real()));
        return builder.build();
    }

    private static Cube scaled(Cube cube, double factor) {
        Cube.Builder builder = Cube.builder(cube.dimensions());
        cube.leaves().forEach(leaf -> builder.add(leaf.values(), leaf.real() * factor, leaf.predict() * factor));
        return builder.build();
    }
}
