package dev.launchdesk.notify.outbox;

import java.time.Instant;

/** One attempt of a delivery: when, the HTTP status (webhooks) or the error, how long it took. */
public record Attempt(long id, long deliveryId, int attempt, Instant attemptedAt, Integer statusCode, String error, long durationMs,
                      boolean succeeded) {
}
