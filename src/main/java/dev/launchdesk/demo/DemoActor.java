package dev.launchdesk.demo;

import java.util.Optional;
import java.util.UUID;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.Role;

/** A demo user acting while the demo data is loaded (no one is signed in at start-up). */
record DemoActor(UUID userId, String username, String displayName, Role role) implements Actor {

    @Override
    public Optional<UUID> vendorId() {
        return Optional.empty();
    }
}
