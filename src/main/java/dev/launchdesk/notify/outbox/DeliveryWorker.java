package dev.launchdesk.notify.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.launchdesk.notify.mail.MailChannel;
import dev.launchdesk.notify.mail.OutgoingMail;
import dev.launchdesk.notify.settings.NotifySettings;
import dev.launchdesk.notify.webhook.WebhookEndpoint;
import dev.launchdesk.notify.webhook.WebhookEndpoints;
import dev.launchdesk.notify.webhook.WebhookSender;
import dev.launchdesk.shared.BaseUrl;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends the outbox: claims the due deliveries (a short transaction of its own, committed before anything goes out),
 * sends each, and records its outcome under the claim. A worker that stops after claiming — before or after sending —
 * leaves its rows SENDING until the claim runs out ({@code launchdesk.notify.claim-timeout}); the next run claims and
 * sends them again under the same message id (webhook-id, Message-ID, .eml file name), so nothing is lost and a
 * receiver can tell a repeat. Scheduled once per cluster (a database lock); the claim keeps two workers apart anyway.
 */
@Component
public class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    /** How one attempt ended. gone: the receiver answered 410, the endpoint is disabled and nothing is retried. */
    public record Outcome(boolean succeeded, Integer status, String error, boolean gone) {
    }

    private final Deliveries deliveries;
    private final MailChannel mail;
    private final WebhookSender webhooks;
    private final WebhookEndpoints endpoints;
    private final NotificationMetrics metrics;
    private final NotifySettings settings;
    private final BaseUrl baseUrl;
    private final Backoff backoff;
    private final ObjectMapper json;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.getDefault();

    DeliveryWorker(Deliveries deliveries, MailChannel mail, WebhookSender webhooks, WebhookEndpoints endpoints, NotificationMetrics metrics,
                   NotifySettings settings, BaseUrl baseUrl, ObjectMapper json, PlatformTransactionManager transactions, Clock clock) {
        this.deliveries = deliveries;
        this.mail = mail;
        this.webhooks = webhooks;
        this.endpoints = endpoints;
        this.metrics = metrics;
        this.settings = settings;
        this.baseUrl = baseUrl;
        this.backoff = new Backoff(settings.retryBase(), settings.retryMax(), settings.maxAttempts());
        this.json = json;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @SchedulerLock(name = "notify-deliveries")
    @Scheduled(initialDelayString = "${launchdesk.notify.deliver-every:PT5S}", fixedDelayString = "${launchdesk.notify.deliver-every:PT5S}")
    public void deliverScheduled() {
        int sent = deliverDue(clock.instant());
        if (sent > 0) {
            log.debug("{} notification deliveries attempted", sent);
        }
    }

    /** Claims and sends what is due at the given time, batch after batch; how many deliveries were attempted. */
    public int deliverDue(Instant now) {
        int attempted = 0;
        while (true) {
            Claim claim = claim(now);
            for (Delivery delivery : claim.deliveries()) {
                long started = System.nanoTime();
                Outcome outcome = send(delivery, clock.instant());
                record(claim, delivery, outcome, Duration.ofNanos(System.nanoTime() - started));
            }
            attempted += claim.deliveries().size();
            if (claim.deliveries().size() < settings.batchSize()) {
                return attempted;
            }
        }
    }

    /** Deliveries claimed under one token. */
    public record Claim(String token, List<Delivery> deliveries) {
    }

    /** Step one, committed on its own: the due deliveries claimed under a new token. */
    public Claim claim(Instant now) {
        String token = UUID.randomUUID().toString();
        List<Delivery> claimed = ownTransaction.execute(status -> deliveries.claim(token, now, now.plus(settings.claimTimeout()),
                settings.batchSize()));
        return new Claim(token, claimed == null ? List.of() : claimed);
    }

    /** Step two: sends one claimed delivery (no transaction); the outcome is not recorded yet. */
    public Outcome send(Delivery delivery, Instant at) {
        return switch (delivery.channel()) {
            case EMAIL -> sendMail(delivery);
            case WEBHOOK -> sendWebhook(delivery, at);
        };
    }

    /** Step three, committed on its own: the attempt logged, the delivery sent, due again after the back-off, or given up. */
    public void record(Claim claim, Delivery delivery, Outcome outcome, Duration took) {
        String token = claim.token();
        Instant now = clock.instant();
        ownTransaction.executeWithoutResult(status -> {
            deliveries.logAttempt(delivery.id(), delivery.attempts(), now, outcome.status(), outcome.error(), took.toMillis(), outcome.succeeded());
            if (outcome.succeeded()) {
                deliveries.sent(delivery.id(), token, now, outcome.status());
                return;
            }
            if (outcome.gone() && delivery.endpointId() != null) {
                endpoints.disableGone(delivery.endpointId(), now);
            }
            Optional<Instant> next = outcome.gone() ? Optional.empty() : backoff.next(delivery.attempts(), random).map(now::plus);
            deliveries.failed(delivery.id(), token, outcome.status(), outcome.error(), next);
        });
        if (outcome.succeeded()) {
            metrics.sent(delivery.channel());
        } else {
            metrics.failed(delivery.channel(), outcome.gone() || delivery.attempts() >= settings.maxAttempts());
            log.warn("Notification delivery {} ({} {}) failed on attempt {}: {}", delivery.id(), delivery.channel(), delivery.messageId(),
                    delivery.attempts(), outcome.error());
        }
    }

    private Outcome sendMail(Delivery delivery) {
        try {
            mail.send(new OutgoingMail(delivery.messageId(), delivery.address(), delivery.subject(), delivery.body()));
            return new Outcome(true, null, null, false);
        } catch (Exception e) {
            return new Outcome(false, null, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }

    private Outcome sendWebhook(Delivery delivery, Instant at) {
        Optional<WebhookEndpoint> endpoint = endpoints.find(delivery.endpointId());
        if (endpoint.isEmpty() || !endpoint.get().enabled()) {
            return new Outcome(false, null, "the endpoint is disabled", true);
        }
        WebhookSender.Answer answer = webhooks.post(endpoint.get().url(), endpoint.get().secret(), delivery.messageId(), at, body(delivery));
        return new Outcome(answer.succeeded(), answer.status(), answer.error(), answer.gone());
    }

    /**
     * The webhook body as Standard Webhooks suggests: type, timestamp (of the event, so every attempt sends the same
     * bytes) and data — the caller's payload with the subject and the absolute link.
     */
    public String body(Delivery delivery) {
        try {
            ObjectNode data = json.createObjectNode();
            JsonNode payload = json.readTree(delivery.payload());
            if (payload != null && payload.isObject()) {
                data.setAll((ObjectNode) payload);
            }
            data.put("subject", delivery.subject());
            if (delivery.link() != null) {
                data.put("link", baseUrl.absolute(delivery.link()));
            }
            ObjectNode body = json.createObjectNode();
            body.put("type", delivery.kind());
            body.put("timestamp", delivery.eventCreatedAt().toString());
            body.set("data", data);
            return json.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the stored payload of delivery " + delivery.id() + " is not JSON", e);
        }
    }
}
