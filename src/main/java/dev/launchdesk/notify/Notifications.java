package dev.launchdesk.notify;

import java.util.List;
import java.util.UUID;

/** What other modules call to notify people, and read of a user's in-app notifications. */
public interface Notifications {

    /**
     * Writes the notification in the caller's transaction: an in-app notification for each recipient who wants it,
     * an e-mail (now or in a digest) for each who wants one, and a webhook for each enabled endpoint of the kind, the
     * last two in the outbox that the delivery worker sends after the commit. Nothing is sent here.
     *
     * @return false when this kind and key were sent before (nothing is written again)
     */
    boolean send(NotificationRequest request);

    /** How many of the user's in-app notifications are unread. */
    long unread(UUID userId);

    /** Marks one of the user's own in-app notifications read; false when the user has none with that id. */
    boolean markRead(UUID userId, long notificationId);

    /** The user's newest in-app notifications of a kind (null: of every kind). */
    List<NotificationView> recent(UUID userId, NotificationKind kind, int limit);
}
