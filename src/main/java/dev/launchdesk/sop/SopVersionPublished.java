package dev.launchdesk.sop;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.launchdesk.reference.MarketCode;

/**
 * A version of an SOP went live. Training and launch readiness react to it; for a master it also
 * starts the propagation into every regional variant.
 *
 * @param masterDocumentId the master this SOP is a variant of, or null when the SOP is itself a master
 * @param marketCode       the variant's market, or null for a master
 * @param changedSections  headings of the sections that differ from the previously published version
 */
public record SopVersionPublished(UUID documentId, SopVersionId versionId, String sopKey, UUID masterDocumentId, MarketCode marketCode,
                                  int number, LocalDate effectiveDate, List<String> changedSections) {

    public boolean isMaster() {
        return masterDocumentId == null;
    }
}
