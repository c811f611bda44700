package dev.launchdesk.training.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A module an agent is to do by a date: the {@code cycle}th time for that agent and module (a re-enrolment is the next
 * cycle), given by a rule ({@code ruleId}) or by name. Completed when the agent passes it (or acknowledges an
 * informational delta).
 */
@org.springframework.modulith.NamedInterface("assignment")
public record Assignment(UUID id, UUID moduleId, UUID agentId, int cycle, UUID ruleId, LocalDate dueOn, String assignedBy,
                         Instant assignedAt, Instant completedAt) {

    public static Assignment of(UUID moduleId, UUID agentId, int cycle, UUID ruleId, LocalDate dueOn, String assignedBy, Instant now) {
        return new Assignment(UUID.randomUUID(), moduleId, agentId, cycle, ruleId, dueOn, assignedBy, now, null);
    }

    public boolean isOpen() {
        return completedAt == null;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && today.isAfter(dueOn);
    }
}
