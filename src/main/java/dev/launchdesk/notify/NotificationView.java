package dev.launchdesk.notify;

import java.time.Instant;

/** An in-app notification as its user sees it. */
public record NotificationView(long id, NotificationKind kind, String subject, String body, String link, Instant createdAt,
                               Instant readAt) {

    public boolean isUnread() {
        return readAt == null;
    }
}
