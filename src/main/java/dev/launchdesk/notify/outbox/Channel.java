package dev.launchdesk.notify.outbox;

/** How a delivery of the outbox goes out. (In-app notifications are written at once, not through the outbox.) */
public enum Channel {
    EMAIL, WEBHOOK;

    /** The metric tag: email, webhook (in-app is "in-app"). */
    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
