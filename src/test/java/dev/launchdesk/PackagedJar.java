package dev.launchdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application as its users run it: {@code java -jar launchdesk-*.jar} with no options but a free port, in an
 * empty folder (so on the embedded default: a new H2 database under {@code ./data} with the demo data). The folder and the
 * process's log ({@code app.log}) stay under {@code target/packaged-jar/} for reading after a failure.
 */
final class PackagedJar {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final Path log;
    private final int port;

    private PackagedJar(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the jar named by the system property {@code launchdesk.jar} (set by the failsafe plugin) and waits for health UP. */
    static PackagedJar start() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("launchdesk.jar", "target/launchdesk-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged jar at " + jar + ": run ./mvnw verify (or package) first");
        }
        Path root = Files.createDirectories(Path.of("target", "packaged-jar"));
        Path folder = Files.createTempDirectory(root, "run-").toAbsolutePath();
        Path log = folder.resolve("app.log");
        int port = freePort();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString(), "--server.port=" + port))
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PackagedJar app = new PackagedJar(process, log, port);
        System.out.println("Started " + jar.getFileName() + " (pid " + process.pid() + ") in " + folder + " on port " + port);
        app.awaitHealthUp();
        return app;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The process's output so far, for failure messages. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Whether the application logged this text, e.g. an exception's name. */
    boolean logged(String text) {
        try {
            return Files.readString(log).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the application as a service manager does (SIGTERM, graceful shutdown), forcibly if it does not end. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void awaitHealthUp() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url("/actuator/health"))).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The packaged jar ended with exit code " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens when the context is ready
            }
            Thread.sleep(1000);
        }
        stop();
        throw new IllegalStateException("The packaged jar did not answer health UP within " + START_TIMEOUT + ":\n" + logTail());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
