package dev.launchdesk.training.xapi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A quiz score as xAPI reports it: the raw score between min and max, and the scaled score
 * {@code (raw - min) / (max - min)}, from 0 to 1, rounded to 4 decimals.
 */
public record XapiScore(int raw, int min, int max) {

    public XapiScore {
        if (min >= max || raw < min || raw > max) {
            throw new IllegalArgumentException("a score needs min < max and raw between them: " + raw + " of " + min + ".." + max);
        }
    }

    /** Correct answers out of the questions asked. */
    public static XapiScore of(int correct, int questions) {
        return new XapiScore(correct, 0, questions);
    }

    public BigDecimal scaled() {
        BigDecimal scaled = BigDecimal.valueOf(raw - (long) min).divide(BigDecimal.valueOf(max - (long) min), 4, RoundingMode.HALF_UP);
        return scaled.signum() == 0 ? BigDecimal.ZERO : scaled.stripTrailingZeros();
    }
}
