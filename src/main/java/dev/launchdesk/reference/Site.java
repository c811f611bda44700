package dev.launchdesk.reference;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A vendor's delivery centre in a market, with the languages its agents serve. */
public record Site(UUID id, UUID vendorId, String code, String name, String marketCode, String city,
                   List<String> languages, int version, Instant createdAt, Instant updatedAt) {
}
