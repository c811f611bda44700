package dev.launchdesk.identity;

import java.time.Instant;
import java.util.UUID;

import dev.launchdesk.shared.Role;

/** A person who signs in to LaunchDesk. The password hash never leaves this module. */
record UserAccount(UUID id, String username, String displayName, String email, String passwordHash, Role role,
                   UUID vendorId, UUID agentId, boolean enabled, int version, Instant createdAt, Instant updatedAt) {

    UserView view() {
        return new UserView(id, username, displayName, email, role, vendorId, agentId, enabled, version, createdAt, updatedAt);
    }
}
