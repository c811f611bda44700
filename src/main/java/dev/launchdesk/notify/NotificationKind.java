package dev.launchdesk.notify;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a notification is about. Its code names it in preferences, webhook subscriptions and webhook payloads
 * ({@code type}); each module that notifies adds its kinds here. {@link #DIGEST} is the daily or weekly e-mail that
 * gathers the others: users do not choose it.
 */
public enum NotificationKind {

    ANOMALY_DETECTED("anomaly.detected", true),
    /** A certification runs out in 30, 7 or 1 days, or ran out. */
    TRAINING_EXPIRY("training.expiry", true),
    /** A training assignment is past its due date. */
    TRAINING_OVERDUE("training.overdue", true),
    /** An SOP change needs a delta retraining. */
    TRAINING_DELTA("training.delta", true),
    DIGEST("digest", false);

    private final String code;
    private final boolean chosenByUsers;

    NotificationKind(String code, boolean chosenByUsers) {
        this.code = code;
        this.chosenByUsers = chosenByUsers;
    }

    public String code() {
        return code;
    }

    /** Users set their channels for it (and webhooks subscribe to it). */
    public boolean chosenByUsers() {
        return chosenByUsers;
    }

    /** The kind of a code (e.g. "anomaly.detected"), exactly as written. */
    public static Optional<NotificationKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    /** The kinds users and webhook endpoints choose. */
    public static java.util.List<NotificationKind> choosable() {
        return Arrays.stream(values()).filter(NotificationKind::chosenByUsers).toList();
    }
}
