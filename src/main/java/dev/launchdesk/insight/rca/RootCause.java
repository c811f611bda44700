package dev.launchdesk.insight.rca;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A root cause found by {@link RiskLoc}: a combination of dimension values such as
 * {@code {market=ID, category=Refund}}, where dimensions that are not named are free.
 *
 * @param dimensions the fixed dimension values, in the cube's dimension order
 * @param riskScore RiskLoc's risk score of the element (high risk minus low risk), at least the
 *     risk threshold
 * @param explanatoryPower the share of the total deviation (real minus forecast) that the element
 *     explains, signed so that the abnormal direction is positive; 1.0 means the whole deviation
 */
public record RootCause(Map<String, String> dimensions, double riskScore, double explanatoryPower) {

    public RootCause {
        dimensions = Collections.unmodifiableMap(new LinkedHashMap<>(dimensions));
    }

    /** The cuboid layer of this root cause: the number of dimensions it fixes. */
    public int layer() {
        return dimensions.size();
    }
}
