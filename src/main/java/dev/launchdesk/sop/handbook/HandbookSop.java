package dev.launchdesk.sop.handbook;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One SOP version as it appears in a handbook.
 *
 * @param category             may be {@code null}
 * @param reviewBy             may be {@code null} when the SOP has no review date
 * @param markdownBody         the SOP text with its policy parameters already resolved; a placeholder still in it is
 *                             shown marked. Passages still in the source language may be enclosed in
 *                             {@link #UNTRANSLATED_START} and {@link #UNTRANSLATED_END}; they are shown marked.
 * @param sourceLanguage       the language the SOP is written in, when that is not the handbook's language (then some
 *                             or all of its text is a translation, or it has none); {@code null} otherwise
 * @param passages             how many translatable passages the SOP has (0 when {@code sourceLanguage} is null)
 * @param untranslatedPassages how many of them are shown in the source language
 */
public record HandbookSop(String sopKey, String title, String category, int versionNumber, LocalDate effectiveDate,
        LocalDate reviewBy, String markdownBody, String sourceLanguage, int passages, int untranslatedPassages) {

    /** Starts a passage shown in the source language, for want of an up-to-date translation (a private-use character). */
    public static final char UNTRANSLATED_START = '\uE000';
    /** Ends such a passage. */
    public static final char UNTRANSLATED_END = '\uE001';

    public HandbookSop {
        Objects.requireNonNull(sopKey, "sopKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        markdownBody = markdownBody == null ? "" : markdownBody;
        if (sourceLanguage == null && (passages != 0 || untranslatedPassages != 0)) {
            throw new IllegalArgumentException("passages are only counted for an SOP shown in another language than its own");
        }
        if (untranslatedPassages < 0 || untranslatedPassages > passages) {
            throw new IllegalArgumentException("untranslated passages must be between 0 and " + passages);
        }
    }

    /** An SOP written in the handbook's language. */
    public HandbookSop(String sopKey, String title, String category, int versionNumber, LocalDate effectiveDate, LocalDate reviewBy,
                       String markdownBody) {
        this(sopKey, title, category, versionNumber, effectiveDate, reviewBy, markdownBody, null, 0, 0);
    }

    /** Some of its text is in its source language, not the handbook's. */
    public boolean partlyInSourceLanguage() {
        return sourceLanguage != null && untranslatedPassages > 0;
    }

    /** All of its text is in its source language: there is no up-to-date translation of any passage. */
    public boolean wholeInSourceLanguage() {
        return sourceLanguage != null && untranslatedPassages == passages;
    }
}
