package dev.launchdesk.notify.outbox;

import java.time.Instant;
import java.util.UUID;

/** One e-mail or webhook of the outbox, with its event's text, as the delivery log shows it and the worker sends it. */
public record Delivery(long id, long eventId, Channel channel, UUID userId, String address, UUID endpointId, String messageId,
                       String status, int attempts, Instant nextAttemptAt, Instant sentAt, Integer lastStatus, String lastError,
                       Instant createdAt, String kind, String subject, String body, String link, String payload, Instant eventCreatedAt) {
}
