package dev.launchdesk.reference;

import java.time.LocalDate;

import dev.launchdesk.shared.InputCheck;
import dev.launchdesk.shared.UserTexts;

/** A new value for a market's policy parameter. */
public record PolicyParameterForm(String key, String value, LocalDate effectiveFrom, String note) {

    /** Dotted lower-case names such as {@code refund.window.days} or {@code sla.first_response.hours}. */
    static final String KEY_PATTERN = "[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+";

    public static PolicyParameterForm blank(LocalDate today) {
        return new PolicyParameterForm("", "", today, "");
    }

    void check() {
        new InputCheck()
                .require(key != null && key.trim().matches(KEY_PATTERN) && key.trim().length() <= 100, "key",
                        UserTexts.of("problem.reference.policy.key-form"))
                .require(value != null && !value.isBlank() && value.length() <= 500, "value",
                        UserTexts.of("problem.shared.field.required-at-most", "500"))
                .require(effectiveFrom != null, "effectiveFrom", UserTexts.of("problem.shared.field.required-date"))
                .require(note == null || note.length() <= 500, "note", UserTexts.of("problem.shared.field.at-most", "500"))
                .throwIfInvalid();
    }
}
