package dev.launchdesk.sop.search;

import java.time.LocalDate;

/**
 * One found SOP version, best first.
 *
 * @param score   Lucene relevance score; only meaningful to order the hits of one search
 * @param snippet HTML: the best passages of the body, escaped, with {@code <mark>} around the matched
 *                words; safe to insert unescaped (Thymeleaf {@code th:utext}). When only the title
 *                matched, the start of the body, escaped
 */
public record SopSearchHit(String versionId, String sopKey, String title, String category, String marketCode,
                           String vendorCode, String language, String status, LocalDate effectiveDate,
                           float score, String snippet) {
}
