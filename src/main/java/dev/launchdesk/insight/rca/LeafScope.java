package dev.launchdesk.insight.rca;

/**
 * Which leaves a search still looks at: leaves explained by a root cause already found are out,
 * and so, for every cuboid over a dimension, are the leaves whose value in that dimension was
 * pruned in the first layer (an element without abnormal leaves, or without enough positive
 * explanatory power, cannot be part of a root cause, so neither can any of its leaves).
 */
final class LeafScope {

    private final Cube cube;
    private final boolean[] explained;
    private final int[] prunedDimensions;
    private final boolean[][] prunedValues;

    LeafScope(Cube cube) {
        this.cube = cube;
        this.explained = new boolean[cube.size()];
        this.prunedDimensions = new int[cube.size()];
        this.prunedValues = new boolean[cube.dimensionCount()][];
        for (int d = 0; d < cube.dimensionCount(); d++) {
            prunedValues[d] = new boolean[cube.cardinality(d)];
        }
    }

    /** Whether the leaf is in scope for a cuboid over the dimensions in the mask. */
    boolean contains(int leaf, int cuboidMask) {
        return !explained[leaf] && (prunedDimensions[leaf] & cuboidMask) == 0;
    }

    boolean isExplained(int leaf) {
        return explained[leaf];
    }

    void markExplained(CuboidElements elements, int element) {
        for (int i = 0; i < explained.length; i++) {
            if (elements.elementOfLeaf[i] == element) {
                explained[i] = true;
            }
        }
    }

    /** Prunes a value of a dimension (a first-layer element) from every cuboid over that dimension. */
    void prune(int dimension, int code) {
        prunedValues[dimension][code] = true;
    }

    /** Applies the values pruned so far in the dimension to its leaves. */
    void applyPruning(int dimension) {
        int[] codes = cube.codes(dimension);
        boolean[] pruned = prunedValues[dimension];
        for (int i = 0; i < codes.length; i++) {
            if (pruned[codes[i]]) {
                prunedDimensions[i] |= 1 << dimension;
            }
        }
    }
}
