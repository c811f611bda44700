package dev.launchdesk.notify.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What happened, once per kind and key. */
@Repository
class NotificationEvents {

    private final JdbcClient jdbc;

    NotificationEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new event's id, or empty when the kind and key exist already. */
    Optional<Long> add(String kind, String key, String subject, String body, String link, String payload, Instant now) {
        int inserted = jdbc.sql("""
                        insert into notification_event (kind, dedup_key, subject, body, link, payload, created_at)
                        values (:k, :key, :s, :b, :l, :p, :now) on conflict do nothing
                        """).param("k", kind).param("key", key).param("s", subject).param("b", body).param("l", link).param("p", payload)
                .param("now", Timestamp.from(now)).update();
        if (inserted == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select id from notification_event where kind = :k and dedup_key = :key").param("k", kind).param("key", key)
                .query(Long.class).optional();
    }
}
