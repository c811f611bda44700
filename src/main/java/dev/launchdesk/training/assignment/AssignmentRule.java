package dev.launchdesk.training.assignment;

import java.time.Instant;
import java.util.UUID;

import dev.launchdesk.reference.AgentDirectory.AgentRef;
import dev.launchdesk.reference.AgentStatus;

/**
 * Assigns a module to every active agent serving the module's market who matches it (each field null: any), now and
 * whenever the roster changes; due {@code dueDays} after the day the agent got it.
 */
public record AssignmentRule(UUID id, UUID moduleId, UUID vendorId, UUID siteId, String language, String skill, int dueDays,
                             String createdBy, Instant createdAt) {

    public boolean matches(AgentRef agent) {
        return agent.status() == AgentStatus.ACTIVE
                && (vendorId == null || vendorId.equals(agent.vendorId()))
                && (siteId == null || siteId.equals(agent.siteId()))
                && (language == null || agent.languages().stream().anyMatch(language::equalsIgnoreCase))
                && (skill == null || agent.skills().stream().anyMatch(skill::equalsIgnoreCase));
    }
}
