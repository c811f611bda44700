package dev.launchdesk.insight.rca;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cube of leaves: every leaf is one combination of categorical dimension values with a real and
 * a forecast value. Stored column by column, with dimension values interned to int codes, so
 * that {@link RiskLoc} can aggregate 100,000 leaves without touching a string.
 */
public final class Cube {

    /** Cuboids are bit masks over the dimensions. */
    static final int MAX_DIMENSIONS = 30;

    private final List<String> dimensions;
    private final String[][] dictionaries;
    private final int[][] codes;
    private final double[] real;
    private final double[] predict;

    private Cube(List<String> dimensions, String[][] dictionaries, int[][] codes, double[] real,
            double[] predict) {
        this.dimensions = dimensions;
        this.dictionaries = dictionaries;
        this.codes = codes;
        this.real = real;
        this.predict = predict;
    }

    /** A cube of the given leaves; each leaf has one value per dimension. */
    public static Cube of(List<String> dimensions, List<Leaf> leaves) {
        Builder builder = builder(dimensions);
        leaves.forEach(builder::add);
        return builder.build();
    }

    public static Builder builder(List<String> dimensions) {
        return new Builder(dimensions);
    }

    public List<String> dimensions() {
        return dimensions;
    }

    public int size() {
        return real.length;
    }

    public Leaf leaf(int index) {
        List<String> values = new ArrayList<>(dimensions.size());
        for (int d = 0; d < dimensions.size(); d++) {
            values.add(value(d, codes[d][index]));
        }
        return new Leaf(values, real[index], predict[index]);
    }

    /** A view of the leaves, materialised one at a time. */
    public List<Leaf> leaves() {
        return new AbstractList<>() {
            @Override
            public Leaf get(int index) {
                return leaf(index);
            }

            @Override
            public int size() {
                return Cube.this.size();
            }
        };
    }

    int dimensionCount() {
        return dimensions.size();
    }

    int code(int dimension, int leaf) {
        return codes[dimension][leaf];
    }

    int[] codes(int dimension) {
        return codes[dimension];
    }

    /** The number of distinct values of a dimension. */
    int cardinality(int dimension) {
        return dictionaries[dimension].length;
    }

    String value(int dimension, int code) {
        return dictionaries[dimension][code];
    }

    double real(int leaf) {
        return real[leaf];
    }

    double predict(int leaf) {
        return predict[leaf];
    }

    /** Collects leaves and interns their dimension values. Not thread-safe. */
    public static final class Builder {

        private final List<String> dimensions;
        private final List<Map<String, Integer>> interned = new ArrayList<>();
        private final List<List<String>> dictionaries = new ArrayList<>();
        private int[][] codes;
        private double[] real = new double[16];
        private double[] predict = new double[16];
        private int size;

        private Builder(List<String> dimensions) {
            this.dimensions = List.copyOf(dimensions);
            requireValidDimensions(this.dimensions);
            codes = new int[this.dimensions.size()][16];
            for (int d = 0; d < this.dimensions.size(); d++) {
                interned.add(new HashMap<>());
                dictionaries.add(new ArrayList<>());
            }
        }

        public Builder add(Leaf leaf) {
            return add(leaf.values(), leaf.real(), leaf.predict());
        }

        public Builder add(List<String> values, double real, double predict) {
            if (values.size() != dimensions.size()) {
                throw new IllegalArgumentException("a leaf needs " + dimensions.size()
                        + " dimension values, got " + values.size() + ": " + values);
            }
            requireValidAmount("real", real);
            requireValidAmount("predict", predict);
            growIfFull();
            for (int d = 0; d < dimensions.size(); d++) {
                codes[d][size] = intern(d, Objects.requireNonNull(values.get(d), "dimension value"));
            }
            this.real[size] = real;
            this.predict[size] = predict;
            size++;
            return this;
        }

        public Cube build() {
            String[][] frozen = new String[dimensions.size()][];
            int[][] trimmed = new int[dimensions.size()][];
            for (int d = 0; d < dimensions.size(); d++) {
                frozen[d] = dictionaries.get(d).toArray(String[]::new);
                trimmed[d] = Arrays.copyOf(codes[d], size);
            }
            return new Cube(dimensions, frozen, trimmed, Arrays.copyOf(real, size),
                    Arrays.copyOf(predict, size));
        }

        private int intern(int dimension, String value) {
            return interned.get(dimension).computeIfAbsent(value, v -> {
                dictionaries.get(dimension).add(v);
                return dictionaries.get(dimension).size() - 1;
            });
        }

        private void growIfFull() {
            if (size < real.length) {
                return;
            }
            int capacity = real.length * 2;
            real = Arrays.copyOf(real, capacity);
            predict = Arrays.copyOf(predict, capacity);
            for (int d = 0; d < codes.length; d++) {
                codes[d] = Arrays.copyOf(codes[d], capacity);
            }
        }

        private static void requireValidDimensions(List<String> dimensions) {
            if (dimensions.isEmpty() || dimensions.size() > MAX_DIMENSIONS) {
                throw new IllegalArgumentException("a cube needs 1 to " + MAX_DIMENSIONS
                        + " dimensions, got " + dimensions.size());
            }
            if (new HashSet<>(dimensions).size() != dimensions.size()) {
                throw new IllegalArgumentException("dimension names must be unique: " + dimensions);
            }
        }

        private static void requireValidAmount(String name, double amount) {
            if (!Double.isFinite(amount) || amount < 0) {
                throw new IllegalArgumentException(name + " must be a finite number, not negative: " + amount);
            }
        }
    }
}
