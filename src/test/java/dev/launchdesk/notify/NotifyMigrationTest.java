package dev.launchdesk.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V12_1 moves the anomaly alerts (user_notification) into the notify module: one event per alerted anomaly
 * with the subject the alerts had, one in-app notification per alert keeping its read state; the old table goes. On a
 * database of its own (H2 in PostgreSQL mode), migrated up to V11_1, given alerts, then migrated on.
 */
class NotifyMigrationTest {

    @Test
    void theAnomalyAlertsBecomeNotificationsWithTheirReadState() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:notify-migration-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common", "classpath:db/migration/h2").target("11.1").load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        UUID rina = user(jdbc, "rina");
        UUID tom = user(jdbc, "tom");
        long vnNcs = anomaly(jdbc, "VOLUME", "VN", "NCS");
        long all = anomaly(jdbc, "CSAT", "", "");
        alert(jdbc, rina, vnNcs, "2021-03-09 10:00:00+00", "2021-03-09 11:00:00+00");
        alert(jdbc, tom, vnNcs, "2021-03-09 10:00:01+00", null);
        alert(jdbc, tom, all, "2021-03-10 10:00:00+00", null);

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common", "classpath:db/migration/h2").target("12.1").load()
                .migrate();

        List<Map<String, Object>> events = jdbc.sql("select kind, dedup_key, subject, link from notification_event order by id").query().listOfRows();
        assertThat(events).extracting(e -> e.get("dedup_key")).containsExactly("anomaly:" + vnNcs, "anomaly:" + all);
        assertThat(events).extracting(e -> e.get("subject")).containsExactly("[LaunchDesk] Tickets anomaly · VN · NCS · 2021-03-09",
                "[LaunchDesk] CSAT (4–5 of 5) anomaly · All markets · 2021-03-09");
        assertThat(events).extracting(e -> e.get("link")).containsExactly("/insights/anomalies/" + vnNcs, "/insights/anomalies/" + all);
        assertThat(jdbc.sql("select count(*) from notification where user_id = :u and read_at is not null").param("u", rina)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification where user_id = :u and read_at is null").param("u", tom)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from notification_delivery").query(Long.class).single()).as("old mails are not sent again").isZero();
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name = 'user_notification'").query(Long.class).single())
                .isZero();
    }

    private static UUID user(JdbcClient jdbc, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into app_user (id, username, display_name, email, password_hash, role, enabled, created_at, updated_at)
                        values (:id, :n, :n, :n || '@example.com', 'x', 'VIEWER', true, current_timestamp, current_timestamp)
                        """).param("id", id).param("n", name).update();
        return id;
    }

    private static long anomaly(JdbcClient jdbc, String kpi, String market, String vendor) {
        jdbc.sql("""
                        insert into anomaly (kpi, market_code, vendor_code, anomaly_day, actual, expected, scale, score, direction, tickets,
                                             status, detected_at, updated_at)
                        values (:k, :m, :v, date '2021-03-09', 160, 100, 5, 12, 'UP', 160, 'OPEN', current_timestamp, current_timestamp)
                        """).param("k", kpi).param("m", market).param("v", vendor).update();
        return jdbc.sql("select id from anomaly where kpi = :k and market_code = :m").param("k", kpi).param("m", market).query(Long.class).single();
    }

    private static void alert(JdbcClient jdbc, UUID user, long anomaly, String created, String read) {
        jdbc.sql("insert into user_notification (user_id, anomaly_id, created_at, read_at) values (:u, :a, cast(:c as timestamp with time zone), "
                        + "cast(:r as timestamp with time zone))")
                .param("u", user).param("a", anomaly).param("c", created).param("r", read).update();
    }
}
