package dev.launchdesk.reference;

import java.time.LocalDate;

import dev.launchdesk.shared.InputCheck;

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
                        "must be a dotted lower-case name such as refund.window.days")
                .require(value != null && !value.isBlank() && value.length() <= 500, "value", "is required (at most 500 characters)")
                .require(effectiveFrom != null, "effectiveFrom", "is required (yyyy-mm-dd)")
                .require(note == null || note.length() <= 500, "note", "must be at most 500 characters")
                .throwIfInvalid();
    }
}
