package dev.launchdesk.reference;

import java.time.Instant;
import java.util.UUID;

/** A BPO company that staffs seller support in one or more markets. */
public record Vendor(UUID id, String code, String name, String contactEmail, boolean active, int version,
                     Instant createdAt, Instant updatedAt) {
}
