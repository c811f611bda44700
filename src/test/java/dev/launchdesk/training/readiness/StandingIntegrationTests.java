package dev.launchdesk.training.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.Role;
import dev.launchdesk.sop.PublishedSections;
import dev.launchdesk.sop.PublishedSections.PublishedSop;
import dev.launchdesk.training.assignment.Assignment;
import dev.launchdesk.training.assignment.AssignmentDesk;
import dev.launchdesk.training.assignment.Assignments;
import dev.launchdesk.training.catalog.MarketDays;
import dev.launchdesk.training.catalog.ModuleCatalog;
import dev.launchdesk.training.catalog.ModuleForm;
import dev.launchdesk.training.catalog.TrainingModule;
import dev.launchdesk.training.certification.PastCertifications;
import dev.launchdesk.training.certification.TrainingRecords;
import dev.launchdesk.training.certification.TrainingStatus;

/**
 * The standing rows ({@code training_standing}) that every writer of the training history keeps must give each agent the
 * status the history gives as of today ({@link Standings#on}) and the status the certification rules give
 * ({@code TrainingRecord.status}): on the demo's Malaysian and Indonesian training (agents at every stage, a quiz in
 * progress, delta retraining outstanding), and on generated histories — assignments, re-enrolments, certifications
 * (past, some expired or expiring), delta retraining and its passes, completions — written through the services, in a
 * market without demo training (Vietnam), one fresh module per history.
 */
@SpringBootTest
class StandingIntegrationTests {

    static final String MARKET = "VN";

    record TestActor(UUID userId, String username, String displayName, Role role, Optional<UUID> vendorId) implements Actor {
    }

    static final Actor TRAINER = new TestActor(UUID.randomUUID(), "standing-trainer", "Trainer", Role.TRAINER, Optional.empty());

    @Autowired Standings standings;
    @Autowired TrainingRecords records;
    @Autowired ModuleCatalog catalog;
    @Autowired MarketDays days;
    @Autowired PublishedSections sops;
    @Autowired AssignmentDesk assignmentDesk;
    @Autowired Assignments assignments;
    @Autowired PastCertifications pastCertifications;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    List<UUID> agents;

