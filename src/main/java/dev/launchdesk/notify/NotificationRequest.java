package dev.launchdesk.notify;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One thing to tell people about.
 *
 * @param kind       what it is about (preferences and webhook subscriptions are per kind)
 * @param key        what makes it one notification within its kind, e.g. "anomaly:42": the same kind and key sent again
 *                   (a replayed event) changes nothing
 * @param recipients the users told in-app and by e-mail, as each of them chose for the kind
 * @param subject    one line, already rendered by the caller (in-app title, e-mail subject)
 * @param body       the e-mail text, already rendered by the caller
 * @param link       where it is seen in LaunchDesk, a path such as "/insights/anomalies/42" (or null)
 * @param payload    the {@code data} of the webhook (JSON-serialisable values)
 */
public record NotificationRequest(NotificationKind kind, String key, Set<UUID> recipients, String subject, String body, String link,
                                  Map<String, Object> payload) {

    public NotificationRequest {
        if (kind == null || kind == NotificationKind.DIGEST) {
            throw new IllegalArgumentException("a notification needs a kind other than the digest");
        }
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new IllegalArgumentException("a notification needs a key of 1 to 200 characters");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a notification needs a subject");
        }
        subject = subject.length() > 300 ? subject.substring(0, 299) + "…" : subject;
        body = body == null ? "" : body;
        if (body.length() > 8000) {
            throw new IllegalArgumentException("a notification's body has at most 8000 characters");
        }
        if (link != null && (!link.startsWith("/") || link.length() > 500)) {
            throw new IllegalArgumentException("a notification's link is a path within LaunchDesk (starting with /)");
        }
        recipients = recipients == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(recipients));
        payload = payload == null ? Map.of() : Map.copyOf(payload);
    }
}
