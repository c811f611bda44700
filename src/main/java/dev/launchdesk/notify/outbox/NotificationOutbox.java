package dev.launchdesk.notify.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.identity.UserAdministration;
import dev.launchdesk.identity.UserView;
import dev.launchdesk.notify.NotificationKind;
import dev.launchdesk.notify.NotificationRequest;
import dev.launchdesk.notify.NotificationView;
import dev.launchdesk.notify.Notifications;
import dev.launchdesk.notify.inapp.InAppNotifications;
import dev.launchdesk.notify.preference.EmailMode;
import dev.launchdesk.notify.preference.Preference;
import dev.launchdesk.notify.preference.Preferences;
import dev.launchdesk.notify.webhook.WebhookEndpoint;
import dev.launchdesk.notify.webhook.WebhookEndpoints;

/**
 * Writes a notification in the caller's transaction: the event, the in-app notifications, and the outbox rows of its
 * e-mails and webhooks (sent later by {@link DeliveryWorker}). Idempotent per kind and key.
 */
@Service
public class NotificationOutbox implements Notifications {

    private final NotificationEvents events;
    private final InAppNotifications inApp;
    private final Deliveries deliveries;
    private final Preferences preferences;
    private final WebhookEndpoints endpoints;
    private final UserAdministration users;
    private final NotificationMetrics metrics;
    private final ObjectMapper json;
    private final Clock clock;

    NotificationOutbox(NotificationEvents events, InAppNotifications inApp, Deliveries deliveries, Preferences preferences,
                       WebhookEndpoints endpoints, UserAdministration users, NotificationMetrics metrics, ObjectMapper json, Clock clock) {
        this.events = events;
        this.inApp = inApp;
        this.deliveries = deliveries;
        this.preferences = preferences;
        this.endpoints = endpoints;
        this.users = users;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean send(NotificationRequest request) {
        Instant now = clock.instant();
        Optional<Long> added = events.add(request.kind().code(), request.key(), request.subject(), request.body(), request.link(),
                payload(request), now);
        if (added.isEmpty()) {
            return false;
        }
        long eventId = added.get();
        int written = 0;
        for (UUID userId : request.recipients().stream().sorted().toList()) {
            UserView user = users.user(userId);
            if (!user.enabled()) {
                continue;
            }
            Preference preference = preferences.of(userId, request.kind());
            if (preference.inApp() && inApp.add(eventId, userId, now)) {
                written++;
            }
            if (preference.email() != EmailMode.OFF && user.email() != null && !user.email().isBlank()) {
                deliveries.addEmail(eventId, userId, user.email(), preference.email().isDigest() ? preference.email().name() : null, now);
            }
        }
        for (WebhookEndpoint endpoint : endpoints.receiving(request.kind())) {
            deliveries.addWebhook(eventId, endpoint.id(), now);
        }
        metrics.inAppWritten(written);
        return true;
    }

    /**
     * A user's digest e-mail, written with the outbox row that sends it (in the caller's transaction); empty when the
     * digest of that key exists already (another run of the digest made it).
     */
    @Transactional
    public Optional<Long> addDigest(UUID userId, String address, String key, String subject, String body, Instant now) {
        Optional<Long> added = events.add(NotificationKind.DIGEST.code(), key, subject, body, "/notifications", "{}", now);
        added.ifPresent(eventId -> deliveries.addEmail(eventId, userId, address, null, now));
        return added;
    }

    @Override
    public long unread(UUID userId) {
        return inApp.unread(userId);
    }

    @Override
    @Transactional
    public boolean markRead(UUID userId, long notificationId) {
        return inApp.markRead(notificationId, userId, clock.instant());
    }

    @Override
    public List<NotificationView> recent(UUID userId, NotificationKind kind, int limit) {
        return inApp.of(userId, kind, 0, limit);
    }

    private String payload(NotificationRequest request) {
        try {
            String payload = json.writeValueAsString(request.payload());
            if (payload.length() > 20000) {
                throw new IllegalArgumentException("a notification's payload has at most 20000 characters as JSON");
            }
            return payload;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the notification's payload is not JSON-serialisable: " + e.getOriginalMessage(), e);
        }
    }
}
