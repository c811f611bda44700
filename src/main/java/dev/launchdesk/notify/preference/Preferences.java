package dev.launchdesk.notify.preference;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.notify.NotificationKind;
import dev.launchdesk.shared.Echoed;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;

/** Each user's channels per kind of notification (a kind without a row: {@link Preference#byDefault}). */
@Service
public class Preferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    Preferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The user's channels for the kind. */
    public Preference of(UUID userId, NotificationKind kind) {
        return jdbc.sql("select kind, in_app, email from notification_preference where user_id = :u and kind = :k")
                .param("u", userId).param("k", kind.code())
                .query((rs, n) -> new Preference(rs.getString("kind"), rs.getBoolean("in_app"), EmailMode.valueOf(rs.getString("email"))))
                .optional().orElse(Preference.byDefault(kind));
    }

    /** The user's channels for every kind users choose, in the order of the kinds. */
    public List<Preference> all(UUID userId) {
        Map<String, Preference> saved = jdbc.sql("select kind, in_app, email from notification_preference where user_id = :u")
                .param("u", userId)
                .query((rs, n) -> new Preference(rs.getString("kind"), rs.getBoolean("in_app"), EmailMode.valueOf(rs.getString("email"))))
                .list().stream().collect(Collectors.toMap(Preference::kind, Function.identity()));
        List<Preference> all = new ArrayList<>();
        for (NotificationKind kind : NotificationKind.choosable()) {
            all.add(saved.getOrDefault(kind.code(), Preference.byDefault(kind)));
        }
        return all;
    }

    /** Sets the user's channels for a kind (by its code); a 400 naming the field for an unknown kind. */
    @Transactional
    public Preference set(UUID userId, String kindCode, boolean inApp, EmailMode email) {
        NotificationKind kind = kind(kindCode);
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update notification_preference set in_app = :i, email = :e, updated_at = :now where user_id = :u and kind = :k")
                .param("i", inApp).param("e", email.name()).param("now", now).param("u", userId).param("k", kind.code()).update();
        if (updated == 0) {
            jdbc.sql("insert into notification_preference (user_id, kind, in_app, email, updated_at) values (:u, :k, :i, :e, :now)")
                    .param("u", userId).param("k", kind.code()).param("i", inApp).param("e", email.name()).param("now", now).update();
        }
        return new Preference(kind.code(), inApp, email);
    }

    /** A kind users choose, by its code, else a 400 naming the field. */
    public static NotificationKind kind(String code) {
        return NotificationKind.fromCode(code == null ? "" : code.strip()).filter(NotificationKind::chosenByUsers)
                .orElseThrow(() -> InvalidInputException.of("kind",
                        UserTexts.of("problem.notify.preference.kind-unknown",
                                Echoed.quoted(code), NotificationKind.choosable().stream().map(NotificationKind::code).collect(Collectors.joining(", ")))));
    }
}
