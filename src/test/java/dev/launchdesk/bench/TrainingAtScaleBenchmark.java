package dev.launchdesk.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.launchdesk.reference.AgentDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.Role;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.PublishedSections;
import dev.launchdesk.sop.PublishedSections.PublishedSop;
import dev.launchdesk.sop.authoring.DraftForm;
import dev.launchdesk.sop.authoring.NewSopForm;
import dev.launchdesk.sop.authoring.SopAuthoring;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.library.SopVersion;
import dev.launchdesk.training.catalog.ModuleCatalog;
import dev.launchdesk.training.catalog.ModuleForm;
import dev.launchdesk.training.catalog.TrainingModule;
import dev.launchdesk.training.CertifiedAgents;
import dev.launchdesk.training.certification.TrainingRecords;
import dev.launchdesk.training.certification.TrainingStatus;
import dev.launchdesk.training.readiness.Readiness;
import dev.launchdesk.training.readiness.ReadinessAgents;
import dev.launchdesk.training.readiness.ReadinessTrend;
import dev.launchdesk.training.readiness.ReadinessView;
import dev.launchdesk.training.standing.TrainingStandings;

/**
 * Benchmark, not a test (Surefire does not pick up *Benchmark): training at the scale of a large market, on H2 or on
 * PostgreSQL. Fills Vietnam (no demo training) with one vendor's 20,000 active agents and 40 modules, each assigned to
 * every agent and mostly certified (1.6 million history rows: assignments and certifications, some expiring, expired,
 * open or started), then times the readiness of the market (what the API and the page compute), of one vendor, its
 * trend over 12 weeks and one drill-down list. Then certifies 5,000 of the agents on another SOP's module and times
 * the delta retraining of a new version changing one section: from the publication to the 5,000 delta assignments
 * written by the reaction to {@code SopVersionPublished}. The history is loaded in bulk past the writers, so its standing
 * rows ({@code TrainingStandings.refreshModule}) are worked out after each load, as after any bulk load. Also times the trend, the drill-down, the {@code CertifiedAgents}
 * query and, for comparison, the former computation (every training record loaded, statuses worked out in Java).
 * Prints p50 / p95 / max and the load average; asserts nothing.
 *
 * <pre>
 * ./mvnw -o test -Dtest=TrainingAtScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DskipPostgresTests
 * LAUNCHDESK_TEST_POSTGRES_SCHEMA=ld_training_bench ./mvnw -o test -Dtest=TrainingAtScaleBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -DskipPostgresTests -Dspring.profiles.active=postgres
 * </pre>
 * Options: {@code -Dbench.agents=20000 -Dbench.modules=40 -Dbench.deltaAgents=5000 -Dbench.rounds=15 -Dbench.skipTrend=true}.
 */
@SpringBootTest(properties = "logging.level.dev.launchdesk=WARN")
class TrainingAtScaleBenchmark {

    static final String MARKET = "VN";
    static final int WARM_UP = 3;

    record BenchActor(UUID userId, String username, String displayName, Role role) implements Actor {
        @Override
        public Optional<UUID> vendorId() {
            return Optional.empty();
        }
    }

    static final Actor EDITOR = new BenchActor(UUID.randomUUID(), "editor", "Editor", Role.SOP_EDITOR);
    static final Actor REVIEWER = new BenchActor(UUID.randomUUID(), "reviewer", "Reviewer", Role.ADMIN);
    static final Actor TRAINER = new BenchActor(UUID.randomUUID(), "trainer", "Trainer", Role.TRAINER);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Autowired
    SopAuthoring authoring;

    @Autowired
    SopLibrary library;

    @Autowired
    PublishedSections sops;

    @Autowired
    ModuleCatalog catalog;

    @Autowired
    Readiness readiness;

    @Autowired
    ReadinessTrend trend;

    @Autowired
    ReadinessAgents drillDown;

    @Autowired
    CertifiedAgents certifiedAgents;

    @Autowired
    TrainingRecords records;

    @Autowired
    AgentDirectory agentDirectory;

    @Autowired
    TrainingStandings standings;

    @Autowired
    Clock clock;

