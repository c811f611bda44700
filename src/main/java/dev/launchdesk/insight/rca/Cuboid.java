package dev.launchdesk.insight.rca;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of dimensions, such as {market, category}; its elements are the value combinations of
 * those dimensions. The layer is the number of dimensions.
 *
 * @param dimensions the dimension indexes, ascending
 */
record Cuboid(int[] dimensions) {

    int layer() {
        return dimensions.length;
    }

    /** The dimensions as a bit mask. */
    int mask() {
        int mask = 0;
        for (int d : dimensions) {
            mask |= 1 << d;
        }
        return mask;
    }

    /** This cuboid without its last dimension; {@code null} for a first-layer cuboid. */
    Cuboid parent() {
        return dimensions.length == 1 ? null : new Cuboid(Arrays.copyOf(dimensions, dimensions.length - 1));
    }

    int lastDimension() {
        return dimensions[dimensions.length - 1];
    }

    /** All cuboids of a layer, in lexicographic order of their dimensions. */
    static List<Cuboid> ofLayer(int dimensionCount, int layer) {
        List<Cuboid> cuboids = new ArrayList<>();
        collect(new int[layer], 0, 0, dimensionCount, cuboids);
        return cuboids;
    }

    private static void collect(int[] chosen, int position, int from, int dimensionCount,
            List<Cuboid> out) {
        if (position == chosen.length) {
            out.add(new Cuboid(chosen.clone()));
            return;
        }
        for (int d = from; d <= dimensionCount - (chosen.length - position); d++) {
            chosen[position] = d;
            collect(chosen, position + 1, d + 1, dimensionCount, out);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cuboid c && Arrays.equals(dimensions, c.dimensions);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dimensions);
    }

    @Override
    public String toString() {
        return "Cuboid" + Arrays.toString(dimensions);
    }
}
