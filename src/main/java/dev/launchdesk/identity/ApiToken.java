package dev.launchdesk.identity;

import java.time.Instant;
import java.util.UUID;

/** A personal API token. Only its SHA-256 hash is stored; the secret is shown once, when issued. */
public record ApiToken(UUID id, UUID userId, String name, String prefix, Instant createdAt, Instant expiresAt,
                       Instant lastUsedAt, Instant revokedAt) {

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public String state(Instant now) {
        if (revokedAt != null) {
            return "revoked";
        }
        return expiresAt != null && !now.isBefore(expiresAt) ? "expired" : "active";
    }
}