    @Test
    void readinessAndDeltaRetrainingAtScale() throws Exception {
        int agents = Integer.getInteger("bench.agents", 20_000);
        int moduleCount = Integer.getInteger("bench.modules", 40);
        int deltaAgents = Integer.getInteger("bench.deltaAgents", 5_000);
        int rounds = Integer.getInteger("bench.rounds", 15);
        StringBuilder out = new StringBuilder("\nTraining at scale (" + database() + "), load average before: " + load() + "\n");

        SopDocument refunds = master("BENCH-RFD-001", "demo/sops/SPS-RFD-001.md");
        SopDocument parcels = master("BENCH-LOG-001", "demo/sops/SPS-LOG-001.md");
        PublishedSop refundsV1 = sops.inForce("BENCH-RFD-001", MARKET, null).orElseThrow();
        PublishedSop parcelsV1 = sops.inForce("BENCH-LOG-001", MARKET, null).orElseThrow();
        UUID vendor = UUID.randomUUID();
        List<UUID> roster = roster(vendor, agents);
        List<TrainingModule> modules = new ArrayList<>();
        for (int m = 0; m < moduleCount; m++) {
            modules.add(catalog.create(new ModuleForm("BENCH-RFD-001", MARKET, "Bench module " + (m + 1), "", List.of("steps", "decision-rules"),
                    12, 1, 80, 3, 20, false), TRAINER));
        }
        long filling = System.nanoTime();
        fill(roster, modules, refundsV1);
        out.append(String.format("  filled %,d agents x %d modules (%,d assignments + certifications) in %.1f s%n", agents, moduleCount,
                2L * agents * moduleCount, (System.nanoTime() - filling) / 1e9));
        analyze();

        ReadinessView view = readiness.of(MARKET, null, null, VendorScope.all());
        out.append(String.format("  readiness: %,d required, %,d certified, %,d expired, index %s%n", view.requiredAgents(),
                view.certifiedAgents(), view.expiredAgents(), view.readinessIndex()));
        out.append(String.format("%-62s %8s %8s %8s%n", "(" + rounds + " runs after " + WARM_UP + " warm-up, ms)", "p50", "p95", "max"));
        line(out, "the roster: active agents serving the market", time(rounds, () -> agentDirectory.activeAgentsIn(MARKET)));
        line(out, "CertifiedAgents query (roster + database standings)", time(rounds, () -> certifiedAgents.certified(
                new CertifiedAgents.Criteria(MARKET, null, null, null, null, null, LocalDate.now(clock)))));
        line(out, "readiness of the market (" + agents + " agents x " + moduleCount + " modules)",
                time(rounds, () -> readiness.of(MARKET, null, null, VendorScope.all())));
        line(out, "readiness of the market, one vendor's scope", time(rounds, () -> readiness.of(MARKET, null, null, VendorScope.of(vendor))));
        line(out, "readiness of one module's SOP (sopKey)", time(rounds, () -> readiness.of(MARKET, "BENCH-RFD-001", null, VendorScope.all())));
        if (!Boolean.getBoolean("bench.skipTrend")) {
            line(out, "trend: 13 weekly points (12 weeks back)", time(Math.max(2, rounds / 3), () -> trend.of(MARKET, null, null, 12,
                    VendorScope.all())));
        }
        line(out, "drill-down: the agents of one module with a quiz in progress", time(rounds, () -> drillDown.of(MARKET, null, null, "module",
                modules.get(0).id().toString(), "in-progress", VendorScope.all())));
        line(out, "drill-down: every required agent (first 500 listed)", time(rounds, () -> drillDown.of(MARKET, null, null, null, null, null,
                VendorScope.all())));
        line(out, "CertifiedAgents query (launch/capacity), today", time(rounds, () -> certifiedAgents.certified(
                new CertifiedAgents.Criteria(MARKET, null, null, null, null, null, LocalDate.now(clock)))));
        // the former computation: every assignment and certification of the modules loaded, statuses worked out in Java
        line(out, "former: load every training record, status in Java", time(3, () -> records.of(modules).values().stream()
                .map(r -> r.status(LocalDate.now(clock))).filter(st -> st == TrainingStatus.CERTIFIED).count()));

        TrainingModule module = catalog.create(new ModuleForm("BENCH-LOG-001", MARKET, "Bench parcels", "", List.of("steps", "decision-rules"),
                12, 1, 80, 3, 20, false), TRAINER);
        fill(roster.subList(0, deltaAgents), List.of(module), parcelsV1);
        analyze();
        int concerned = jdbc.sql("select count(*) from training_certification where module_id = :m and valid_until > :today")
                .param("m", module.id()).param("today", Date.valueOf(LocalDate.now(clock))).query(Integer.class).single();
        double[] delta = new double[3];
        for (int round = 0; round < delta.length; round++) {
            delta[round] = publishAndWaitForDeltas(parcels, module, concerned, round);
        }
        Arrays.sort(delta);
        out.append(String.format("  delta retraining of %,d agents (%,d certified in force; publication to the last delta assignment written), "
                + "%d rounds: median %.0f ms, max %.0f ms%n", deltaAgents, concerned, delta.length, delta[delta.length / 2], delta[delta.length - 1]));
        out.append("load average after: ").append(load()).append('\n');
        System.out.println(out);
    }

