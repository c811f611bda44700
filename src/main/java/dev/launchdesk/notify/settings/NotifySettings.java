package dev.launchdesk.notify.settings;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notifications ({@code launchdesk.notify.*}, documented in application.yml); the links in e-mails and webhooks point to
 * {@link dev.launchdesk.shared.BaseUrl}.
 *
 * @param batchSize      the worker claims at most this many due deliveries a run
 * @param claimTimeout   a claimed delivery whose worker did not record its outcome within this time is due again
 *                       (the worker stopped): sent once more under the same message id
 * @param maxAttempts    a delivery that failed this many times is given up (FAILED; replay sends it again)
 * @param retryBase      the wait after the first failed attempt; it doubles with each attempt ...
 * @param retryMax       ... up to this, and a random half of it is taken off (jitter)
 * @param webhookTimeout how long a webhook receiver may take to connect and to answer
 * @param mailFrom       sender of the e-mails
 * @param outboxFolder   without a mail server (no spring.mail.host) each e-mail is written here as an .eml file
 */
@ConfigurationProperties("launchdesk.notify")
public record NotifySettings(@DefaultValue("50") int batchSize,
                             @DefaultValue("PT5M") Duration claimTimeout,
                             @DefaultValue("8") int maxAttempts,
                             @DefaultValue("PT30S") Duration retryBase,
                             @DefaultValue("PT6H") Duration retryMax,
                             @DefaultValue("PT10S") Duration webhookTimeout,
                             @DefaultValue("launchdesk@localhost") String mailFrom,
                             @DefaultValue("./data/outbox") Path outboxFolder) {

    public NotifySettings {
        if (batchSize < 1 || maxAttempts < 1 || claimTimeout.isNegative() || claimTimeout.isZero() || retryBase.isNegative()
                || retryMax.compareTo(retryBase) < 0 || webhookTimeout.isNegative() || webhookTimeout.isZero()) {
            throw new IllegalArgumentException("launchdesk.notify: batch-size and max-attempts must be positive, claim-timeout and "
                    + "webhook-timeout positive, retry-max at least retry-base");
        }
    }
}
