package dev.launchdesk.insight.rca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RiskLocTest {

    private final RiskLoc riskLoc = new RiskLoc(HandCubes.noExtremesIgnored());

    @Test
    void findsTheMarketThatCarriesTheWholeDeviation() {
        List<RootCause> found = riskLoc.localize(HandCubes.idTriples());

        assertThat(found).hasSize(1);
        assertThat(found.get(0).dimensions()).isEqualTo(Map.of("market", "ID"));
        assertThat(found.get(0).layer()).isEqualTo(1);
        assertThat(found.get(0).riskScore()).isEqualTo(0.75);
        assertThat(found.get(0).explanatoryPower()).isEqualTo(1.0, within(1e-15));
    }

    @Test
    void findsTheSameMarketWhenItFallsShortInsteadOfExceeding() {
        assertThat(riskLoc.localize(HandCubes.swapped(HandCubes.idTriples())))
                .isEqualTo(riskLoc.localize(HandCubes.idTriples()));
    }

    @Test
    void findsAMarketThatFallsShortWhileTheTotalStillExceedsItsForecast() {
        // ID leaves at a third of their forecast (score +1); TH leaves 4%, 3% and 0% above on a
        // much larger volume: the total is 100 above its forecast, the ID shortfall 600
        Cube cube = Cube.of(List.of("market", "category"), List.of(
                new Leaf(List.of("ID", "Refund"), 100, 300),
                new Leaf(List.of("ID", "Delivery"), 100, 300),
                new Leaf(List.of("ID", "Account"), 100, 300),
                new Leaf(List.of("TH", "Refund"), 10400, 10000),
                new Leaf(List.of("TH", "Delivery"), 10300, 10000),
                new Leaf(List.of("TH", "Account"), 10000, 10000)));

        List<RootCause> found = riskLoc.localize(cube);

        // explanatory power (100 - 300) / (30900 - 30900 + 100) = -2 per ID leaf, negated
        assertThat(found).containsExactly(new RootCause(Map.of("market", "ID"), 0.75, 6.0));
    }

    @Test
    void aStricterRiskThresholdRejectsTheMarketAndEveryLeafBelowIt() {
        // market=ID scores 0.75; each ID leaf alone scores 1 / (1 + 0 + 1) = 0.5
        RiskLoc strict = new RiskLoc(new RiskLocSettings(0.8, 0.02, 0, true));

        assertThat(strict.localize(HandCubes.idTriples())).isEmpty();
    }

    @Test
    void nothingToExplainWhenTheTotalMeetsItsForecast() {
        Cube balanced = Cube.of(List.of("market"), List.of(
                new Leaf(List.of("ID"), 10, 5), new Leaf(List.of("TH"), 5, 10)));

        assertThat(riskLoc.localize(balanced)).isEmpty();
        assertThat(riskLoc.localize(Cube.builder(List.of("market")).build())).isEmpty();
    }

    @Test
    void reportsNoRootCauseInACubeOfMereForecastNoise() {
        assertThat(new RiskLoc().localize(noisyCube(0.05, 7))).isEmpty();
    }

    @Test
    void findsTwoRootCausesInDifferentCuboidsOneAfterTheOther() {
        Cube cube = noisyCube(0.02, 3, (values, leaf) -> {
            if (values.get(0).equals("m2")) {
                return leaf * 0.3;
            }
            return values.get(1).equals("v1") && values.get(2).equals("c3") ? leaf * 0.5 : leaf;
        });

        List<RootCause> found = new RiskLoc().localize(cube);

        assertThat(found).extracting(RootCause::dimensions).containsExactly(
                Map.of("market", "m2"), Map.of("vendor", "v1", "category", "c3"));
    }

    @Test
    void settingsRejectValuesOutsideTheirRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskLocSettings(1.5, 0.02, 5, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskLocSettings(0.5, 1.0, 5, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new RiskLocSettings(0.5, 0.02, -1, true));
        assertThat(RiskLocSettings.defaults()).isEqualTo(new RiskLocSettings(0.5, 0.02, 5, true));
    }

    private interface RealValue {
        double of(List<String> values, double forecast);
    }

    private static Cube noisyCube(double noise, long seed) {
        return noisyCube(noise, seed, (values, forecast) -> forecast);
    }

    /** 6 markets x 5 vendors x 4 categories, forecasts 50..150, reals with relative noise. */
    private static Cube noisyCube(double noise, long seed, RealValue realValue) {
        SplittableRandom random = new SplittableRandom(seed);
        Cube.Builder builder = Cube.builder(List.of("market", "vendor", "category"));
        for (int m = 1; m <= 6; m++) {
            for (int v = 1; v <= 5; v++) {
                for (int c = 1; c <= 4; c++) {
                    List<String> values = new ArrayList<>(List.of("m" + m, "v" + v, "c" + c));
                    double forecast = 50 + random.nextDouble(100);
                    double real = realValue.of(values, forecast) * (1 + noise * random.nextGaussian());
                    builder.add(values, real, forecast);
                }
            }
        }
        return builder.build();
    }
}
