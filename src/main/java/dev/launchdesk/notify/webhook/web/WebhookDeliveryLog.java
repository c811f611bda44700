package dev.launchdesk.notify.webhook.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.notify.outbox.Attempt;
import dev.launchdesk.notify.outbox.Channel;
import dev.launchdesk.notify.outbox.Deliveries;
import dev.launchdesk.notify.outbox.Delivery;
import dev.launchdesk.notify.webhook.WebhookEndpoint;
import dev.launchdesk.notify.webhook.WebhookEndpoints;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;

/** An endpoint's webhook deliveries with their attempts, and the manual replay of one. */
@Service
class WebhookDeliveryLog {

    /** A delivery as the log shows it (without the payload), with its attempts, newest first. */
    record LoggedDelivery(long id, String messageId, String kind, String subject, String status, int attempts, Integer lastStatus,
                          String lastError, java.time.Instant createdAt, java.time.Instant nextAttemptAt, java.time.Instant sentAt,
                          List<Attempt> log) {

        static LoggedDelivery of(Delivery d, List<Attempt> log) {
            return new LoggedDelivery(d.id(), d.messageId(), d.kind(), d.subject(), d.status(), d.attempts(), d.lastStatus(), d.lastError(),
                    d.createdAt(), d.status().equals("PENDING") ? d.nextAttemptAt() : null, d.sentAt(), log);
        }
    }

    static final int SHOWN = 50;

    private final Deliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WebhookDeliveryLog(Deliveries deliveries, WebhookEndpoints endpoints, ApplicationEventPublisher events, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.events = events;
        this.clock = clock;
    }

    List<LoggedDelivery> of(UUID endpointId) {
        endpoints.get(endpointId);
        return deliveries.ofEndpoint(endpointId, SHOWN).stream().map(d -> LoggedDelivery.of(d, deliveries.attempts(d.id()))).toList();
    }

    /**
     * Sends a webhook delivery again with the same webhook-id (the receiver's idempotency key): due at once, with a fresh
     * budget of attempts. 409 while its endpoint is disabled or while a worker is sending it.
     */
    @Transactional
    LoggedDelivery replay(long deliveryId, Actor actor) {
        Delivery delivery = deliveries.find(deliveryId).filter(d -> d.channel() == Channel.WEBHOOK)
                .orElseThrow(() -> new NotFoundException(UserTexts.of("problem.notify.delivery.what"), deliveryId));
        WebhookEndpoint endpoint = endpoints.get(delivery.endpointId());
        if (!endpoint.enabled()) {
            throw new ConflictException(UserTexts.of("problem.notify.delivery.endpoint-disabled", endpoint.url()));
        }
        if (!deliveries.replay(deliveryId, clock.instant())) {
            throw new ConflictException(UserTexts.of("problem.notify.delivery.sending"));
        }
        events.publishEvent(new EntityChanged("webhook_delivery", Long.toString(deliveryId), "replayed",
                actor.username() + " replayed webhook " + delivery.messageId() + " to " + endpoint.url(), null, null));
        Delivery after = deliveries.find(deliveryId).orElseThrow();
        return LoggedDelivery.of(after, deliveries.attempts(deliveryId));
    }
}
