package dev.launchdesk.notify.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;

/**
 * The webhook-signature header of the Standard Webhooks specification: "v1," and the base64 HMAC-SHA256 of
 * "{webhook-id}.{webhook-timestamp}.{body}" keyed with the base64 part of the whsec_ secret. Signed by the
 * specification's own Java library (com.standardwebhooks:standardwebhooks).
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    public static String sign(String secret, String messageId, long timestampSeconds, String body) {
        try {
            return new Webhook(secret).sign(messageId, timestampSeconds, body);
        } catch (EmptyWebhookSecretException | WebhookSigningException e) {
            throw new IllegalStateException("the webhook could not be signed: " + e.getMessage(), e);
        }
    }
}
