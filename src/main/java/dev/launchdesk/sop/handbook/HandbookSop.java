package dev.launchdesk.sop.handbook;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One SOP version as it appears in a handbook.
 *
 * @param category     may be {@code null}
 * @param reviewBy     may be {@code null} when the SOP has no review date
 * @param markdownBody the SOP text with its policy parameters already resolved; a placeholder still in it is shown
 *                     marked
 */
public record HandbookSop(String sopKey, String title, String category, int versionNumber, LocalDate effectiveDate,
        LocalDate reviewBy, String markdownBody) {

    public HandbookSop {
        Objects.requireNonNull(sopKey, "sopKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        markdownBody = markdownBody == null ? "" : markdownBody;
    }
}
