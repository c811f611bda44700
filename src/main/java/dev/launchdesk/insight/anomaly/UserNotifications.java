package dev.launchdesk.insight.anomaly;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The in-app alerts: one per subscriber and anomaly, read or unread, with how its e-mail went. */
@Repository
class UserNotifications {

    /** An alert with its anomaly. */
    public record Alert(long id, Anomaly anomaly, Instant createdAt, Instant readAt, Instant mailedAt, String mailError) {

        public boolean isUnread() {
            return readAt == null;
        }
    }

    /** An alert whose e-mail has neither gone out nor failed. */
    record Unmailed(long id, UUID userId) {
    }

    private final JdbcClient jdbc;

    UserNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new alert, or empty when the user already has one for the anomaly. */
    Optional<Long> add(UUID userId, long anomalyId, Instant now) {
        int inserted = jdbc.sql("""
                        insert into user_notification (user_id, anomaly_id, created_at) values (:u, :a, :now) on conflict do nothing
                        """).param("u", userId).param("a", anomalyId).param("now", Timestamp.from(now)).update();
        if (inserted == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select id from user_notification where user_id = :u and anomaly_id = :a")
                .param("u", userId).param("a", anomalyId).query(Long.class).optional();
    }

    /** The user's newest alerts, only of anomalies the user may read (":rv" its vendor code when vendor-restricted). */
    List<Alert> of(UUID userId, String restrictedVendor, int limit) {
        return jdbc.sql("""
                        select n.id as n_id, n.created_at as n_created, n.read_at, n.mailed_at, n.mail_error, a.*
                          from user_notification n join anomaly a on a.id = n.anomaly_id
                         where n.user_id = :u and (cast(:rv as varchar) is null or a.vendor_code = :rv)
                         order by n.created_at desc, n.id desc limit :limit
                        """).param("u", userId).param("rv", restrictedVendor).param("limit", limit)
                .query((rs, n) -> new Alert(rs.getLong("n_id"), Anomalies.map(rs, n), rs.getTimestamp("n_created").toInstant(),
                        instant(rs.getTimestamp("read_at")), instant(rs.getTimestamp("mailed_at")), rs.getString("mail_error")))
                .list();
    }

    long unread(UUID userId) {
        return jdbc.sql("select count(*) from user_notification where user_id = :u and read_at is null").param("u", userId)
                .query(Long.class).single();
    }

    /** Marks one of the user's own alerts read; false when the user has none with that id. */
    boolean markRead(long id, UUID userId, Instant now) {
        return jdbc.sql("update user_notification set read_at = coalesce(read_at, :now) where id = :id and user_id = :u")
                .param("now", Timestamp.from(now)).param("id", id).param("u", userId).update() == 1;
    }

    List<Unmailed> unmailed(long anomalyId) {
        return jdbc.sql("select id, user_id from user_notification where anomaly_id = :a and mailed_at is null and mail_error is null order by id")
                .param("a", anomalyId).query((rs, n) -> new Unmailed(rs.getLong("id"), rs.getObject("user_id", UUID.class))).list();
    }

    void mailed(long id, Instant at) {
        jdbc.sql("update user_notification set mailed_at = :at, mail_error = null where id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    void mailFailed(long id, String error) {
        String text = error == null ? "unknown error" : error;
        jdbc.sql("update user_notification set mail_error = :e where id = :id")
                .param("e", text.length() > 500 ? text.substring(0, 500) : text).param("id", id).update();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