    @BeforeEach
    void roster() {
        Timestamp now = Timestamp.from(clock.instant());
        UUID vendor = UUID.randomUUID();
        UUID site = UUID.randomUUID();
        String code = "ST" + vendor.toString().substring(0, 6).toUpperCase();
        jdbc.sql("insert into vendor (id, code, name, active, created_at, updated_at) values (:id, :code, :name, true, :at, :at)")
                .param("id", vendor).param("code", code).param("name", "Standing Vendor " + code).param("at", now).update();
        jdbc.sql("""
                insert into site (id, vendor_id, code, name, market_code, city, languages, created_at, updated_at)
                values (:id, :vendor, :code, 'Standing Saigon', :market, 'Ho Chi Minh City', 'vi', :at, :at)
                """).param("id", site).param("vendor", vendor).param("code", code).param("market", MARKET).param("at", now).update();
        agents = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    insert into agent (id, external_id, vendor_id, site_id, full_name, languages, skills, status, created_at, updated_at)
                    values (:id, :ext, :vendor, :site, :name, 'vi', 'refunds', 'ACTIVE', :at, :at)
                    """).param("id", id).param("ext", code + "-" + i).param("vendor", vendor).param("site", site)
                    .param("name", "Standing Agent " + i).param("at", now).update();
            agents.add(id);
        }
    }

    @Test
    void theStandingRowsGiveTheDemoAgentsTheStatusTheHistoryGives() {
        for (String market : List.of("MY", "ID")) {
            List<TrainingModule> modules = catalog.modules(market, null);
            assertThat(modules).as(market).isNotEmpty();
            Map<UUID, TrainingStatus[]> fromStanding = agree(market, modules);
            assertThat(fromStanding.values().stream().flatMap(java.util.Arrays::stream).distinct().toList()).as(market + ": statuses seen")
                    .contains(TrainingStatus.CERTIFIED, TrainingStatus.ASSIGNED);
        }
    }

    /** One step of a generated history: what happens, to which agent, how many days ago. */
    record Step(int what, int agent, int daysAgo) {
    }

    @Test
    void theStandingRowsFollowEveryWriteOfGeneratedHistories() {
        PublishedSop sop = sops.inForce("SPS-RFD-001", MARKET, null).orElseThrow();
        Gen<Step> steps = integers().between(0, 5).zip(integers().between(0, 3), integers().between(0, 420), Step::new);
        qt().withExamples(25).withShrinkCycles(0).forAll(lists().of(steps).ofSizeBetween(1, 30)).checkAssert(history -> {
            TrainingModule module = catalog.create(new ModuleForm("SPS-RFD-001", MARKET, "Standing " + UUID.randomUUID(), "",
                    List.of("steps", "decision-rules"), 12, 1, 80, 3, 20, false), TRAINER);
            TrainingModule delta = catalog.deltaOf(module, sop, sop, List.of("steps"));
            LocalDate today = days.today(MARKET);
            for (Step step : history) {
                apply(step, module, delta, sop, today);
            }
            agree(MARKET, List.of(module));
        });
    }

    private void apply(Step step, TrainingModule module, TrainingModule delta, PublishedSop sop, LocalDate today) {
        UUID agent = agents.get(step.agent());
        LocalDate day = today.minusDays(step.daysAgo());
        switch (step.what()) {
            case 0 -> assignmentDesk.reenrol(module.id(), agent, today.plusDays(14), "standing");
            case 1 -> certify(agent, module, sop, day);
            case 2 -> assignmentDesk.assignDelta(delta, List.of(agent), today.plusDays(14));
            case 3 -> certify(agent, delta, sop, day);
            case 4 -> assignments.of(module.id(), agent).stream().filter(Assignment::isOpen)
                    .forEach(a -> assignments.complete(a.id(), clock.instant()));
            default -> assignments.dateOpenAssignments(delta.id(), day.atStartOfDay(days.zone(MARKET)).toInstant(), today.plusDays(7));
        }
    }

    /** A pass recorded as of the day; a delta without a certification in force then is refused and writes nothing. */
    private void certify(UUID agent, TrainingModule passed, PublishedSop sop, LocalDate day) {
        try {
            pastCertifications.record(agent, passed, sop, day, "standing test");
        } catch (ConflictException refused) {
            assertThat(passed.isDelta()).isTrue();
        }
    }

    /** Per agent, the status {@code TrainingRecord}'s rules give in each module on the day (null: not assigned). */
    static Map<UUID, TrainingStatus[]> fromRules(TrainingRecords records, List<TrainingModule> modules, LocalDate day) {
        Map<UUID, TrainingStatus[]> fromRules = new HashMap<>();
        records.of(modules).values().forEach(r -> {
            TrainingStatus status = r.status(day);
            if (status != TrainingStatus.NOT_ASSIGNED) {
                fromRules.computeIfAbsent(r.agentId(), k -> new TrainingStatus[modules.size()])[modules.indexOf(r.module())] = status;
            }
        });
        return fromRules;
    }

    /** Asserts that standing rows, history and rules agree on every agent of the modules today; the standings. */
    private Map<UUID, TrainingStatus[]> agree(String market, List<TrainingModule> modules) {
        LocalDate today = days.today(market);
        ZoneId zone = days.zone(market);
        List<UUID> ids = modules.stream().map(TrainingModule::id).toList();
        Map<UUID, TrainingStatus[]> fromStanding = standings.today(ids, today);
        Map<UUID, TrainingStatus[]> fromHistory = standings.on(ids, today, today.plusDays(1).atStartOfDay(zone).toInstant());
        Map<UUID, TrainingStatus[]> fromRules = fromRules(records, modules, today);
        assertThat(fromStanding.keySet()).as(market).containsExactlyInAnyOrderElementsOf(fromHistory.keySet());
        assertThat(fromStanding.keySet()).as(market).containsExactlyInAnyOrderElementsOf(fromRules.keySet());
        fromHistory.forEach((agent, statuses) -> assertThat(fromStanding.get(agent)).as(market + " " + agent + " (history)").containsExactly(statuses));
        fromRules.forEach((agent, statuses) -> assertThat(fromStanding.get(agent)).as(market + " " + agent + " (rules)").containsExactly(statuses));
        return fromStanding;
    }
}
