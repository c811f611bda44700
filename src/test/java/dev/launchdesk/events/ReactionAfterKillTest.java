package dev.launchdesk.events;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A module reaction cut off by a real crash happens after the restart, exactly once. The application runs as a
 * separate JVM on the embedded default (production configuration, its own ./data folder and port). Its reactions run
 * on one thread, which {@link HeldReactions} takes: a ticket import commits (its log reads COMPLETED at once) while the
 * anomaly scan that reacts to it waits in the queue; then kill -9. After the restart the import still reads COMPLETED,
 * the scan runs once from the event publication registry and finds the spike (its anomalies, as the API lists them);
 * a third start finds nothing left to do and scans nothing again.
 */
class ReactionAfterKillTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);
    private static final int DAYS = 42;
    private static final int SPIKE = 35;
    private static final String ADMIN = "killadmin";
    private static final String PASSWORD = "kill-test-password";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SCAN = Pattern.compile("Anomaly scan 2025-01-06\\.\\.2025-02-16 \\[ID\\]: (\\d+) series, (\\d+) anomalies, (\\d+) new");

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process app;
    private int port;
    private Path log;

    @AfterEach
    void stopApp() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theScanOfAnImportCommittedJustBeforeAKillRunsAfterTheRestartExactlyOnce() throws Exception {
        Path tickets = writeTickets(folder.resolve("tickets.csv"));
        start(true);
        waitForLog(HeldReactions.HELD);
        createReferenceData();

        HttpResponse<String> imported = http.send(authorized("/api/v1/tickets/imports?fileName=tickets.csv").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(tickets)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(lastImportStatus()).as("the import reads COMPLETED as soon as its rows are committed").isEqualTo("COMPLETED");
        assertThat(anomalies()).as("the scan has not run: it waits behind the held thread").isEmpty();
        assertThat(scans(log)).isEmpty();
        app.destroyForcibly();
        assertThat(app.waitFor(1, TimeUnit.MINUTES)).isTrue();

        start(false);
        waitForLog(SCAN.pattern());
        List<JsonNode> found = anomalies();
        assertThat(lastImportStatus()).as("a stop after the commit never fails a committed import").isEqualTo("COMPLETED");
        assertThat(found).as("the spike day's volume, found by the scan after the restart")
                .anySatisfy(a -> {
                    assertThat(a.get("kpi").asText()).isEqualTo("VOLUME");
                    assertThat(a.get("day").asText()).isEqualTo(FIRST_DAY.plusDays(SPIKE).toString());
                });
        List<int[]> afterRestart = scans(log);
        assertThat(afterRestart).as("the import's scan ran once after the restart").hasSize(1);
        assertThat(afterRestart.get(0)[2]).as("new anomalies").isEqualTo(found.size());

        app.destroy();
        assertThat(app.waitFor(2, TimeUnit.MINUTES)).as("normal stop").isTrue();
        start(false);
        Thread.sleep(3_000);
        assertThat(scans(log)).as("nothing left to republish on the third start").isEmpty();
        assertThat(anomalies()).hasSameSizeAs(found);
    }

    /** 42 days of 60 ID tickets a day, four times as many on day 35, each resolved within the hour. */
    private Path writeTickets(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("ticket_id,created_at,first_response_at,resolved_at,market,vendor,site,channel,category,"
                    + "handle_time_seconds,csat,reopened,contact_count,launch_key,sop_key,sop_version\n");
            int n = 0;
            for (int d = 0; d < DAYS; d++) {
                LocalDate day = FIRST_DAY.plusDays(d);
                int count = (d == SPIKE ? 240 : 60) + (d * 7) % 5;
                for (int i = 0; i < count; i++, n++) {
                    String minute = two(i % 60);
                    out.write("KILL-" + n + "," + day + "T08:" + minute + ":00+07:00," + day + "T08:" + minute + ":30+07:00," + day + "T09:"
                            + minute + ":00+07:00,ID,NCS,JKT-1,chat,Refund," + (300 + i % 200) + ",5,false,1,,,\n");
                }
            }
        }
        return file;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private List<JsonNode> anomalies() throws Exception {
        List<JsonNode> list = new ArrayList<>();
        get("/api/v1/insights/anomalies?size=100").get("items").forEach(i -> list.add(i.has("anomaly") ? i.get("anomaly") : i));
        return list;
    }

    /** The scans of the test's days that this start of the application logged: series, anomalies, new. */
    private static List<int[]> scans(Path log) throws IOException {
        List<int[]> scans = new ArrayList<>();
        Matcher m = SCAN.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            scans.add(new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))});
        }
        return scans;
    }

    /** Starts the application in its own JVM with the production configuration, in the test's folder; waits for health UP. */
    private void start(boolean holdReactions) throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> classPath = Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                        .split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("test-classes")).collect(Collectors.toCollection(ArrayList::new));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1"));
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port, "--launchdesk.demo-data.enabled=false",
                "--launchdesk.first-admin.username=" + ADMIN, "--launchdesk.first-admin.password=" + PASSWORD,
                "--launchdesk.insight.anomaly.schedule=-", "--launchdesk.events.retry-every=PT24H"));
        if (holdReactions) {
            // only this class of the test classes: the tests' own configuration must not reach the application
            Path held = folder.resolve("held-classes");
            String name = HeldReactions.class.getName().replace('.', '/');
            Path source = Path.of(HeldReactions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (var classes = Files.list(source.resolve(name).getParent())) {
                for (Path c : classes.filter(p -> p.getFileName().toString().startsWith("HeldReactions")).toList()) {
                    Path target = held.resolve(source.relativize(c).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(c, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            classPath.add(held.toString());
            arguments.add("--spring.main.sources=" + HeldReactions.class.getName());
            arguments.add("--spring.task.execution.pool.core-size=1");
        }
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, classPath), "dev.launchdesk.LaunchDeskApplication"));
        command.addAll(arguments);
        log = folder.resolve("app-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("LAUNCHDESK_"));
        app = builder.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("the application stopped while starting:\n%s", tail()).isTrue();
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no health UP within 4 minutes:\n" + tail());
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

    private void waitForLog(String pattern) throws Exception {
        Pattern wanted = Pattern.compile(pattern);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && wanted.matcher(Files.readString(log, StandardCharsets.ISO_8859_1)).find()) {
                return;
            }
            assertThat(app.isAlive()).as("the application stopped:\n%s", tail()).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("no log line '" + pattern + "' within 2 minutes:\n" + tail());
    }

    private String tail() {
        try {
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            return text.substring(Math.max(0, text.length() - 6_000));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
