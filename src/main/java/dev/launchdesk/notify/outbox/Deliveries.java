package dev.launchdesk.notify.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. A worker claims due deliveries with one update (status SENDING, its claim token, claimed until a
 * time): a row another worker claimed is not due again before its claim runs out, and on PostgreSQL rows locked by a
 * concurrent claim are skipped ({@code for update skip locked}) rather than waited for. Outcomes are recorded only
 * under the claim's token, so a worker that outlived its claim cannot overwrite the next one's.
 */
@Repository
public class Deliveries {

    static final String DUE = "((status = 'PENDING' and next_attempt_at <= :now) or (status = 'SENDING' and claimed_until <= :now))";

    private final JdbcClient jdbc;
    private final boolean postgres;

    Deliveries(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    /** Adds an e-mail of the event to the user: due now (PENDING) or waiting for the user's digest (DIGEST with its period). */
    public boolean addEmail(long eventId, UUID userId, String address, String digestPeriod, Instant now) {
        return jdbc.sql("""
                        insert into notification_delivery (event_id, channel, delivery_key, user_id, address, message_id, status, digest_period,
                                                           attempts, next_attempt_at, created_at)
                        values (:e, 'EMAIL', :key, :u, :a, :m, :s, :p, 0, :now, :now) on conflict do nothing
                        """).param("e", eventId).param("key", "email:" + userId).param("u", userId).param("a", address)
                .param("m", MessageIds.next()).param("s", digestPeriod == null ? "PENDING" : "DIGEST").param("p", digestPeriod)
                .param("now", Timestamp.from(now)).update() == 1;
    }

    public boolean addWebhook(long eventId, UUID endpointId, Instant now) {
        return jdbc.sql("""
                        insert into notification_delivery (event_id, channel, delivery_key, endpoint_id, message_id, status, attempts,
                                                           next_attempt_at, created_at)
                        values (:e, 'WEBHOOK', :key, :ep, :m, 'PENDING', 0, :now, :now) on conflict do nothing
                        """).param("e", eventId).param("key", "webhook:" + endpointId).param("ep", endpointId).param("m", MessageIds.next())
                .param("now", Timestamp.from(now)).update() == 1;
    }

    /** Claims up to limit due deliveries under the token until the given time (counting an attempt each); returns them. */
    public List<Delivery> claim(String token, Instant now, Instant until, int limit) {
        String candidates = "select id from notification_delivery where " + DUE + " order by next_attempt_at, id limit :limit"
                + (postgres ? " for update skip locked" : "");
        jdbc.sql("update notification_delivery set status = 'SENDING', claim_token = :token, claimed_until = :until, attempts = attempts + 1"
                        + " where id in (" + candidates + ") and " + DUE)
                .param("token", token).param("until", Timestamp.from(until)).param("now", Timestamp.from(now)).param("limit", limit).update();
        return jdbc.sql(SELECT + " where d.claim_token = :token and d.status = 'SENDING' order by d.id").param("token", token)
                .query(Deliveries::map).list();
    }

    /** Sent: the claim's delivery is done. False when the claim was no longer this token's. */
    public boolean sent(long id, String token, Instant at, Integer status) {
        return jdbc.sql("""
                        update notification_delivery set status = 'SENT', sent_at = :at, last_status = :st, last_error = null,
                               claim_token = null, claimed_until = null
                         where id = :id and claim_token = :token
                        """).param("at", Timestamp.from(at)).param("st", status).param("id", id).param("token", token).update() == 1;
    }

    /** Failed: due again at next, or given up (FAILED) when next is empty. */
    public boolean failed(long id, String token, Integer status, String error, Optional<Instant> next) {
        if (next.isPresent()) {
            return jdbc.sql("""
                            update notification_delivery set status = 'PENDING', next_attempt_at = :next, last_status = :st, last_error = :err,
                                   claim_token = null, claimed_until = null
                             where id = :id and claim_token = :token
                            """).param("next", Timestamp.from(next.get())).param("st", status).param("err", cut(error)).param("id", id)
                    .param("token", token).update() == 1;
        }
        return jdbc.sql("""
                        update notification_delivery set status = 'FAILED', last_status = :st, last_error = :err, claim_token = null,
                               claimed_until = null
                         where id = :id and claim_token = :token
                        """).param("st", status).param("err", cut(error)).param("id", id).param("token", token).update() == 1;
    }

    public void logAttempt(long deliveryId, int attempt, Instant at, Integer status, String error, long durationMs, boolean succeeded) {
        jdbc.sql("""
                        insert into notification_attempt (delivery_id, attempt, attempted_at, status_code, error, duration_ms, succeeded)
                        values (:d, :n, :at, :st, :err, :ms, :ok)
                        """).param("d", deliveryId).param("n", attempt).param("at", Timestamp.from(at)).param("st", status)
                .param("err", cut(error)).param("ms", durationMs).param("ok", succeeded).update();
    }

    /**
     * Sends a delivery again, whatever its state (not while a worker holds it): due now with a fresh budget of
     * attempts and the same message id, so the receiver recognises it. False when it is being sent right now.
     */
    public boolean replay(long id, Instant now) {
        return jdbc.sql("""
                        update notification_delivery set status = 'PENDING', next_attempt_at = :now, attempts = 0
                         where id = :id and status in ('SENT', 'FAILED', 'PENDING')
                        """).param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    public Optional<Delivery> find(long id) {
        return jdbc.sql(SELECT + " where d.id = :id").param("id", id).query(Deliveries::map).optional();
    }

    /** The webhook deliveries of an endpoint, newest first. */
    public List<Delivery> ofEndpoint(UUID endpointId, int limit) {
        return jdbc.sql(SELECT + " where d.endpoint_id = :ep order by d.created_at desc, d.id desc limit :limit")
                .param("ep", endpointId).param("limit", limit).query(Deliveries::map).list();
    }

    /** The e-mails waiting for a digest of the period, created before the given time, of one user. */
    public List<Delivery> waitingForDigest(UUID userId, String period, Instant before) {
        return jdbc.sql(SELECT + " where d.status = 'DIGEST' and d.digest_period = :p and d.user_id = :u and d.created_at < :before order by d.created_at, d.id")
                .param("p", period).param("u", userId).param("before", Timestamp.from(before)).query(Deliveries::map).list();
    }

    /** The users with e-mails waiting for a digest of the period. */
    public List<UUID> usersWaitingForDigest(String period, Instant before) {
        return jdbc.sql("select distinct user_id from notification_delivery where status = 'DIGEST' and digest_period = :p and created_at < :before")
                .param("p", period).param("before", Timestamp.from(before)).query((rs, n) -> rs.getObject(1, UUID.class)).list();
    }

    /** Marks the e-mails as gathered into the digest event. */
    public void digested(List<Long> ids, long digestEventId) {
        for (Long id : ids) {
            jdbc.sql("update notification_delivery set status = 'DIGESTED', digest_event_id = :e where id = :id and status = 'DIGEST'")
                    .param("e", digestEventId).param("id", id).update();
        }
    }

    public List<Attempt> attempts(long deliveryId) {
        return jdbc.sql("select * from notification_attempt where delivery_id = :d order by attempted_at desc, id desc").param("d", deliveryId)
                .query((rs, n) -> new Attempt(rs.getLong("id"), rs.getLong("delivery_id"), rs.getInt("attempt"),
                        rs.getTimestamp("attempted_at").toInstant(), (Integer) rs.getObject("status_code", Integer.class), rs.getString("error"),
                        rs.getLong("duration_ms"), rs.getBoolean("succeeded")))
                .list();
    }

    private static final String SELECT = """
            select d.*, e.kind, e.subject, e.body, e.link, e.payload, e.created_at as event_created_at
              from notification_delivery d join notification_event e on e.id = d.event_id""";

    private static Delivery map(ResultSet rs, int n) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getLong("event_id"), Channel.valueOf(rs.getString("channel")), rs.getObject("user_id", UUID.class),
                rs.getString("address"), rs.getObject("endpoint_id", UUID.class), rs.getString("message_id"), rs.getString("status"),
                rs.getInt("attempts"), instant(rs.getTimestamp("next_attempt_at")), instant(rs.getTimestamp("sent_at")),
                rs.getObject("last_status", Integer.class), rs.getString("last_error"), instant(rs.getTimestamp("created_at")),
                rs.getString("kind"), rs.getString("subject"), rs.getString("body"), rs.getString("link"), rs.getString("payload"),
                instant(rs.getTimestamp("event_created_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String cut(String text) {
        return text == null ? null : text.length() > 500 ? text.substring(0, 500) : text;
    }
}
