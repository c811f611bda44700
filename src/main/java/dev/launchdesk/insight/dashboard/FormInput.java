package dev.launchdesk.insight.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import dev.launchdesk.shared.InvalidInputException;

/**
 * A GET form's input as the user sent it, so a page shown again after a problem keeps every value — also the ones that
 * could not be parsed — and can put each problem next to its field ({@code ${input.value('days')}},
 * {@code ${input.has('market', 'ID')}}, {@code ${input.error('days')}}).
 */
public final class FormInput {

    private final MultiValueMap<String, String> raw;
    private final Map<String, String> errors;

    FormInput(MultiValueMap<String, String> raw, List<InvalidInputException.FieldProblem> problems) {
        this.raw = new LinkedMultiValueMap<>(raw);
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.merge(p.field(), p.message(), (a, b) -> a + "; " + b));
        this.errors = Map.copyOf(byField);
    }

    /** The first non-blank value sent for the field, or "". */
    public String value(String name) {
        return raw.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).map(String::trim)
                .findFirst().orElse("");
    }

    /** The first non-blank value sent for the field, or the default when none was. */
    public String value(String name, String otherwise) {
        String value = value(name);
        return value.isEmpty() ? otherwise : value;
    }

    /** Whether the value was chosen for the field (a repeated or comma-separated parameter). */
    public boolean has(String name, String value) {
        return raw.getOrDefault(name, List.of()).stream().filter(v -> v != null)
                .flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::trim).anyMatch(v -> v.equals(value));
    }

    /** The problem with the field, or null. */
    public String error(String name) {
        return errors.get(name);
    }
}
