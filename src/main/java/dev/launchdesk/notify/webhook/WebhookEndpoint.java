package dev.launchdesk.notify.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.launchdesk.notify.NotificationKind;

/**
 * A receiver of signed webhooks. kinds: the kind codes it gets, empty = every kind users choose. The secret (whsec_...)
 * signs each request; admins see it on the endpoint's page and in the API.
 */
public record WebhookEndpoint(UUID id, String url, String description, String secret, List<String> kinds, boolean enabled,
                              String disabledReason, Instant createdAt, Instant updatedAt) {

    public boolean receives(NotificationKind kind) {
        return enabled && (kinds.isEmpty() || kinds.contains(kind.code()));
    }
}
