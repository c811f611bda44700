package dev.launchdesk.notify.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.launchdesk.notify.NotificationKind;
import dev.launchdesk.shared.UserTexts;

/**
 * A receiver of signed webhooks. kinds: the kind codes it gets, empty = every kind users choose. The secret (whsec_...)
 * signs each request; admins see it on the endpoint's page and in the API.
 */
public record WebhookEndpoint(UUID id, String url, String description, String secret, List<String> kinds, boolean enabled,
                              String disabledReason, Instant createdAt, Instant updatedAt) {

    /** How the stored {@code disabledReason} begins when an admin disabled the endpoint (then the username). */
    static final String DISABLED_BY = "disabled by ";
    /** How it begins when the receiver answered 410 Gone (then the instant). */
    static final String GONE = "the receiver answered 410 Gone on ";

    /**
     * The disable reason as the pages show it, from the bundles in the reader's language. The stored reason stays the
     * API's value (English, as it was written); one LaunchDesk did not write is shown as stored.
     */
    public String disabledReasonText() {
        if (disabledReason == null) {
            return null;
        }
        if (disabledReason.startsWith(DISABLED_BY)) {
            return UserTexts.of("notify.webhooks.disabledBy", disabledReason.substring(DISABLED_BY.length()));
        }
        if (disabledReason.startsWith(GONE)) {
            return UserTexts.of("notify.webhooks.disabledGone", disabledReason.substring(GONE.length()));
        }
        return disabledReason;
    }

    public boolean receives(NotificationKind kind) {
        return enabled && (kinds.isEmpty() || kinds.contains(kind.code()));
    }
}