    private double publishAndWaitForDeltas(SopDocument parcels, TrainingModule module, int expected, int round) throws InterruptedException {
        int before = catalog.deltasOf(module.id()).size();
        SopVersion revision = authoring.startRevision(parcels.id(), EDITOR);
        String body = revision.body().replace("## Decision rules", "## Decision rules\n\nRevision " + round + ": check the carrier's portal first.\n");
        authoring.editDraft(revision.id(), new DraftForm(revision.title(), body, null, revision.lockVersion()), EDITOR);
        authoring.submit(revision.id(), EDITOR);
        authoring.approve(revision.id(), null, REVIEWER);
        long start = System.nanoTime();
        authoring.publish(revision.id(), null, REVIEWER);
        while (true) {
            List<TrainingModule> deltas = catalog.deltasOf(module.id());
            if (deltas.size() > before) {
                UUID newest = deltas.stream().filter(d -> d.pinnedVersionNumber() == deltas.stream()
                        .mapToInt(TrainingModule::pinnedVersionNumber).max().orElseThrow()).findFirst().orElseThrow().id();
                long assigned = jdbc.sql("select count(*) from training_assignment where module_id = :m").param("m", newest).query(Long.class).single();
                if (assigned >= expected) {
                    return (System.nanoTime() - start) / 1e6;
                }
            }
            if ((System.nanoTime() - start) > 60_000_000_000L) {
                throw new IllegalStateException("no delta retraining of " + expected + " agents within 60 s: " + catalog.deltasOf(module.id()).size()
                        + " delta module(s); unfinished module reactions: " + jdbc.sql("select listener_id from event_publication where completion_date is null")
                        .query(String.class).list());
            }
            Thread.sleep(5);
        }
    }

    private SopDocument master(String key, String demoFile) throws Exception {
        String content = new ClassPathResource(demoFile).getContentAsString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        String body = content.substring(content.indexOf("\n---\n", 4) + 5);
        SopDocument master = authoring.createMaster(new NewSopForm(key, "Bench " + key, "Bench", body, null), EDITOR);
        UUID first = library.versionsOf(master, REVIEWER).get(0).id();
        authoring.submit(first, EDITOR);
        authoring.approve(first, null, REVIEWER);
        authoring.publish(first, null, REVIEWER);
        return master;
    }

    private List<UUID> roster(UUID vendor, int count) {
        Timestamp now = Timestamp.from(clock.instant());
        UUID site = UUID.randomUUID();
        jdbc.sql("insert into vendor (id, code, name, active, created_at, updated_at) values (:id, 'BENCHV', 'Bench Vendor', true, :at, :at)")
                .param("id", vendor).param("at", now).update();
        jdbc.sql("""
                insert into site (id, vendor_id, code, name, market_code, city, languages, created_at, updated_at)
                values (:id, :vendor, 'HAN-1', 'Bench Hanoi', :market, 'Hanoi', 'vi', :at, :at)
                """).param("id", site).param("vendor", vendor).param("market", MARKET).param("at", now).update();
        List<UUID> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            rows.add(new Object[] {id, "BENCH-" + i, vendor, site, "Bench Agent " + i, i % 5 == 0 ? "vi, en" : "vi", "refunds", "ACTIVE", now, now});
        }
        batch("insert into agent (id, external_id, vendor_id, site_id, full_name, languages, skills, status, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return ids;
    }

