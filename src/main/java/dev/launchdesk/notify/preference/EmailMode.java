package dev.launchdesk.notify.preference;

import java.util.Locale;

import dev.launchdesk.shared.Echoed;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;

/** How a user gets a kind of notification by e-mail: not at all, each one at once, or gathered in a daily or weekly digest. */
public enum EmailMode {
    OFF, IMMEDIATE, DAILY, WEEKLY;

    public boolean isDigest() {
        return this == DAILY || this == WEEKLY;
    }

    /** The mode named in a request, else a 400 naming the field. */
    public static EmailMode parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, UserTexts.of("problem.notify.preference.email-required"));
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, UserTexts.of("problem.notify.preference.email-unknown", Echoed.quoted(value)));
        }
    }
}
