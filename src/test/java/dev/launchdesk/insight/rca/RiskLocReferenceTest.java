package dev.launchdesk.insight.rca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Known answers from outside: the expected root causes, risk scores, explanatory power and
 * cutoffs are what the paper's reference implementation (github.com/shaido987/riskloc,
 * {@code algorithms/riskloc.py} at commit 11ecf85, default parameters, run with pandas 1.5.3)
 * returned for the same files. The files are 6 x 5 x 4 cubes from {@link SyntheticCases}; their
 * names give layer, number of root causes, noise level and seed.
 */
class RiskLocReferenceTest {

    private record Expected(Map<String, String> dimensions, double riskScore, double explanatoryPower) {}

    private static Expected rc(Map<String, String> dimensions, double risk, double power) {
        return new Expected(dimensions, risk, power);
    }

    static Stream<Arguments> referenceAnswers() {
        return Stream.of(
                Arguments.of("l1-rc1-n0.05-s11", 0.06844253622943966,
                        List.of(rc(Map.of("a", "a1"), 0.6904013139895533, 1.0004606563880791))),
                Arguments.of("l1-rc2-n0.2-s15", -0.2854940512113391, List.of(
                        rc(Map.of("b", "b1"), 0.9545454545454546, 0.6200743833271783),
                        rc(Map.of("b", "b3"), 0.9090934063140336, 0.39030618369082487))),
                Arguments.of("l2-rc2-n0.1-s12", -0.16307801777951506, List.of(
                        rc(Map.of("b", "b5", "c", "c2"), 0.7224559486799116, 0.5055446696719773),
                        rc(Map.of("b", "b4", "c", "c4"), 0.7391632333517435, 0.4466845893336695))),
                Arguments.of("l2-rc3-n0.2-s14", -0.24269038275052354, List.of(
                        rc(Map.of("a", "a5", "c", "c3"), 0.8, 0.30812161782984865),
                        rc(Map.of("a", "a6", "c", "c4"), 0.8, 0.2268291434765522),
                        rc(Map.of("a", "a1", "c", "c2"), 0.7366167606404952, 0.2226959875135884))),
                Arguments.of("l3-rc1-n0.1-s13", -0.13372106255211091, List.of()),
                Arguments.of("l3-rc2-n0.05-s16", 0.06852204539591818,
                        List.of(rc(Map.of("a", "a2", "b", "b1", "c", "c4"), 0.5, 0.27513917952146943))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceAnswers")
    void matchesTheReferenceImplementation(String name, double cutoff, List<Expected> expected) throws Exception {
        Cube cube = read(name);

        assertThat(LeafScores.of(cube, 5).cutoff().value()).isEqualTo(cutoff, within(1e-12));
        List<RootCause> found = new RiskLoc().localize(cube);
        assertThat(found).extracting(RootCause::dimensions)
                .containsExactlyElementsOf(expected.stream().map(Expected::dimensions).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(found.get(i).riskScore()).isEqualTo(expected.get(i).riskScore(), within(1e-12));
            assertThat(found.get(i).explanatoryPower()).isEqualTo(expected.get(i).explanatoryPower(), within(1e-12));
        }
    }

    private static Cube read(String name) throws Exception {
        String path = "riskloc-reference/" + name + ".csv";
        try (Reader reader = new InputStreamReader(RiskLocReferenceTest.class.getResourceAsStream(path),
                StandardCharsets.UTF_8)) {
            return CubeCsv.read(reader);
        }
    }
}
