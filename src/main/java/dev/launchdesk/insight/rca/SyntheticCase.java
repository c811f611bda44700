package dev.launchdesk.insight.rca;

import java.util.Map;
import java.util.Set;

/**
 * A generated cube with the root causes injected into it.
 *
 * @param recipe what was asked for
 * @param cube the leaves
 * @param rootCauses the injected root causes, each a combination of dimension values
 * @param increase whether the root causes push the KPI above its forecast (else below)
 */
public record SyntheticCase(SyntheticCases.Recipe recipe, Cube cube, Set<Map<String, String>> rootCauses,
        boolean increase) {

    public SyntheticCase {
        rootCauses = Set.copyOf(rootCauses);
    }
}
