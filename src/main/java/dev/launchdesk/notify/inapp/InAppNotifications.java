package dev.launchdesk.notify.inapp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.notify.NotificationKind;
import dev.launchdesk.notify.NotificationView;

/** The in-app notifications: one per event and user, read or unread. */
@Repository
public class InAppNotifications {

    private final JdbcClient jdbc;

    InAppNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the user's notification of the event; false when the user already has it. */
    public boolean add(long eventId, UUID userId, Instant now) {
        return jdbc.sql("insert into notification (event_id, user_id, created_at) values (:e, :u, :now) on conflict do nothing")
                .param("e", eventId).param("u", userId).param("now", Timestamp.from(now)).update() == 1;
    }

    /** The user's newest notifications (of a kind, or of every kind when null). */
    public List<NotificationView> of(UUID userId, NotificationKind kind, int offset, int limit) {
        return jdbc.sql("""
                        select n.id, n.created_at, n.read_at, e.kind, e.subject, e.body, e.link
                          from notification n join notification_event e on e.id = n.event_id
                         where n.user_id = :u and (cast(:k as varchar) is null or e.kind = :k)
                         order by n.created_at desc, n.id desc limit :limit offset :offset
                        """).param("u", userId).param("k", kind == null ? null : kind.code()).param("offset", offset).param("limit", limit)
                .query(InAppNotifications::view).list();
    }

    /** One of the user's own notifications. */
    public java.util.Optional<NotificationView> one(long id, UUID userId) {
        return jdbc.sql("""
                        select n.id, n.created_at, n.read_at, e.kind, e.subject, e.body, e.link
                          from notification n join notification_event e on e.id = n.event_id
                         where n.id = :id and n.user_id = :u
                        """).param("id", id).param("u", userId).query(InAppNotifications::view).optional();
    }

    public long count(UUID userId) {
        return jdbc.sql("select count(*) from notification where user_id = :u").param("u", userId).query(Long.class).single();
    }

    public long unread(UUID userId) {
        return jdbc.sql("select count(*) from notification where user_id = :u and read_at is null").param("u", userId)
                .query(Long.class).single();
    }

    /** Marks one of the user's own notifications read; false when the user has none with that id. */
    public boolean markRead(long id, UUID userId, Instant now) {
        return jdbc.sql("update notification set read_at = coalesce(read_at, :now) where id = :id and user_id = :u")
                .param("now", Timestamp.from(now)).param("id", id).param("u", userId).update() == 1;
    }

    /** Marks all the user's notifications read; how many were unread. */
    public int markAllRead(UUID userId, Instant now) {
        return jdbc.sql("update notification set read_at = :now where user_id = :u and read_at is null")
                .param("now", Timestamp.from(now)).param("u", userId).update();
    }

    private static NotificationView view(ResultSet rs, int n) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new NotificationView(rs.getLong("id"), NotificationKind.fromCode(rs.getString("kind")).orElse(NotificationKind.DIGEST),
                rs.getString("subject"), rs.getString("body"), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
