package dev.launchdesk.notify.outbox;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Business metrics of the notifications: {@code launchdesk.notifications.sent} and {@code launchdesk.notifications.failed}
 * per channel (in-app, email, webhook); failed attempts carry {@code outcome} retry or gave-up.
 */
@Component
public class NotificationMetrics {

    private final MeterRegistry registry;

    NotificationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** In-app notifications written in the current transaction: counted once it commits. */
    public void inAppWritten(int count) {
        if (count == 0) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sent("in-app").increment(count);
                }
            });
        } else {
            sent("in-app").increment(count);
        }
    }

    public void sent(Channel channel) {
        sent(channel.tag()).increment();
    }

    public void failed(Channel channel, boolean givenUp) {
        Counter.builder("launchdesk.notifications.failed").description("Failed attempts to send a notification")
                .tag("channel", channel.tag()).tag("outcome", givenUp ? "gave-up" : "retry").register(registry).increment();
    }

    private Counter sent(String channel) {
        return Counter.builder("launchdesk.notifications.sent").description("Notifications sent (in-app: written)")
                .tag("channel", channel).register(registry);
    }
}
