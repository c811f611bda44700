package dev.launchdesk.identity;

import java.time.Instant;
import java.util.UUID;

import dev.launchdesk.shared.Role;

/** A user as pages, the API and the audit trail show it: everything but the password hash. */
public record UserView(UUID id, String username, String displayName, String email, Role role, UUID vendorId, UUID agentId,
                       boolean enabled, int version, Instant createdAt, Instant updatedAt) {
}
