package dev.launchdesk.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An agent with the names of their vendor, site and market, as lists show them. */
public record AgentListing(UUID id, String externalId, String fullName, String email, UUID vendorId, String vendorName,
                           UUID siteId, String siteName, String marketCode, List<String> languages, List<String> skills,
                           AgentStatus status, LocalDate hiredOn, int version) {
}
