package dev.launchdesk.insight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.AppProcess;

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

    private AppProcess app;

    @AfterEach
    void stopApp() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aKilledImportLeavesADatabaseThatOpensAndTakesTheSameFileAgain() throws Exception {
        Path file = writeTickets(folder.resolve("tickets.csv"));
        app = new AppProcess(folder, ADMIN, PASSWORD);
        start();
        app.createIndonesiaWithNcsInJakarta();

        CompletableFuture<HttpResponse<String>> first = sendImport(file);
        waitForRunningImport(Duration.ofMinutes(3));
        Thread.sleep(1_500);
        kill(first);

        start();
        long afterReadKill = consistentTicketCount();
        assertThat(afterReadKill).as("tickets after a kill while the file was read").isIn(0L, (long) ROWS);
        assertThat(lastImportStatus()).isEqualTo(afterReadKill == 0 ? "FAILED" : "COMPLETED");

        CompletableFuture<HttpResponse<String>> second = sendImport(file);
        app.waitForLog("rows read, checked and staged", Duration.ofMinutes(5));
        Thread.sleep(300);
        kill(second);

        start();
        long afterMergeKill = consistentTicketCount();
        assertThat(afterMergeKill).as("tickets after a kill while the rows were merged").isIn(0L, (long) ROWS);

        HttpResponse<String> again = sendImport(file).get(10, TimeUnit.MINUTES);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(JSON.readTree(again.body()).at("/ticketImport/rowsImported").asLong()).isEqualTo(ROWS);
        assertThat(consistentTicketCount()).isEqualTo(ROWS);

        assertThat(app.stop()).as("normal stop").isTrue();
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

    /** Starts the application in its own JVM (production configuration, the test's folder), with the import's debug log. */
    private void start() throws Exception {
        app.start("768m", List.of(), List.of("--logging.level.dev.launchdesk.insight.ingest=DEBUG"));
    }

    private void kill(CompletableFuture<HttpResponse<String>> running) throws InterruptedException {
        assertThat(running).as("the import was still running when the process was killed").isNotDone();
        app.kill();
    }

    private CompletableFuture<HttpResponse<String>> sendImport(Path file) throws IOException {
        return app.http().sendAsync(app.authorized("/api/v1/tickets/imports?fileName=tickets.csv").header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The tickets in the table, checked against the roll-up the dashboards read (they must agree). */
    private long consistentTicketCount() throws Exception {
        String range = "from=" + FIRST_DAY + "&to=" + FIRST_DAY.plusDays(40);
        long tickets = app.get("/api/v1/tickets?size=1&" + range).get("total").asLong();
        JsonNode rows = app.get("/api/v1/insights/kpis?granularity=total&kpi=volume&" + range).get("rows");
        long rolledUp = rows.isEmpty() ? 0 : rows.get(0).get("tickets").asLong();
        assertThat(rolledUp).as("roll-up tickets = ticket rows").isEqualTo(tickets);
        return tickets;
    }

    private String lastImportStatus() throws Exception {
        return app.get("/api/v1/tickets/imports?size=1").at("/items/0/status").asText();
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
}
