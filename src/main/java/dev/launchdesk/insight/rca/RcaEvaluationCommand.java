package dev.launchdesk.insight.rca;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Prints RiskLoc's micro-F1 on generated cases per noise level, cuboid layer (1-3) and number of
 * root causes (1-3), and the time to localise in a 100,000-leaf, 5-dimension cube.
 *
 * <pre>
 * java -cp target/classes:$(cat target/cp.txt) dev.launchdesk.insight.rca.RcaEvaluationCommand \
 *     [--cases 20] [--dims 10,12,10,8,5] [--noise 0.05,0.1,0.2] [--seed 42] [--timing-runs 30]
 * </pre>
 */
public final class RcaEvaluationCommand {

    static final String USAGE = "options: --cases N (0 skips the accuracy table), --dims 10,12,10,8,5, "
            + "--noise 0.05,0.1,0.2, --seed N, --timing-runs N (0 skips the timing)";
    private static final Set<String> OPTIONS = Set.of("--cases", "--dims", "--noise", "--seed", "--timing-runs");
    private static final List<Integer> TIMING_DIMENSIONS = List.of(10, 10, 10, 10, 10);
    private static final int TIMING_CUBES = 5;
    private static final int WARM_UP_RUNS = 5;
    private static final int MAX_LAYER = 3;
    private static final int MAX_ROOT_CAUSES = 3;

    record Options(int cases, List<Integer> dimensions, List<Double> noiseLevels, long seed, int timingRuns) {

        static Options parse(String... args) {
            Map<String, String> given = new HashMap<>();
            for (int i = 0; i < args.length; i += 2) {
                if (!OPTIONS.contains(args[i]) || i + 1 == args.length) {
                    throw new IllegalArgumentException("cannot use '" + args[i] + "'; " + USAGE);
                }
                given.put(args[i], args[i + 1]);
            }
            return new Options(
                    Integer.parseInt(given.getOrDefault("--cases", "20")),
                    numbers(given.getOrDefault("--dims", "10,12,10,8,5")).stream().map(Double::intValue).toList(),
                    numbers(given.getOrDefault("--noise", "0.05,0.1,0.2")),
                    Long.parseLong(given.getOrDefault("--seed", "42")),
                    Integer.parseInt(given.getOrDefault("--timing-runs", "30")));
        }

        private static List<Double> numbers(String list) {
            return Arrays.stream(list.split(",")).map(String::strip).map(Double::valueOf).toList();
        }
    }

    private RcaEvaluationCommand() {}

    public static void main(String[] args) {
        Options options = Options.parse(args);
        if (options.cases() > 0) {
            printAccuracy(System.out, options);
        }
        if (options.timingRuns() > 0) {
            printTiming(System.out, options.timingRuns(), options.seed());
        }
    }

    static void printAccuracy(PrintStream out, Options options) {
        long start = System.nanoTime();
        Map<RcaEvaluation.Cell, RcaEvaluation.Tally> tallies = new RcaEvaluation(new RiskLoc())
                .evaluate(options.dimensions(), cells(options.noiseLevels()), options.cases(), options.seed());
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "RiskLoc micro-F1 (exact match), %d cases per cell, dimensions %s, seed %d%n",
                options.cases(), options.dimensions(), options.seed());
        printTable(out, tallies, options.noiseLevels());
        for (double noise : options.noiseLevels()) {
            printTotal(out, String.format(Locale.ROOT, "noise %.2f", noise),
                    RcaEvaluation.overall(filterByNoise(tallies, noise)));
        }
        printTotal(out, "all", RcaEvaluation.overall(tallies));
        out.printf(Locale.ROOT, "%d cases in %.1f s%n", tallies.size() * options.cases(), seconds);
    }

    private static void printTable(PrintStream out, Map<RcaEvaluation.Cell, RcaEvaluation.Tally> tallies,
            List<Double> noiseLevels) {
        out.println("noise  layer  1 root cause  2 root causes  3 root causes");
        for (double noise : noiseLevels) {
            for (int layer = 1; layer <= MAX_LAYER; layer++) {
                out.printf(Locale.ROOT, "%5.2f  %5d", noise, layer);
                for (int count = 1; count <= MAX_ROOT_CAUSES; count++) {
                    out.printf(Locale.ROOT, "  %13.3f", tallies.get(new RcaEvaluation.Cell(layer, count, noise)).f1());
                }
                out.println();
            }
        }
    }

    private static void printTotal(PrintStream out, String label, RcaEvaluation.Tally tally) {
        out.printf(Locale.ROOT, "%-10s F1 %.3f, precision %.3f, recall %.3f (TP %d, FP %d, FN %d)%n", label + ":",
                tally.f1(), tally.precision(), tally.recall(), tally.truePositives(), tally.falsePositives(),
                tally.falseNegatives());
    }

    static void printTiming(PrintStream out, int runs, long seed) {
        List<Cube> cubes = new ArrayList<>();
        for (int i = 0; i < TIMING_CUBES; i++) {
            cubes.add(SyntheticCases.generate(
                    new SyntheticCases.Recipe(TIMING_DIMENSIONS, 1 + i % MAX_LAYER, 1 + i % MAX_ROOT_CAUSES, 0.1,
                            seed + i)).cube());
        }
        RiskLoc riskLoc = new RiskLoc();
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            riskLoc.localize(cubes.get(i % TIMING_CUBES));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            Cube cube = cubes.get(i % TIMING_CUBES);
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            riskLoc.localize(cube);
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        out.printf(Locale.ROOT, "localisation in %,d leaves x %d dimensions, %d runs on %d cubes after %d warm-up runs:%n",
                cubes.get(0).size(), TIMING_DIMENSIONS.size(), runs, TIMING_CUBES, WARM_UP_RUNS);
        out.printf(Locale.ROOT, "  wall time   median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                percentile(wall, 0.50), percentile(wall, 0.95), wall[runs - 1]);
        out.printf(Locale.ROOT, "  thread CPU  median %.1f ms, p95 %.1f ms, max %.1f ms (load average %.1f on %d cores)%n",
                percentile(cpu, 0.50), percentile(cpu, 0.95), cpu[runs - 1],
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** Nearest-rank percentile of ascending values. */
    static double percentile(double[] ascending, double fraction) {
        int rank = (int) Math.ceil(fraction * ascending.length);
        return ascending[Math.max(rank, 1) - 1];
    }

    private static List<RcaEvaluation.Cell> cells(List<Double> noiseLevels) {
        List<RcaEvaluation.Cell> cells = new ArrayList<>();
        for (double noise : noiseLevels) {
            for (int layer = 1; layer <= MAX_LAYER; layer++) {
                for (int count = 1; count <= MAX_ROOT_CAUSES; count++) {
                    cells.add(new RcaEvaluation.Cell(layer, count, noise));
                }
            }
        }
        return cells;
    }

    private static Map<RcaEvaluation.Cell, RcaEvaluation.Tally> filterByNoise(
            Map<RcaEvaluation.Cell, RcaEvaluation.Tally> tallies, double noise) {
        Map<RcaEvaluation.Cell, RcaEvaluation.Tally> filtered = new LinkedHashMap<>();
        tallies.forEach((cell, tally) -> {
            if (cell.noiseLevel() == noise) {
                filtered.put(cell, tally);
            }
        });
        return filtered;
    }
}
