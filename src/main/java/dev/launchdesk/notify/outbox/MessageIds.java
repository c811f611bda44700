package dev.launchdesk.notify.outbox;

import java.util.UUID;

/** Message ids of deliveries: msg_ and 32 hex digits, random, unique per delivery (the outbox checks). */
public final class MessageIds {

    private MessageIds() {
    }

    public static String next() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }
}
