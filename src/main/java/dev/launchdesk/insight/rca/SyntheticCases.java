package dev.launchdesk.insight.rca;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Semi-synthetic root cause cases generated the way the RiskLoc paper (Kalander, arXiv:2205.10004,
 * section V-A and {@code generate_dataset.py} of its reference implementation) and the Squeeze
 * paper (Li et al., ISSRE 2019, datasets B0-B4: root causes placed in a chosen cuboid layer) do:
 * <ol>
 *   <li>every combination of the dimension values is a leaf; real values are Weibull distributed
 *       (shape drawn from [0.5, 1], times 100), a share of leaves drawn from [0, 0.25] is zero;</li>
 *   <li>forecasts are the real values with relative Gaussian noise of the given level, real and
 *       forecast swapped for a random half of the leaves so the noise is symmetric;</li>
 *   <li>the root causes are distinct elements of one random cuboid of the given layer; the
 *       direction follows the sign of the normal forecast error (as in the reference, so that the
 *       noise does not outweigh the anomaly); each root cause draws a severity {@code s} from
 *       [0.2, 1] plus the noise level and a spread from [0, 0.1], and each of its leaves a factor
 *       {@code r ~ N(s, spread)}: a decrease sets {@code real = (1 - r) predict}, an increase
 *       sets {@code predict = (1 - r) real} (the real value exceeds the forecast by 1 / (1 - r)),
 *       both floored at zero.</li>
 * </ol>
 * The same recipe always gives the same case.
 */
public final class SyntheticCases {

    /** The dimension sizes of the RiskLoc paper's synthetic dataset S. */
    public static final List<Integer> RISKLOC_S_DIMENSIONS = List.of(10, 12, 10, 8, 5);

    private static final int MAX_DRAWS = 1_000;

    /**
     * What to generate.
     *
     * @param dimensionSizes the number of values of each dimension (dimensions are named a, b, c, ...
     *     and their values a1, a2, ...)
     * @param layer the cuboid layer of the root causes: how many dimensions each fixes
     * @param rootCauseCount how many root causes, all in the same cuboid
     * @param noiseLevel the standard deviation of the relative forecast error of normal leaves
     * @param seed the random seed
     */
    public record Recipe(List<Integer> dimensionSizes, int layer, int rootCauseCount, double noiseLevel,
            long seed) {

        public Recipe {
            dimensionSizes = List.copyOf(dimensionSizes);
            if (dimensionSizes.isEmpty() || dimensionSizes.size() > 26 || dimensionSizes.stream().anyMatch(s -> s < 1)) {
                throw new IllegalArgumentException("1 to 26 dimensions of at least one value: " + dimensionSizes);
            }
            if (layer < 1 || layer > dimensionSizes.size()) {
                throw new IllegalArgumentException("layer must be within 1.." + dimensionSizes.size() + ": " + layer);
            }
            if (rootCauseCount < 1) {
                throw new IllegalArgumentException("rootCauseCount must be positive: " + rootCauseCount);
            }
            if (!(noiseLevel >= 0.0 && noiseLevel <= 1.0)) {
                throw new IllegalArgumentException("noiseLevel must be within [0, 1]: " + noiseLevel);
            }
        }
    }

    private SyntheticCases() {}

    public static SyntheticCase generate(Recipe recipe) {
        RandomGenerator random = new SplittableRandom(recipe.seed());
        LeafGrid grid = new LeafGrid(recipe.dimensionSizes());
        double[] real = new double[grid.size()];
        double[] predict = new double[grid.size()];
        fillNormalLeaves(random, recipe.noiseLevel(), real, predict);
        int[] dimensions = chooseDimensions(random, grid.dimensionCount(), recipe.layer());
        List<int[]> elements = chooseElements(random, grid, dimensions, recipe.rootCauseCount(), real, predict);
        boolean increase = sum(real) > sum(predict);
        for (int[] element : elements) {
            inject(random, grid, dimensions, element, recipe.noiseLevel(), increase, real, predict);
        }
        Set<Map<String, String>> labels = new HashSet<>();
        for (int[] element : elements) {
            labels.add(grid.describe(dimensions, element));
        }
        return new SyntheticCase(recipe, grid.cube(real, predict), labels, increase);
    }

    private static void fillNormalLeaves(RandomGenerator random, double noise, double[] real, double[] predict) {
        double zeroRate = random.nextDouble(0.0, 0.25);
        double shape = random.nextDouble(0.5, 1.0);
        for (int i = 0; i < real.length; i++) {
            double value = random.nextDouble() < zeroRate ? 0.0 : weibull(random, shape) * 100.0;
            double noisy = Math.max(0.0, value + value * noise * random.nextGaussian());
            boolean swap = random.nextBoolean();
            real[i] = swap ? noisy : value;
            predict[i] = swap ? value : noisy;
        }
    }

