package dev.launchdesk.training;

import java.time.LocalDate;
import java.util.UUID;

import dev.launchdesk.sop.SopVersionId;

/**
 * An agent passed a module (or the delta module of an SOP change) and is certified on the SOP version in force.
 *
 * @param moduleId        the module the certification is for
 * @param throughModuleId the module that was passed: the module itself, or its delta module
 */
public record AgentCertified(UUID certificationId, UUID agentId, UUID moduleId, UUID throughModuleId, String sopKey, String marketCode,
                             SopVersionId sopVersionId, LocalDate certifiedOn, LocalDate validUntil) {
}
