package dev.launchdesk.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Arrays;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.launchdesk.insight.ingest.FileFormat;
import dev.launchdesk.insight.ingest.ImportKind;
import dev.launchdesk.insight.ingest.ImportMode;
import dev.launchdesk.insight.ingest.ImportSource;
import dev.launchdesk.insight.ingest.ImportStatus;
import dev.launchdesk.insight.ingest.TicketImports;

/**
 * Benchmark, not a test (Surefire does not pick up *Benchmark): importing a 1,000,000-row ticket CSV into PostgreSQL
 * against PostgreSQL's own {@code COPY} of the same file into a plain table, side by side in one run. Each round
 * (a) COPYs the file into a plain table of the same columns, (b) imports it with {@link TicketImports} into an empty
 * ticket table (parse and check every row, stage, upsert, recompute the roll-ups, one transaction) and (c) imports it
 * again over the tickets now there (the idempotent update path); the order of (a) and (b, c) alternates per round.
 * Prints rows per second, the ratios (b)/(a) and (c)/(a) as medians over the rounds, and the heap during the imports.
 * <p>
 * Runs on PostgreSQL only, so only in the Surefire execution with the postgres profile, in schema
 * {@code launchdesk_bench} unless LAUNCHDESK_TEST_POSTGRES_SCHEMA says otherwise (the schema is emptied first):
 * {@code ./mvnw test -Dtest=TicketIngestBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Options:
 * {@code -Dbench.rows=1000000 -Dbench.rounds=3 -Dbench.large-rows=5000000} (the last: one more import of a file that
 * size, to show the heap stays flat; 0 = off), {@code -Dbench.reimport=false} (leaves out (c), for quicker runs of (b) against (a)). The CSV files are written to {@code target/}.
 */
@SpringBootTest(properties = {"launchdesk.insight.import.max-file-size=16GB", "logging.level.dev.launchdesk.insight.ingest=DEBUG",
        "spring.datasource.url=${LAUNCHDESK_TEST_POSTGRES_URL:jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=${LAUNCHDESK_TEST_POSTGRES_SCHEMA:launchdesk_bench}}",
        "spring.flyway.schemas=${LAUNCHDESK_TEST_POSTGRES_SCHEMA:launchdesk_bench}",
        "spring.flyway.default-schema=${LAUNCHDESK_TEST_POSTGRES_SCHEMA:launchdesk_bench}"})
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = ".*postgres.*")
class TicketIngestBenchmark {

    static final LocalDate FIRST_DAY = LocalDate.of(2025, 9, 1);
    static final String PLAIN = """
            create table if not exists ticket_copy_plain (ticket_id text, created_at timestamptz, first_response_at timestamptz,
              resolved_at timestamptz, market text, vendor text, site text, channel text, category text,
              handle_time_seconds integer, csat integer, reopened boolean, contact_count integer, launch_key text,
              sop_key text, sop_version integer)""";

    @Autowired
    TicketImports imports;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** {@code cpuMillis}: CPU time of the importing thread (the Java side: parsing, checks, encoding, roll-up sums), or 0. */
    record Measured(long millis, long peakUsedMb, long peakLiveMb, long cpuMillis) {
        double rowsPerSecond(long rows) {
            return rows * 1000.0 / millis;
        }
    }

    @Test
    void importTicketsSideBySideWithCopy() throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        int rounds = Integer.getInteger("bench.rounds", 3);
        int largeRows = Integer.getInteger("bench.large-rows", 0);
        boolean reimport = Boolean.parseBoolean(System.getProperty("bench.reimport", "true"));
        jdbc.sql(PLAIN).update();
        empty();
        Path warmUp = file(50_000);
        copy(warmUp);
        importFile(warmUp, 50_000);
        importFile(warmUp, 50_000);

