package dev.launchdesk.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts failed sign-ins per username and per client address in the database, so every app node sees the same
 * counts. After {@code failuresPerUser} failures of one username (or {@code failuresPerClient} from one address) the key
 * is locked for {@code firstLock}, doubling with each further failure up to {@code maxLock}; attempts while locked are
 * refused without checking the password and do not count. A successful sign-in clears its username; failures are
 * forgotten after {@code forgetAfter} without another one.
 */
@Service
class SignInThrottle {

    private final JdbcClient jdbc;
    private final SignInSettings settings;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, SignInSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Refuses the attempt, with how long to wait, when its username or its client address is locked. */
    void checkAllowed(String username, String client) {
        Instant now = clock.instant();
        List<Instant> locks = jdbc.sql("select locked_until from sign_in_throttle where throttle_key in (:keys) and locked_until > :now")
                .param("keys", keys(username, client)).param("now", Timestamp.from(now))
                .query((rs, row) -> rs.getTimestamp(1).toInstant()).list();
        locks.stream().max(Instant::compareTo).ifPresent(until -> {
            throw new SignInThrottled(Duration.between(now, until));
        });
    }

    void failed(String username, String client) {
        Instant now = clock.instant();
        if (username != null) {
            count(userKey(username), settings.failuresPerUser(), now);
        }
        if (client != null) {
            count(clientKey(client), settings.failuresPerClient(), now);
        }
    }

    void succeeded(String username) {
        if (username != null) {
            jdbc.sql("delete from sign_in_throttle where throttle_key = :key").param("key", userKey(username)).update();
        }
    }

    private void count(String key, int allowed, Instant now) {
        Instant forgotten = now.minus(settings.forgetAfter());
        int updated = jdbc.sql("""
                update sign_in_throttle
                   set failures = case when last_failure_at < :forgotten then 1 else failures + 1 end, last_failure_at = :now
                 where throttle_key = :key
                """).param("forgotten", Timestamp.from(forgotten)).param("now", Timestamp.from(now)).param("key", key).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into sign_in_throttle (throttle_key, failures, last_failure_at) values (:key, 1, :now)")
                        .param("key", key).param("now", Timestamp.from(now)).update();
            } catch (DuplicateKeyException concurrentFirstFailure) {
                count(key, allowed, now);
                return;
            }
        }
        int failures = jdbc.sql("select failures from sign_in_throttle where throttle_key = :key").param("key", key)
                .query(Integer.class).optional().orElse(0);
        lockFor(failures, allowed).ifPresent(lock -> jdbc.sql("update sign_in_throttle set locked_until = :until where throttle_key = :key")
                .param("until", Timestamp.from(now.plus(lock))).param("key", key).update());
    }

    /** No lock below the allowed failures; then the first lock, doubled for each failure beyond, at most the maximum. */
    Optional<Duration> lockFor(int failures, int allowed) {
        if (failures < allowed) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - allowed, 20);
        Duration lock = settings.firstLock().multipliedBy(1L << doublings);
        return Optional.of(lock.compareTo(settings.maxLock()) > 0 ? settings.maxLock() : lock);
    }

    private static List<String> keys(String username, String client) {
        return username == null ? List.of(clientKey(client)) : List.of(userKey(username), clientKey(client));
    }

    static String userKey(String username) {
        String name = username.trim().toLowerCase(Locale.ROOT);
        return "user:" + (name.length() > 150 ? name.substring(0, 150) : name);
    }

    static String clientKey(String client) {
        String address = client == null ? "unknown" : client;
        return "client:" + (address.length() > 150 ? address.substring(0, 150) : address);
    }
}
