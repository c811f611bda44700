package dev.launchdesk.shared;

import java.util.Optional;
import java.util.UUID;

/** The signed-in person (or API token holder) on whose behalf a request runs. */
public interface Actor {

    UUID userId();

    String username();

    String displayName();

    Role role();

    /** The vendor a vendor lead or agent belongs to; empty for everyone else. */
    Optional<UUID> vendorId();

    /** For a user with the role AGENT: their row in the agent roster. */
    default Optional<UUID> agentId() {
        return Optional.empty();
    }

    default VendorScope vendorScope() {
        return role().isVendorScoped() ? VendorScope.of(vendorId().orElseThrow()) : VendorScope.all();
    }
}