        Path file = file(rows);
        Measured[] copies = new Measured[rounds];
        Measured[] fresh = new Measured[rounds];
        Measured[] again = new Measured[rounds];
        for (int round = 0; round < rounds; round++) {
            empty();
            if (round % 2 == 0) {
                copies[round] = copy(file);
            }
            fresh[round] = importFile(file, rows);
            again[round] = reimport ? importFile(file, rows) : new Measured(1, 0, 0, 0);
            if (round % 2 == 1) {
                copies[round] = copy(file);
            }
            System.out.printf("  round %d: COPY %,6d ms | import %,6d ms (Java thread CPU %,6d ms) ratio %.2f | re-import %,6d ms (CPU %,6d ms)"
                            + " | load %s%n", round + 1, copies[round].millis(), fresh[round].millis(), fresh[round].cpuMillis(),
                    (double) copies[round].millis() / fresh[round].millis(), again[round].millis(), again[round].cpuMillis(), load());
        }
        report(file, rows, rounds, copies, fresh, again);
        if (largeRows > 0) {
            large(largeRows);
        }
        empty();
    }

    private void report(Path file, int rows, int rounds, Measured[] copies, Measured[] fresh, Measured[] again) throws IOException {
        double copy = median(copies, rows);
        double imported = median(fresh, rows);
        double reimported = median(again, rows);
        long peakUsed = Math.max(Arrays.stream(fresh).mapToLong(Measured::peakUsedMb).max().orElse(0),
                Arrays.stream(again).mapToLong(Measured::peakUsedMb).max().orElse(0));
        long peakLive = Math.max(Arrays.stream(fresh).mapToLong(Measured::peakLiveMb).max().orElse(0),
                Arrays.stream(again).mapToLong(Measured::peakLiveMb).max().orElse(0));
        System.out.printf("%nTicket ingestion benchmark: %,d rows (%,d MB CSV), %d rounds, %s, %d cores, max heap %,d MB%n", rows,
                Files.size(file) >> 20, rounds, jdbc.sql("select version()").query(String.class).single().replaceAll(" on .*", ""),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("  (a) PostgreSQL COPY into a plain table: %,9.0f rows/s (median)%n", copy);
        System.out.printf("  (b) import into an empty ticket table:  %,9.0f rows/s (median)  ratio (b)/(a) = %.2f%n", imported, imported / copy);
        if (again[0].millis() > 1) {
            System.out.printf("  (c) re-import over existing tickets:    %,9.0f rows/s (median)  ratio (c)/(a) = %.2f%n", reimported, reimported / copy);
        }
        long[] cpu = Arrays.stream(fresh).mapToLong(Measured::cpuMillis).sorted().toArray();
        System.out.printf("  Java thread CPU of import (b): median %,d ms = %.2f µs a row (rounds: %s)%n", cpu[cpu.length / 2],
                cpu[cpu.length / 2] * 1000.0 / rows, Arrays.toString(Arrays.stream(fresh).mapToLong(Measured::cpuMillis).toArray()));
        System.out.printf("  heap during the imports: peak used %,d MB, peak still live after a collection %,d MB%n%n", peakUsed, peakLive);
    }

    private void large(int rows) throws Exception {
        Path file = file(rows);
        empty();
        Measured copy = copy(file);
        empty();
        Measured imported = importFile(file, rows);
        System.out.printf("Large file: %,d rows (%,d MB CSV)%n", rows, Files.size(file) >> 20);
        System.out.printf("  COPY %,9.0f rows/s, import %,9.0f rows/s (ratio %.2f)%n", copy.rowsPerSecond(rows),
                imported.rowsPerSecond(rows), imported.rowsPerSecond(rows) / copy.rowsPerSecond(rows));
        System.out.printf("  heap during the import: peak used %,d MB, peak still live after a collection %,d MB%n%n",
                imported.peakUsedMb(), imported.peakLiveMb());
        Files.delete(file);
    }

    private static String load() {
        return String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double median(Measured[] measured, long rows) {
        double[] rates = Arrays.stream(measured).mapToDouble(m -> m.rowsPerSecond(rows)).sorted().toArray();
        return rates.length % 2 == 1 ? rates[rates.length / 2] : (rates[rates.length / 2 - 1] + rates[rates.length / 2]) / 2;
    }

    private static Path file(int rows) throws IOException {
        Path file = Path.of("target", "bench-tickets-" + rows + ".csv");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Path partial = Path.of(file + ".partial");
            TicketFileWriter.write(partial, rows, FIRST_DAY, 20251201L);
            Files.move(partial, file);
        }
        return file;
    }

    /** Empties the ticket tables and the plain table, and starts from a checkpoint, so no round pays for the one before. */
    private void empty() {
        jdbc.sql("truncate table ticket, ticket_day, ticket_vendor_day, ticket_category_day, ticket_value_day, ticket_copy_plain").update();
        jdbc.sql("checkpoint").update();
    }

    private Measured copy(Path file) throws Exception {
        jdbc.sql("truncate table ticket_copy_plain").update();
        jdbc.sql("checkpoint").update();
        long start = System.nanoTime();
        long copied;
        try (Connection connection = dataSource.getConnection(); InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            copied = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy ticket_copy_plain from stdin with (format csv, header true)", in);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        jdbc.sql("truncate table ticket_copy_plain").update();
        return new Measured(millis, 0, 0, 0);
    }

    private Measured importFile(Path file, int rows) throws IOException {
        jdbc.sql("checkpoint").update();
        TicketImports.Request request = new TicketImports.Request(ImportKind.TICKETS, file.getFileName().toString(), FileFormat.CSV,
                ImportMode.ALL_OR_NOTHING, ImportSource.API);
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        TicketImports.Outcome outcome;
        HeapWatch heap = new HeapWatch();
        try (heap; InputStream in = Files.newInputStream(file)) {
            outcome = imports.importFile(request, in, "bench");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        if (outcome.record().status() != ImportStatus.COMPLETED || outcome.record().rowsImported() != rows) {
            throw new IllegalStateException("the import did not take every row: " + outcome.record().message() + " " + outcome.rejections());
        }
        long tickets = jdbc.sql("select count(*) from ticket").query(Long.class).single();
        long counted = jdbc.sql("select coalesce(sum(tickets), 0) from ticket_day").query(Long.class).single();
        long byVendor = jdbc.sql("select coalesce(sum(tickets), 0) from ticket_vendor_day").query(Long.class).single();
        long byCategory = jdbc.sql("select coalesce(sum(tickets), 0) from ticket_category_day").query(Long.class).single();
        if (tickets != rows || counted != rows || byVendor != rows || byCategory != rows) {
            throw new IllegalStateException("expected " + rows + " tickets, found " + tickets + " (" + counted + " in the roll-up, "
                    + byVendor + " in the vendor-day roll-up, " + byCategory + " in the category-day roll-up)");
        }
        return new Measured(millis, heap.peakUsedMb(), heap.peakAfterGcMb(), cpuMillis);
    }
}
