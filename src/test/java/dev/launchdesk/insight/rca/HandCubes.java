package dev.launchdesk.insight.rca;

import java.util.List;

/** Small cubes whose scores are worked out by hand in the tests. */
final class HandCubes {

    private HandCubes() {}

    /**
     * Market x category, 2 x 3 leaves. Every ID leaf is three times its forecast (deviation score
     * -1); the TH leaves deviate by +0.1, -0.1 and 0. Totals: real 810, forecast 470, deviation 340.
     */
    static Cube idTriples() {
        return Cube.of(List.of("market", "category"), List.of(
                new Leaf(List.of("ID", "Refund"), 300, 100),
                new Leaf(List.of("ID", "Delivery"), 150, 50),
                new Leaf(List.of("ID", "Account"), 60, 20),
                new Leaf(List.of("TH", "Refund"), 95, 105),
                new Leaf(List.of("TH", "Delivery"), 105, 95),
                new Leaf(List.of("TH", "Account"), 100, 100)));
    }

    /** The same cube with real and forecast swapped: the ID leaves fall to a third instead. */
    static Cube swapped(Cube cube) {
        Cube.Builder builder = Cube.builder(cube.dimensions());
        cube.leaves().forEach(leaf -> builder.add(leaf.values(), leaf.predict(), leaf.real()));
        return builder.build();
    }

    /** The paper's n_remove of 5 would ignore every distinct score of a 6-leaf cube. */
    static RiskLocSettings noExtremesIgnored() {
        return new RiskLocSettings(0.5, 0.02, 0, true);
    }
}