    private static int[] chooseDimensions(RandomGenerator random, int dimensionCount, int layer) {
        List<Integer> all = new ArrayList<>();
        for (int d = 0; d < dimensionCount; d++) {
            all.add(d);
        }
        for (int i = all.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            all.set(i, all.set(j, all.get(i)));
        }
        return all.subList(0, layer).stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Distinct elements of the cuboid, each with at least one leaf that is not zero. */
    private static List<int[]> chooseElements(RandomGenerator random, LeafGrid grid, int[] dimensions, int count,
            double[] real, double[] predict) {
        List<int[]> chosen = new ArrayList<>();
        for (int draw = 0; chosen.size() < count; draw++) {
            if (draw == MAX_DRAWS) {
                throw new IllegalArgumentException("cannot place " + count + " distinct root causes in cuboid "
                        + Arrays.toString(dimensions) + " of " + grid.sizes());
            }
            int[] element = new int[dimensions.length];
            for (int k = 0; k < dimensions.length; k++) {
                element[k] = random.nextInt(grid.sizes().get(dimensions[k]));
            }
            boolean fresh = chosen.stream().noneMatch(e -> Arrays.equals(e, element));
            if (fresh && hasNonZeroLeaf(grid, dimensions, element, real, predict)) {
                chosen.add(element);
            }
        }
        return chosen;
    }

    private static void inject(RandomGenerator random, LeafGrid grid, int[] dimensions, int[] element, double noise,
            boolean increase, double[] real, double[] predict) {
        double severity = random.nextDouble(0.2, 1.0) + noise;
        double spread = random.nextDouble(0.0, 0.1);
        for (int i = 0; i < real.length; i++) {
            if (!grid.belongs(i, dimensions, element)) {
                continue;
            }
            double factor = Math.max(0.0, 1.0 - (severity + spread * random.nextGaussian()));
            if (increase) {
                predict[i] = real[i] * factor;
            } else {
                real[i] = predict[i] * factor;
            }
        }
    }

    private static boolean hasNonZeroLeaf(LeafGrid grid, int[] dimensions, int[] element, double[] real,
            double[] predict) {
        for (int i = 0; i < real.length; i++) {
            if (grid.belongs(i, dimensions, element) && real[i] > 0 && predict[i] > 0) {
                return true;
            }
        }
        return false;
    }

    /** A Weibull variate of the given shape and scale 1, by inversion. */
    private static double weibull(RandomGenerator random, double shape) {
        return Math.pow(-Math.log(1.0 - random.nextDouble()), 1.0 / shape);
    }

    private static double sum(double[] values) {
        double sum = 0.0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    /** The full cartesian product of the dimension values, the last dimension varying fastest. */
    private static final class LeafGrid {

        private final List<Integer> sizes;
        private final int[][] codes;
        private final String[][] values;

        LeafGrid(List<Integer> sizes) {
            this.sizes = sizes;
            int leaves = Math.toIntExact(sizes.stream().mapToLong(Integer::longValue).reduce(1L, Math::multiplyExact));
            codes = new int[sizes.size()][leaves];
            values = new String[sizes.size()][];
            int stride = 1;
            for (int d = sizes.size() - 1; d >= 0; d--) {
                for (int i = 0; i < leaves; i++) {
                    codes[d][i] = (i / stride) % sizes.get(d);
                }
                stride *= sizes.get(d);
                values[d] = new String[sizes.get(d)];
                for (int c = 0; c < sizes.get(d); c++) {
                    values[d][c] = name(d) + (c + 1);
                }
            }
        }

        List<Integer> sizes() {
            return sizes;
        }

        int dimensionCount() {
            return sizes.size();
        }

        int size() {
            return codes[0].length;
        }

        boolean belongs(int leaf, int[] dimensions, int[] element) {
            for (int k = 0; k < dimensions.length; k++) {
                if (codes[dimensions[k]][leaf] != element[k]) {
                    return false;
                }
            }
            return true;
        }

        Map<String, String> describe(int[] dimensions, int[] element) {
            Map<String, String> described = new LinkedHashMap<>();
            for (int k = 0; k < dimensions.length; k++) {
                described.put(name(dimensions[k]), values[dimensions[k]][element[k]]);
            }
            return described;
        }

        Cube cube(double[] real, double[] predict) {
            List<String> names = new ArrayList<>();
            for (int d = 0; d < dimensionCount(); d++) {
                names.add(name(d));
            }
            Cube.Builder builder = Cube.builder(names);
            String[] leafValues = new String[dimensionCount()];
            List<String> view = Arrays.asList(leafValues);
            for (int i = 0; i < real.length; i++) {
                for (int d = 0; d < dimensionCount(); d++) {
                    leafValues[d] = values[d][codes[d][i]];
                }
                builder.add(view, real[i], predict[i]);
            }
            return builder.build();
        }

        private static String name(int dimension) {
            return String.valueOf((char) ('a' + dimension));
        }
    }
}
