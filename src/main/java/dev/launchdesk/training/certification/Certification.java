package dev.launchdesk.training.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.launchdesk.sop.SopVersionId;

/**
 * One pass: the agent is certified in the module on an SOP version (of the SOP document in force for them) from
 * {@code certifiedOn} until the day before {@code validUntil}. A history row, never changed; passing a delta module
 * ({@code throughModuleId}) adds a row on the new SOP version with the same end of validity.
 */
public record Certification(UUID id, UUID agentId, UUID moduleId, UUID throughModuleId, UUID sopDocumentId, SopVersionId sopVersionId,
                            int sopVersionNumber, LocalDate certifiedOn, LocalDate validUntil, UUID attemptId, Instant recordedAt) {

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(certifiedOn) && day.isBefore(validUntil);
    }
}
