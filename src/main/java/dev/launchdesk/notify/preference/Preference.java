package dev.launchdesk.notify.preference;

import dev.launchdesk.notify.NotificationKind;

/** One user's channels for one kind: in-app on or off, and how e-mails come. */
public record Preference(String kind, boolean inApp, EmailMode email) {

    /** Without a choice of the user's own: in-app, and each e-mail at once. */
    public static Preference byDefault(NotificationKind kind) {
        return new Preference(kind.code(), true, EmailMode.IMMEDIATE);
    }
}
