package dev.launchdesk.sop.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One SOP version as the search index sees it: plain values, no database types. The index keeps
 * one entry per {@code versionId}; indexing the same id again replaces the entry.
 *
 * @param versionId     unique id of the version (the index key)
 * @param sopKey        the SOP's key, e.g. {@code RET-001}; typing it finds the SOP first
 * @param title         shown in results and weighted above the body
 * @param category      e.g. {@code Returns & Refunds}; a filter
 * @param marketCode    e.g. {@code ID}; a filter
 * @param vendorCode    the BPO vendor of a vendor variant, {@code null} for a market-wide SOP
 * @param language      BCP 47 tag ({@code id}, {@code th-TH}, {@code es-419}); chooses the analysis
 * @param status        e.g. {@code PUBLISHED}, {@code DUE_FOR_REVIEW}; a filter
 * @param markdownBody  the SOP text in CommonMark; indexed as plain text
 * @param effectiveDate when the version took effect; shown in results
 */
public record SearchableSop(String versionId, String sopKey, String title, String category, String marketCode,
                            String vendorCode, String language, String status, String markdownBody,
                            LocalDate effectiveDate) {

    public SearchableSop {
        Objects.requireNonNull(versionId, "versionId");
        if (versionId.isBlank()) {
            throw new IllegalArgumentException("versionId must not be blank");
        }
    }
}