    /**
     * Every agent assigned each module and, mostly, certified on the SOP's version: certified over the last 11 months
     * (some expiring), 3 % expired, 4 % open (1 % of them with a quiz started).
     */
    private void fill(List<UUID> roster, List<TrainingModule> modules, PublishedSop version) {
        LocalDate today = LocalDate.now(clock);
        List<Object[]> assignments = new ArrayList<>();
        List<Object[]> certifications = new ArrayList<>();
        List<Object[]> attempts = new ArrayList<>();
        java.util.Random random = new java.util.Random(20_000_40);
        for (TrainingModule module : modules) {
            for (UUID agent : roster) {
                UUID assignment = UUID.randomUUID();
                int dice = random.nextInt(100);
                LocalDate certifiedOn = dice < 3 ? today.minusMonths(13).plusDays(random.nextInt(20)) : today.minusDays(1 + random.nextInt(330));
                LocalDate assignedOn = certifiedOn.minusDays(10);
                boolean open = dice >= 96;
                assignments.add(new Object[] {assignment, module.id(), agent, 1, Date.valueOf(assignedOn.plusDays(24)), "bench",
                        Timestamp.from(instant(assignedOn)), open ? null : Timestamp.from(instant(certifiedOn))});
                if (open) {
                    if (dice == 99) {
                        attempts.add(new Object[] {UUID.randomUUID(), assignment, module.id(), agent, version.documentId(),
                                version.versionId().value(), version.number(), Timestamp.from(clock.instant()),
                                Timestamp.from(clock.instant().plusSeconds(1200))});
                    }
                    continue;
                }
                certifications.add(new Object[] {UUID.randomUUID(), agent, module.id(), module.id(), version.documentId(),
                        version.versionId().value(), version.number(), Date.valueOf(certifiedOn), Date.valueOf(certifiedOn.plusMonths(12)),
                        Timestamp.from(instant(certifiedOn))});
            }
        }
        batch("insert into training_assignment (id, module_id, agent_id, cycle, due_on, assigned_by, assigned_at, completed_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", assignments);
        batch("insert into training_certification (id, agent_id, module_id, through_module_id, sop_document_id, sop_version_id, "
                + "sop_version_number, certified_on, valid_until, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", certifications);
        batch("insert into training_attempt (id, assignment_id, module_id, agent_id, sop_document_id, sop_version_id, sop_version_number, "
                + "started_at, deadline) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", attempts);
        // history loaded in bulk, past the writers: its standing rows worked out as a bulk load must
        long standing = System.nanoTime();
        modules.forEach(m -> standings.refreshModule(m.id()));
        System.out.printf("  standing rows of %,d agents x %d module(s) worked out in %.1f s%n", roster.size(), modules.size(),
                (System.nanoTime() - standing) / 1e9);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 5_000) {
            template.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 5_000)));
        }
    }

    private static Instant instant(LocalDate day) {
        return day.atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
    }

    private void analyze() {
        if (database().contains("PostgreSQL")) {
            jdbc.sql("analyze").update();
        }
    }

    private String database() {
        return template.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName() + " "
                + c.getMetaData().getDatabaseProductVersion());
    }

    private static double[] time(int rounds, Callable<?> call) throws Exception {
        for (int i = 0; i < Math.min(WARM_UP, rounds); i++) {
            call.call();
        }
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            call.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void line(StringBuilder out, String name, double[] millis) {
        out.append(String.format("%-62s %8.1f %8.1f %8.1f%n", name, p(millis, 50), p(millis, 95), millis[millis.length - 1]));
    }

    private static double p(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static String load() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
