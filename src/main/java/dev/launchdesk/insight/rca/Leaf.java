package dev.launchdesk.insight.rca;

import java.util.List;
import java.util.Objects;

/**
 * One leaf of a {@link Cube}: a full combination of dimension values with the observed
 * ({@code real}) and the forecast ({@code predict}) value of the KPI.
 *
 * @param values one value per cube dimension, in the cube's dimension order
 * @param real the observed value, finite and not negative
 * @param predict the forecast value, finite and not negative
 */
public record Leaf(List<String> values, double real, double predict) {

    public Leaf {
        values = List.copyOf(Objects.requireNonNull(values, "values"));
    }
}
