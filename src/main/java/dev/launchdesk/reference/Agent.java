package dev.launchdesk.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A BPO agent on a vendor's roster. {@code externalId} is the vendor's own employee number,
 * unique within the vendor; roster imports match on it.
 */
public record Agent(UUID id, String externalId, UUID vendorId, UUID siteId, String fullName, String email,
                    List<String> languages, List<String> skills, AgentStatus status, LocalDate hiredOn,
                    int version, Instant createdAt, Instant updatedAt) {

    /** True when the roster facts (not the bookkeeping) are the same. */
    boolean sameFactsAs(Agent other) {
        return externalId.equals(other.externalId) && vendorId.equals(other.vendorId) && siteId.equals(other.siteId)
                && fullName.equals(other.fullName) && java.util.Objects.equals(email, other.email)
                && languages.equals(other.languages) && skills.equals(other.skills) && status == other.status
                && java.util.Objects.equals(hiredOn, other.hiredOn);
    }
}
