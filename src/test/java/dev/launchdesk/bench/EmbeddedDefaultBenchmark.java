package dev.launchdesk.bench;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark of the embedded default as a user runs it: the packaged jar started with {@code java -Xmx512m -jar} (the
 * heap the README's run commands give it) from an empty folder, so the H2 file and the demo data are fresh. Prints, with the machine's load:
 * <ol>
 *   <li>the first start: seconds until {@code /actuator/health} answers UP, and the phases of the start from its log
 *   (context and Flyway, demo data, demo tickets, SOP search index);</li>
 *   <li>an anomaly scan of the demo's last 7 days (what the hourly schedule scans), median of 5 after 2 unmeasured;</li>
 *   <li>an import of a 1,000,000-row ticket file (the ingestion benchmark's file, spread over the demo's 90 days):
 *   seconds, and the process's resident memory (VmHWM, the peak, and VmRSS after) read from {@code /proc};</li>
 *   <li>the same anomaly scan with the million more tickets.</li>
 * </ol>
 * Run: {@code ./mvnw -q -o -DskipTests package && ./mvnw -q -o test-compile dependency:build-classpath
 * -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath && java -cp
 * target/test-classes:$(cat target/benchmark.classpath) dev.launchdesk.bench.EmbeddedDefaultBenchmark
 * target/launchdesk-0.1.0-SNAPSHOT.jar /tmp/embedded-bench [rows]}. The folder is emptied first.
 */
public final class EmbeddedDefaultBenchmark {

    /** The heap the README's commands give the embedded default ({@code spring-boot:run}'s jvmArguments, {@code java -Xmx512m -jar}). */
    private static final String HEAP = "-Xmx512m";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));

    private final Path jar;
    private final Path folder;
    private int port;
    private Process app;

    private EmbeddedDefaultBenchmark(Path jar, Path folder) {
        this.jar = jar.toAbsolutePath();
        this.folder = folder.toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        new EmbeddedDefaultBenchmark(Path.of(args[0]), Path.of(args[1])).run(rows);
    }

    private void run(int rows) throws Exception {
        emptyFolder();
        Path file = folder.resolveSibling(folder.getFileName() + "-tickets-" + rows + ".csv");
        if (!Files.exists(file)) {
            // the demo's 90 days (DemoSops.TODAY is 2026-11-25)
            TicketFileWriter.write(file, rows, LocalDate.of(2026, 8, 27), 7);
        }
        try {
            print("load before start: " + load());
            long started = System.nanoTime();
            start();
            double seconds = (System.nanoTime() - started) / 1e9;
            print(String.format(Locale.ROOT, "first start with demo data: health UP after %.1f s (load %s)", seconds, load()));
            printPhases();
            waitForDemoScans();
            print(String.format(Locale.ROOT, "anomaly scan of 7 days over the demo tickets: median %.0f ms (load %s)", scanMillis(), load()));
            importFile(file, rows);
            print(String.format(Locale.ROOT, "anomaly scan of 7 days with %,d more tickets: median %.0f ms (load %s)", rows, scanMillis(), load()));
        } finally {
            if (app != null) {
                app.destroy();
                app.waitFor(2, TimeUnit.MINUTES);
            }
        }
    }

    private void emptyFolder() throws IOException {
        if (Files.exists(folder)) {
            try (var walk = Files.walk(folder)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(folder);
    }

    private void start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP, "-jar", jar.toString(),
                "--server.port=" + port).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("app.log").toFile()).start();
        while (true) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application stopped while starting; see " + folder.resolve("app.log"));
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
    }

    /** The log lines that mark the phases of the start, with their time stamps. */
    private void printPhases() throws IOException {
        for (String line : Files.readAllLines(folder.resolve("app.log"), StandardCharsets.ISO_8859_1)) {
            if (line.contains("Starting LaunchDeskApplication") || line.contains("Successfully applied") || line.contains("Tomcat started")
                    || line.contains("Started LaunchDeskApplication") || line.contains("Demo ") || line.contains("Import ") && line.contains("started")
                    || line.contains("Anomaly scan") || line.contains("SOP search index")) {
                print("  " + line.substring(11, Math.min(line.length(), 23)) + " " + line.substring(Math.max(0, line.lastIndexOf(" : ") + 3)));
            }
        }
    }

    /** Waits until the scans the demo's imports set off have finished (they run after the start, in the background). */
    private void waitForDemoScans() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            long scans = Files.readAllLines(folder.resolve("app.log"), StandardCharsets.ISO_8859_1).stream()
                    .filter(l -> l.contains("Anomaly scan 2026-")).count();
            if (scans >= 4) {
                return;
            }
            Thread.sleep(500);
        }
    }

    /** Median of 5 scans after 2 unmeasured ones (what the database did just before, e.g. an import's write-back, settles first). */
    private double scanMillis() throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long t = System.nanoTime();
            HttpResponse<String> answer = HTTP.send(authorized("/api/v1/insights/anomalies/scan?from=2026-11-18&to=2026-11-24")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            times.add((System.nanoTime() - t) / 1e6);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("scan answered " + answer.statusCode() + ": " + answer.body());
            }
        }
        times = new ArrayList<>(times.subList(2, times.size()));
        times.sort(null);
        print("  scans, ms: " + times.stream().map(t -> String.format(Locale.ROOT, "%.0f", t)).toList());
        return times.get(2);
    }

    private void importFile(Path file, int rows) throws Exception {
        long pid = app.pid();
        AtomicLong peak = new AtomicLong();
        long before = residentKb(pid, "VmRSS");
        long t = System.nanoTime();
        CompletableFuture<HttpResponse<String>> answer = HTTP.sendAsync(authorized("/api/v1/tickets/imports?fileName=bench.csv")
                .header("Content-Type", "text/csv").timeout(Duration.ofHours(1)).POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        while (!answer.isDone()) {
            peak.accumulateAndGet(residentKb(pid, "VmRSS"), Math::max);
            Thread.sleep(200);
        }
        HttpResponse<String> response = answer.get();
        double seconds = (System.nanoTime() - t) / 1e9;
        if (response.statusCode() != 201) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
        }
        print(String.format(Locale.ROOT, "import of %,d rows (%,d MB): %.1f s = %,.0f rows/s (load %s)", rows, Files.size(file) >> 20,
                seconds, rows / seconds, load()));
        print(String.format(Locale.ROOT, "  resident memory: %,d MB before, peak %,d MB sampled during (VmHWM %,d MB), %,d MB after",
                before >> 10, peak.get() >> 10, residentKb(pid, "VmHWM") >> 10, residentKb(pid, "VmRSS") >> 10));
    }

    private static long residentKb(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }

    private static String load() throws IOException {
        return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", AUTH);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void print(String line) {
        System.out.println(line);
    }
}
