package dev.launchdesk.sop.translation;

import java.util.Locale;

/** Where a segment's translation stands, as XLIFF 2 {@code <segment state="...">} names it. */
public enum TranslationState {
    INITIAL, TRANSLATED, REVIEWED, FINAL;

    public String xliffValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state for an XLIFF {@code state} value; the schema admits only the four values. */
    public static TranslationState ofXliff(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
