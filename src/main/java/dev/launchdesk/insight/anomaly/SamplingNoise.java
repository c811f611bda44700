package dev.launchdesk.insight.anomaly;

import dev.launchdesk.insight.kpi.Kpi;

/**
 * How far a KPI's daily value strays from its expected value by chance alone, given the count behind it (the KPI's
 * {@linkplain Kpi#denominatorCount denominator count}). The detector never measures a deviation in units smaller
 * than this, so the ordinary wobble of a small slice — 9 tickets reopened of 50 where 2 were expected — is not
 * reported as an anomaly, while the same shift on a large slice is.
 * <ul>
 *   <li>shares in percent (reopen rate, FCR, CSAT, SLA attainment): binomial, √(p·(100 − p) / n) for p % of n;</li>
 *   <li>the volume: Poisson, √expected;</li>
 *   <li>the contact rate: Poisson tickets over fixed orders, 1000·√tickets / orders;</li>
 *   <li>durations (AHT, FRT, resolution time): the mean of n durations, expected × cv / √n, with cv the durations'
 *       coefficient of variation (about 1 for heavy-tailed durations; configurable).</li>
 * </ul>
 * Those are the standard deviations at the expected value. Small counts are skewed, though, and a deviation measured
 * in them would make 9 of 50 reopened where 4 % were expected a 5-sigma event, when the exact binomial chance of 9 or
 * more is 1.5 in 10,000 (3.6 sigma). Counts and shares are therefore measured on their variance-stabilised scale —
 * 2·(√x − √μ) for a Poisson count, 2·√n·(asin √q − asin √p) for a share (Anscombe, "The transformation of Poisson,
 * binomial and negative-binomial data", Biometrika 35, 1948) — and turned back into a deviation s such that
 * (actual − expected) / s is that stabilised score. s is the standard deviation above when the actual value is the
 * expected one, and widens as the actual value moves away on the sparse side; the score it gives still grows with the
 * actual value. A deviation of 0 (no count, or a disabled model) leaves the detector's own scale alone.
 */
@FunctionalInterface
interface SamplingNoise {

    /** No sampling noise: the detector's residual scale alone. */
    SamplingNoise NONE = (expected, actual, denominator) -> 0;

    /** The chance deviation of {@code actual} from {@code expected} in the KPI's unit for this denominator count; 0 if unknown. */
    double deviation(double expected, double actual, long denominator);

    /** The model for a KPI; {@code durationCv} is the coefficient of variation of single durations (0 turns it off). */
    static SamplingNoise of(Kpi kpi, double durationCv) {
        return switch (kpi.unit()) {
            case COUNT -> SamplingNoise::poisson;
            case PER_THOUSAND -> (expected, actual, orders) -> orders <= 0 ? 0
                    : poisson(expected * orders / 1000, actual * orders / 1000, 1) * 1000 / orders;
            case PERCENT -> SamplingNoise::binomialPercent;
            case MINUTES, HOURS -> (expected, actual, n) -> n <= 0 ? 0 : Math.abs(expected) * durationCv / Math.sqrt(n);
        };
    }

    /** Poisson count {@code actual} against mean {@code expected}: (x − μ) / (2·(√x − √μ)) = (√x + √μ) / 2. */
    private static double poisson(double expected, double actual, long ignored) {
        double x = Math.max(0, actual);
        double mu = Math.max(0, expected);
        return (Math.sqrt(x) + Math.sqrt(mu)) / 2;
    }

    /** Share {@code actual} % of n against {@code expected} %, through the arcsine square root. */
    private static double binomialPercent(double expected, double actual, long n) {
        if (n <= 0) {
            return 0;
        }
        double p = clamp(expected / 100);
        double q = clamp(actual / 100);
        double z = 2 * Math.sqrt(n) * (Math.asin(Math.sqrt(q)) - Math.asin(Math.sqrt(p)));
        if (Math.abs(q - p) < 1e-9 || z == 0) {
            return 100 * Math.sqrt(p * (1 - p) / n);
        }
        return 100 * (q - p) / z;
    }

    private static double clamp(double share) {
        return Math.min(1, Math.max(0, share));
    }
}
