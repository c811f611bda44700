package dev.launchdesk.insight.rca;

/**
 * The per-leaf scores RiskLoc works with (section IV of the paper):
 * <ul>
 *   <li><b>deviation score</b> {@code 2 (predict - real) / (predict + real)}, zero when both are
 *       zero: the relative deviation, symmetric between increases and decreases, within [-2, 2];</li>
 *   <li><b>explanatory power</b> {@code (real - predict) / (totalReal - totalPredict)}: the leaf's
 *       share of the total deviation, negated for all leaves when the abnormal leaves' sum is
 *       negative so that the abnormal direction always counts positive;</li>
 *   <li><b>partition</b> abnormal or normal, by the {@link DeviationCutoff};</li>
 *   <li><b>weight</b> how sure the partition is: an abnormal leaf weighs its absolute deviation
 *       score, a normal leaf its distance to the cutoff (zero when real and forecast are both
 *       zero), both capped at 1.</li>
 * </ul>
 */
final class LeafScores {

    final double[] deviation;
    final double[] explanatoryPower;
    final double[] weight;
    final boolean[] abnormal;
    private final DeviationCutoff cutoff;

    private LeafScores(double[] deviation, double[] explanatoryPower, double[] weight,
            boolean[] abnormal, DeviationCutoff cutoff) {
        this.deviation = deviation;
        this.explanatoryPower = explanatoryPower;
        this.weight = weight;
        this.abnormal = abnormal;
        this.cutoff = cutoff;
    }

    static LeafScores of(Cube cube, int extremesIgnored) {
        int n = cube.size();
        double[] deviation = new double[n];
        for (int i = 0; i < n; i++) {
            deviation[i] = deviationScore(cube.real(i), cube.predict(i));
        }
        DeviationCutoff cutoff = DeviationCutoff.of(deviation, extremesIgnored);
        boolean[] abnormal = new boolean[n];
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) {
            abnormal[i] = cutoff.isAbnormal(deviation[i]);
            weight[i] = weight(cube.real(i), cube.predict(i), deviation[i], abnormal[i], cutoff);
        }
        double[] explanatoryPower = explanatoryPower(cube, abnormal);
        return new LeafScores(deviation, explanatoryPower, weight, abnormal, cutoff);
    }

    static double deviationScore(double real, double predict) {
        double sum = predict + real;
        return sum == 0.0 ? 0.0 : 2.0 * (predict - real) / sum;
    }

    static double weight(double real, double predict, double deviation, boolean abnormal,
            DeviationCutoff cutoff) {
        if (abnormal) {
            return Math.min(Math.abs(deviation), 1.0);
        }
        if (real == 0.0 && predict == 0.0) {
            return 0.0;
        }
        return Math.min(Math.abs(cutoff.value() - deviation), 1.0);
    }

    DeviationCutoff cutoff() {
        return cutoff;
    }

    /** The sum of the explanatory power of the abnormal leaves; positive unless there are none. */
    double abnormalExplanatoryPower() {
        double sum = 0.0;
        for (int i = 0; i < abnormal.length; i++) {
            if (abnormal[i]) {
                sum += explanatoryPower[i];
            }
        }
        return sum;
    }

    private static double[] explanatoryPower(Cube cube, boolean[] abnormal) {
        int n = cube.size();
        double totalReal = 0.0;
        double totalPredict = 0.0;
        for (int i = 0; i < n; i++) {
            totalReal += cube.real(i);
            totalPredict += cube.predict(i);
        }
        double totalDeviation = totalReal - totalPredict;
        double[] ep = new double[n];
        if (totalDeviation == 0.0) {
            return ep;
        }
        double abnormalSum = 0.0;
        for (int i = 0; i < n; i++) {
            ep[i] = (cube.real(i) - cube.predict(i)) / totalDeviation;
            abnormalSum += abnormal[i] ? ep[i] : 0.0;
        }
        if (abnormalSum < 0) {
            for (int i = 0; i < n; i++) {
                ep[i] = -ep[i];
            }
        }
        return ep;
    }
}
