package dev.launchdesk.insight.rca;

/**
 * The parameters of {@link RiskLoc}, with the defaults of the paper and its reference
 * implementation (Kalander, arXiv:2205.10004, 2022; github.com/shaido987/riskloc).
 *
 * @param riskThreshold the minimum risk score (high risk minus low risk) an element needs to be
 *     taken as a root cause; the paper uses 0.5
 * @param pepThreshold the proportional explanatory power threshold: an element must explain more
 *     than this share of the abnormal leaves' explanatory power, and the search stops once the
 *     unexplained abnormal part falls below it; the paper uses 0.02
 * @param extremesIgnored how many of the most extreme distinct deviation scores on each side are
 *     ignored when the cutoff between normal and abnormal leaves is chosen; the paper uses 5
 * @param pruneElements whether first-layer elements that cannot be part of a root cause are pruned
 *     from deeper layers, as in the paper
 */
public record RiskLocSettings(double riskThreshold, double pepThreshold, int extremesIgnored,
        boolean pruneElements) {

    public RiskLocSettings {
        if (!(riskThreshold >= -1.0 && riskThreshold <= 1.0)) {
            throw new IllegalArgumentException("riskThreshold must be within [-1, 1]: " + riskThreshold);
        }
        if (!(pepThreshold >= 0.0 && pepThreshold < 1.0)) {
            throw new IllegalArgumentException("pepThreshold must be within [0, 1): " + pepThreshold);
        }
        if (extremesIgnored < 0) {
            throw new IllegalArgumentException("extremesIgnored must not be negative: " + extremesIgnored);
        }
    }

    /** The paper's defaults: risk threshold 0.5, PEP threshold 0.02, 5 extremes ignored, pruning on. */
    public static RiskLocSettings defaults() {
        return new RiskLocSettings(0.5, 0.02, 5, true);
    }
}
