package dev.launchdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The application in a JVM of its own, as the crash tests need it: its main class on the main class path (never the
 * tests' configuration), the production configuration on the embedded default, a folder of its own for ./data, a free
 * port, a first admin instead of the demo data; each start logs to a new file. Started, killed with -9, stopped and
 * started again by the test; used over HTTP as that admin.
 */
public final class AppProcess {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final String admin;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private int port;
    private Path log;
    private int starts;

    public AppProcess(Path folder, String admin, String password) {
        this.folder = folder;
        this.admin = admin;
        this.password = password;
    }

    /**
     * Starts the application with the heap given ("512m"), more class path entries and more arguments; waits for
     * health UP (at most 4 minutes).
     */
    public void start(String heap, List<String> moreClassPath, List<String> moreArguments) throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> classPath = Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                        .split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("test-classes")).collect(Collectors.toCollection(ArrayList::new));
        classPath.addAll(moreClassPath);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-cp", String.join(java.io.File.pathSeparator, classPath),
                "dev.launchdesk.LaunchDeskApplication", "--server.port=" + port, "--launchdesk.demo-data.enabled=false",
                "--launchdesk.first-admin.username=" + admin, "--launchdesk.first-admin.password=" + password,
                "--launchdesk.insight.anomaly.schedule=-"));
        command.addAll(moreArguments);
        log = folder.resolve("app-" + (++starts) + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("LAUNCHDESK_"));
        process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the application stopped while starting:\n%s", tail()).isTrue();
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

    /** kill -9, waiting until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
    }

    /** A normal stop (SIGTERM); true when it ended within two minutes. */
    public boolean stop() throws InterruptedException {
        process.destroy();
        return process.waitFor(2, TimeUnit.MINUTES);
    }

    /** Kills what is still running (for the tests' clean-up). */
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The log of the current start. */
    public Path log() {
        return log;
    }

    /** Indonesia, NCS and its Jakarta site, through the API: what a ticket file of the tests refers to. */
    public void createIndonesiaWithNcsInJakarta() throws Exception {
        post("/api/v1/markets", """
                {"code":"ID","name":"Indonesia","region":"SEA","timezone":"Asia/Jakarta","currency":"IDR","languages":"id, en"}""");
        JsonNode vendor = JSON.readTree(post("/api/v1/vendors", """
                {"code":"NCS","name":"Nusantara Contact Solutions","contactEmail":"ops@ncs.example","active":true}"""));
        post("/api/v1/vendors/" + vendor.get("id").asText() + "/sites", """
                {"code":"JKT-1","name":"Jakarta","marketCode":"ID","city":"Jakarta","languages":"id"}""");
    }

    /** A POST of JSON that must answer 201; its body. */
    public String post(String path, String json) throws Exception {
        HttpResponse<String> response = http.send(authorized(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
        return response.body();
    }

    /** A GET that must answer 200; its JSON. */
    public JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(authorized(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    public HttpClient http() {
        return http;
    }

    public HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((admin + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Waits until the current start's log has a line matching the pattern. */
    public void waitForLog(String pattern, Duration within) throws Exception {
        Pattern wanted = Pattern.compile(pattern);
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && wanted.matcher(Files.readString(log, StandardCharsets.ISO_8859_1)).find()) {
                return;
            }
            assertThat(process.isAlive()).as("the application stopped:\n%s", tail()).isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("no log line '" + pattern + "' within " + within + ":\n" + tail());
    }

    /** The end of the current start's log, for failure messages. */
    public String tail() {
        try {
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            return text.substring(Math.max(0, text.length() - 6_000));
        } catch (IOException | RuntimeException e) {
            return "(no log)";
        }
    }
}
