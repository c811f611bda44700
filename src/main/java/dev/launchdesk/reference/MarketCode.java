package dev.launchdesk.reference;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A market's code as other modules hold it in events and query answers: an ISO 3166-1 alpha-2 code in capitals
 * ({@code ID}, {@code MY}, {@code GB}). Written to JSON (API answers, the event publication registry) as the bare code.
 */
public record MarketCode(String value) {

    private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

    public MarketCode {
        if (value == null || !ALPHA_2.matcher(value).matches()) {
            throw new IllegalArgumentException("a market code is two capital letters (ISO 3166-1 alpha-2) such as ID or GB, not "
                    + (value == null ? "nothing" : "'" + value + "'"));
        }
    }

    /** The code as typed or stored, in any case and with white space around it. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MarketCode of(String code) {
        return new MarketCode(code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** {@link #of(String)}, or null for no market (a global master SOP has none). */
    public static MarketCode ofNullable(String code) {
        return code == null ? null : of(code);
    }

    @Override
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
