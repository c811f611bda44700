package dev.launchdesk.notify.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import dev.launchdesk.notify.settings.NotifySettings;

/**
 * Posts one signed webhook: the JSON body with the headers webhook-id (the delivery's message id, the same on every
 * attempt), webhook-timestamp (seconds, of this attempt) and webhook-signature. Redirects are not followed.
 */
@Component
public class WebhookSender {

    /** How the receiver answered: its HTTP status, or null with the error when there was no answer. */
    public record Answer(Integer status, String error) {

        public boolean succeeded() {
            return status != null && status >= 200 && status < 300;
        }

        public boolean gone() {
            return status != null && status == 410;
        }
    }

    private final HttpClient client;
    private final Duration timeout;

    WebhookSender(NotifySettings settings) {
        this.timeout = settings.webhookTimeout();
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Answer post(String url, String secret, String messageId, Instant at, String body) {
        long timestamp = at.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "LaunchDesk-Webhooks")
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(secret, messageId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Answer(response.statusCode(), response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode());
        } catch (IOException e) {
            return new Answer(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, "interrupted");
        } catch (IllegalArgumentException e) {
            return new Answer(null, "bad URL: " + e.getMessage());
        }
    }
}
