package dev.launchdesk.insight.rca;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The elements of one cuboid in one cube: which element each leaf belongs to. Element numbers are
 * built from the parent cuboid's (the cuboid without its last dimension), so a key never exceeds
 * {@code leaves x cardinality} and always fits in a long.
 */
final class CuboidElements {

    final Cuboid cuboid;
    /** The element number of each leaf. */
    final int[] elementOfLeaf;
    /** For each element, one leaf that belongs to it. */
    final int[] sampleLeaf;

    private CuboidElements(Cuboid cuboid, int[] elementOfLeaf, int[] sampleLeaf) {
        this.cuboid = cuboid;
        this.elementOfLeaf = elementOfLeaf;
        this.sampleLeaf = sampleLeaf;
    }

    static CuboidElements firstLayer(Cube cube, int dimension) {
        int[] codes = cube.codes(dimension);
        int[] sample = new int[cube.cardinality(dimension)];
        for (int i = codes.length - 1; i >= 0; i--) {
            sample[codes[i]] = i;
        }
        return new CuboidElements(new Cuboid(new int[] {dimension}), codes, sample);
    }

    static CuboidElements refine(Cube cube, CuboidElements parent, Cuboid cuboid) {
        int n = cube.size();
        int[] codes = cube.codes(cuboid.lastDimension());
        long cardinality = cube.cardinality(cuboid.lastDimension());
        int expected = (int) Math.min(n, parent.count() * cardinality);
        ElementNumbering numbering = new ElementNumbering(expected);
        int[] elementOfLeaf = new int[n];
        int[] sample = new int[expected];
        for (int i = 0; i < n; i++) {
            int known = numbering.size();
            int element = numbering.numberOf(parent.elementOfLeaf[i] * cardinality + codes[i]);
            if (element == known) {
                sample[element] = i;
            }
            elementOfLeaf[i] = element;
        }
        return new CuboidElements(cuboid, elementOfLeaf, Arrays.copyOf(sample, numbering.size()));
    }

    int count() {
        return sampleLeaf.length;
    }

    /** The element's dimension values by dimension name, in the cube's dimension order. */
    Map<String, String> describe(Cube cube, int element) {
        Map<String, String> values = new LinkedHashMap<>();
        int leaf = sampleLeaf[element];
        for (int d : cuboid.dimensions()) {
            values.put(cube.dimensions().get(d), cube.value(d, cube.code(d, leaf)));
        }
        return values;
    }
}
