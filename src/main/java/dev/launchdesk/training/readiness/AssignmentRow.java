package dev.launchdesk.training.readiness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.launchdesk.training.certification.TrainingStatus;

/**
 * One assignment as the lists show it: the agent (external id, vendor, site), the module (a delta module names the
 * module it updates), when it is due, and the agent's status in the module today.
 */
public record AssignmentRow(UUID assignmentId, String agent, String agentName, String vendor, String site, String market, UUID moduleId,
                            String module, String sopKey, boolean delta, int cycle, LocalDate dueOn, Instant assignedAt,
                            Instant completedAt, TrainingStatus status) {
}
