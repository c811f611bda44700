package dev.launchdesk.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import dev.launchdesk.insight.ingest.FileFormat;
import dev.launchdesk.insight.ingest.ImportKind;
import dev.launchdesk.insight.ingest.ImportMode;
import dev.launchdesk.insight.ingest.ImportSource;
import dev.launchdesk.insight.ingest.ImportStatus;
import dev.launchdesk.insight.ingest.TicketImports;

/**
 * Benchmark, not a test (Surefire does not pick up *Benchmark): the insight views on the demo data, then again after
 * 1,000,000 more tickets were imported into the demo's 90 days (about 310,000 of them in the default 28 days), on
 * PostgreSQL. Times each view through the whole web stack (MockMvc: security, controller, SQL, template) and prints
 * p50 / p95 and the ratio to the demo's time; also times the drill-down's former query (count and sort every ticket of
 * the range) for comparison, and the anomaly scan of the last 7 days. Asserts nothing.
 *
 * <pre>
 * LAUNCHDESK_TEST_POSTGRES_SCHEMA=ld_insights_edge ./mvnw test -Dtest=InsightViewsAtScaleBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -DskipPostgresTests
 * </pre>
 * Options: {@code -Dbench.rows=1000000 -Dbench.rounds=20}.
 */
@SpringBootTest(properties = {"launchdesk.insight.import.max-file-size=16GB", "logging.level.dev.launchdesk=WARN"})
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
class InsightViewsAtScaleBenchmark {

    /** The demo's tickets run over the 90 days before 25 November 2026. */
    static final LocalDate DEMO_FIRST_DAY = LocalDate.of(2026, 8, 27);
    static final int WARM_UP = 5;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TicketImports imports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void viewsOnTheDemoAndWithAMillionMoreTickets() throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        int rounds = Integer.getInteger("bench.rounds", 20);
        jdbc.sql("select brin_summarize_new_values('ix_ticket_created_day_brin')").query(Long.class).single();
        jdbc.sql("analyze").update();
        Map<String, double[]> demo = measure(rounds);

        Path file = Path.of("target", "views-bench-" + rows + ".csv");
        TicketFileWriter.write(file, rows, DEMO_FIRST_DAY, 1111L);
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            TicketImports.Outcome outcome = imports.importFile(new TicketImports.Request(ImportKind.TICKETS, file.getFileName().toString(),
                    FileFormat.CSV, ImportMode.ALL_OR_NOTHING, ImportSource.API), in, "bench");
            if (outcome.record().status() != ImportStatus.COMPLETED) {
                throw new IllegalStateException(outcome.record().message());
            }
        }
        long importMillis = (System.nanoTime() - start) / 1_000_000;
        // what autosummarize (V10_7) has autovacuum do soon after an import: summarise the BRIN ranges just filled
        long summarising = System.nanoTime();
        jdbc.sql("select brin_summarize_new_values('ix_ticket_created_day_brin')").query(Long.class).single();
        long summariseMillis = (System.nanoTime() - summarising) / 1_000_000;
        jdbc.sql("analyze").update();
        long tickets = jdbc.sql("select count(*) from ticket").query(Long.class).single();
        Map<String, double[]> scaled = measure(rounds);

        StringBuilder out = new StringBuilder("\nInsight views, demo (" + (tickets - rows) + " tickets) vs demo + " + rows
                + " tickets (" + tickets + "); import took " + importMillis + " ms, summarising the new BRIN ranges " + summariseMillis
                + " ms; load average before: " + load() + "\n");
        out.append(String.format("%-58s %9s %9s %9s %9s %7s%n", "view (" + rounds + " runs after " + WARM_UP + " warm-up)",
                "demo p50", "demo p95", "1M p50", "1M p95", "p50 ×"));
        demo.forEach((name, d) -> {
            double[] s = scaled.get(name);
            out.append(String.format("%-58s %9.1f %9.1f %9.1f %9.1f %7.2f%n", name, p(d, 50), p(d, 95), p(s, 50), p(s, 95),
                    p(s, 50) / p(d, 50)));
        });
        out.append("load average after: ").append(load()).append('\n');
        System.out.println(out);
        Files.deleteIfExists(file);
    }

    private Map<String, double[]> measure(int rounds) throws Exception {
        Map<String, double[]> times = new LinkedHashMap<>();
        times.put("ticket drill-down API, 28 days, page 1", time(rounds, () -> api("/api/v1/tickets")));
        times.put("ticket drill-down API, 28 days, page 40", time(rounds, () -> api("/api/v1/tickets?page=39")));
        times.put("ticket drill-down API, 28 days, market=ID", time(rounds, () -> api("/api/v1/tickets?market=ID")));
        times.put("ticket drill-down page, 28 days", time(rounds, () -> page("/insights/tickets")));
        times.put("dashboard page, 28 days", time(rounds, () -> page("/insights")));
        times.put("anomaly list page (episodes)", time(rounds, () -> page("/insights/anomalies")));
        times.put("anomaly episodes API", time(rounds, () -> api("/api/v1/insights/anomalies/episodes")));
        // what the hourly schedule and each import run: 7 days of every scope, read with 98 days of history
        times.put("anomaly scan API, 7 days (signed in, no bcrypt)", time(rounds, () -> check(post("/api/v1/insights/anomalies/scan")
                .param("from", "2026-11-18").param("to", "2026-11-24").with(user(users.loadUserByUsername("analyst"))).with(csrf()))));
        times.put("former drill-down SQL (count + sort every ticket of 28 days)", time(rounds, this::formerDrillDown));
        return times;
    }

    /** What the drill-down ran before: count the range's tickets, then sort them all for the first page. */
    private Object formerDrillDown() {
        LocalDate to = LocalDate.of(2026, 11, 24);
        LocalDate from = to.minusDays(27);
        long total = jdbc.sql("select count(*) from ticket where created_day between :from and :to").param("from", from).param("to", to)
                .query(Long.class).single();
        return total + jdbc.sql("select ticket_id from ticket where created_day between :from and :to order by created_at desc, ticket_id"
                + " limit 50 offset 0").param("from", from).param("to", to).query(String.class).list().size();
    }

    private Object api(String path) throws Exception {
        return check(get(path).with(httpBasic("analyst", "demo")));
    }

    private Object page(String path) throws Exception {
        return check(get(path).with(user(users.loadUserByUsername("analyst"))));
    }

    private Object check(RequestBuilder request) throws Exception {
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        if (status != 200) {
            throw new IllegalStateException("status " + status);
        }
        return status;
    }

    private static double[] time(int rounds, Callable<Object> view) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            view.call();
        }
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            view.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double p(double[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String load() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
