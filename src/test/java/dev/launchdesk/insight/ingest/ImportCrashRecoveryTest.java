package dev.launchdesk.insight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A kill -9 in the middle of a large ticket import on the embedded H2 default, as the field test did it: the
 * application runs as a separate JVM (its main class, the production configuration, its own ./data folder and port),
 * is killed while it reads the file and again while it merges the rows, and after each restart the database opens,
 * holds the whole import or nothing of it (tickets and roll-up agree), and takes the same file again (201). Then a
 * normal stop and one more start: the database still opens and holds the file exactly once.
 */
class ImportCrashRecoveryTest {

    private static final int ROWS = Integer.getInteger("crash.rows", 150_000);
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 3, 1);
    private static final String ADMIN = "crashadmin";
    private static final String PASSWORD = "crash-test-password";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process app;
    private int port;

    @AfterEach
    void stopApp() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aKilledImportLeavesADatabaseThatOpensAndTakesTheSameFileAgain() throws Exception {
        Path file = writeTickets(folder.resolve("tickets.csv"));
        start();
        createReferenceData();

        CompletableFuture<HttpResponse<String>> first = sendImport(file);
        waitForRunningImport(Duration.ofMinutes(3));
        Thread.sleep(1_500);
        kill(first);

        start();
        long afterReadKill = consistentTicketCount();
        assertThat(afterReadKill).as("tickets after a kill while the file was read").isIn(0L, (long) ROWS);
        assertThat(lastImportStatus()).isEqualTo(afterReadKill == 0 ? "FAILED" : "COMPLETED");

        CompletableFuture<HttpResponse<String>> second = sendImport(file);
        waitForLog("rows read, checked and staged", Duration.ofMinutes(5));
        Thread.sleep(300);
        kill(second);

        start();
        long afterMergeKill = consistentTicketCount();
        assertThat(afterMergeKill).as("tickets after a kill while the rows were merged").isIn(0L, (long) ROWS);

        HttpResponse<String> again = sendImport(file).get(10, TimeUnit.MINUTES);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(JSON.readTree(again.body()).at("/ticketImport/rowsImported").asLong()).isEqualTo(ROWS);
        assertThat(consistentTicketCount()).isEqualTo(ROWS);

        app.destroy();
        assertThat(app.waitFor(2, TimeUnit.MINUTES)).as("normal stop").isTrue();
        start();
        assertThat(consistentTicketCount()).isEqualTo(ROWS);
        assertThat(lastImportStatus()).isEqualTo("COMPLETED");
    }

    private Path writeTickets(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(TicketFiles.HEADER);
            for (int n = 0; n < ROWS; n++) {
                LocalDate day = FIRST_DAY.plusDays(30L * n / ROWS);
                int minute = n % 600;
                out.write("CRASH-" + n + "," + day + "T08:" + two(minute % 60) + ":00+07:00," + day + "T09:" + two(minute % 60)
                        + ":00+07:00,,ID,NCS,JKT-1," + (n % 3 == 0 ? "email" : "chat") + ",Refund," + (300 + n % 900) + ","
                        + (n % 4 == 0 ? "5" : "") + "," + (n % 17 == 0) + ",1,,,\n");
            }
        }
        return file;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** Starts the application in its own JVM with the production configuration, in the test's folder; waits for health UP. */
    private void start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String classPath = Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                        .split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("test-classes"))
                .collect(Collectors.joining(java.io.File.pathSeparator));
        Path log = folder.resolve("app.log");
        Files.deleteIfExists(log);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", classPath, "dev.launchdesk.LaunchDeskApplication",
                "--server.port=" + port, "--launchdesk.demo-data.enabled=false",
                "--launchdesk.first-admin.username=" + ADMIN, "--launchdesk.first-admin.password=" + PASSWORD,
                "--launchdesk.insight.anomaly.schedule=-", "--logging.level.dev.launchdesk.insight.ingest=DEBUG")
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("LAUNCHDESK_"));
        app = builder.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("the application stopped while starting:\n%s", tail(log)).isTrue();
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no health UP within 4 minutes:\n" + tail(log));
    }

    private void kill(CompletableFuture<HttpResponse<String>> running) throws InterruptedException {
        assertThat(running).as("the import was still running when the process was killed").isNotDone();
        app.destroyForcibly();
        assertThat(app.waitFor(1, TimeUnit.MINUTES)).isTrue();
    }

    private void createReferenceData() throws Exception {
        post("/api/v1/markets", """
                {"code":"ID","name":"Indonesia","region":"SEA","timezone":"Asia/Jakarta","currency":"IDR","languages":"id, en"}""");
        JsonNode vendor = JSON.readTree(post("/api/v1/vendors", """
                {"code":"NCS","name":"Nusantara Contact Solutions","contactEmail":"ops@ncs.example","active":true}"""));
        post("/api/v1/vendors/" + vendor.get("id").asText() + "/sites", """
                {"code":"JKT-1","name":"Jakarta","marketCode":"ID","city":"Jakarta","languages":"id"}""");
    }

    private String post(String path, String json) throws Exception {
        HttpResponse<String> response = http.send(authorized(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
        return response.body();
    }

    private CompletableFuture<HttpResponse<String>> sendImport(Path file) throws IOException {
        return http.sendAsync(authorized("/api/v1/tickets/imports?fileName=tickets.csv").header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The tickets in the table, checked against the roll-up the dashboards read (they must agree). */
    private long consistentTicketCount() throws Exception {
        String range = "from=" + FIRST_DAY + "&to=" + FIRST_DAY.plusDays(40);
        long tickets = get("/api/v1/tickets?size=1&" + range).get("total").asLong();
        JsonNode rows = get("/api/v1/insights/kpis?granularity=total&kpi=volume&" + range).get("rows");
        long rolledUp = rows.isEmpty() ? 0 : rows.get(0).get("tickets").asLong();
        assertThat(rolledUp).as("roll-up tickets = ticket rows").isEqualTo(tickets);
        return tickets;
    }

    private String lastImportStatus() throws Exception {
        return get("/api/v1/tickets/imports?size=1").at("/items/0/status").asText();
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(authorized(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private void waitForRunningImport(Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if ("RUNNING".equals(lastImportStatus())) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no import running within " + within);
    }

    private void waitForLog(String pattern, Duration within) throws Exception {
        Path log = folder.resolve("app.log");
        java.util.regex.Pattern wanted = java.util.regex.Pattern.compile(pattern);
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && wanted.matcher(Files.readString(log, StandardCharsets.ISO_8859_1)).find()) {
                return;
            }
            assertThat(app.isAlive()).as("the application stopped:\n%s", tail(log)).isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("no log line '" + pattern + "' within " + within + ":\n" + tail(log));
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            return text.substring(Math.max(0, text.length() - 6_000));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
