package dev.launchdesk.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.launchdesk.reference.AgentDirectory;
import dev.launchdesk.reference.AgentForm;
import dev.launchdesk.reference.AgentRoster;
import dev.launchdesk.reference.AgentStatus;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.Role;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.SopVersionId;
import dev.launchdesk.sop.authoring.NewSopForm;
import dev.launchdesk.sop.authoring.SopAuthoring;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.training.assignment.AssignmentDesk;
import dev.launchdesk.training.assignment.Assignments;
import dev.launchdesk.training.assignment.RuleForm;
import dev.launchdesk.training.catalog.ModuleCatalog;
import dev.launchdesk.training.catalog.ModuleForm;
import dev.launchdesk.training.catalog.TrainingModule;
import dev.launchdesk.training.certification.Certification;
import dev.launchdesk.training.certification.Certifications;
import dev.launchdesk.training.certification.ExpiryReminders;

/**
 * Expiry reminders through the notify module, each sent once (and CertificationExpired once), and live assignment
 * rules: an agent who joins the roster later gets the module, once.
 */
@SpringBootTest
@RecordApplicationEvents
class TrainingIntegrationTests {

    record TestActor(UUID userId, String username, String displayName, Role role) implements Actor {
        @Override
        public Optional<UUID> vendorId() {
            return Optional.empty();
        }
    }

    static final Actor MARCO = new TestActor(UUID.randomUUID(), "trainer", "Marco", Role.TRAINER);
    static final Actor AISHA = new TestActor(UUID.randomUUID(), "admin", "Aisha", Role.ADMIN);

    @Autowired SopAuthoring authoring;
    @Autowired SopLibrary library;
    @Autowired ModuleCatalog catalog;
    @Autowired AssignmentDesk desk;
    @Autowired Assignments assignments;
    @Autowired Certifications certifications;
    @Autowired ExpiryReminders reminders;
    @Autowired AgentDirectory agents;
    @Autowired AgentRoster roster;
    @Autowired VendorDirectory vendors;
    @Autowired JdbcClient jdbc;

    @Test
    void remindersGoOutThirtySevenAndOneDaysBeforeAndOnExpiryEachOnce(ApplicationEvents events) {
        TrainingModule module = module("ID");
        UUID budi = agents.agentByExternalId(vendor("NCS"), "NCS-10001").orElseThrow().id();
        LocalDate certifiedOn = LocalDate.of(2033, 1, 10);
        Certification c = new Certification(UUID.randomUUID(), budi, module.id(), module.id(), UUID.randomUUID(),
                new SopVersionId(UUID.randomUUID()), 1, certifiedOn, certifiedOn.plusMonths(12), null, Instant.now());
        certifications.insert(c);
        LocalDate end = c.validUntil();

        reminders.remind(end.minusDays(31));
        assertThat(sent(budi, module, c)).isEmpty();
        reminders.remind(end.minusDays(30));
        reminders.remind(end.minusDays(29));
        assertThat(sent(budi, module, c)).containsExactly("DAYS_30");
        reminders.remind(end.minusDays(7));
        reminders.remind(end.minusDays(1));
        reminders.remind(end.minusDays(1));
        assertThat(sent(budi, module, c)).containsExactlyInAnyOrder("DAYS_30", "DAYS_7", "DAYS_1");
        assertThat(events.stream(CertificationExpired.class).filter(e -> e.moduleId().equals(module.id()))).isEmpty();
        reminders.remind(end);
        reminders.remind(end.plusDays(1));
        assertThat(sent(budi, module, c)).containsExactlyInAnyOrder("DAYS_30", "DAYS_7", "DAYS_1", "EXPIRED");
        assertThat(events.stream(CertificationExpired.class).filter(e -> e.moduleId().equals(module.id()))).singleElement()
                .satisfies(e -> assertThat(e.validUntil()).isEqualTo(end));
        assertThat(jdbc.sql("""
                select count(*) from notification n join notification_event e on e.id = n.event_id
                 join app_user u on u.id = n.user_id where u.username = 'agent' and e.dedup_key like :key
                """).param("key", "training-expiry:" + budi + ":" + module.id() + ":%").query(Long.class).single())
                .as("Budi's in-app notifications").isEqualTo(4);
    }

    @Test
    void aRuleReachesAgentsWhoJoinTheRosterLaterOnce() {
        TrainingModule module = module("ID");
        String skill = "skill" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(desk.addRule(module.id(), new RuleForm("NCS", "SBY-1", null, skill, 10), MARCO)).as("nobody has the skill yet").isZero();
        UUID surabaya = vendors.sites(VendorScope.all()).stream().filter(s -> s.code().equals("SBY-1")).findFirst().orElseThrow().id();
        var joined = roster.create(new AgentForm("NCS-" + UUID.randomUUID().toString().substring(0, 8), "Sari Dewi", null, surabaya, "id",
                skill, AgentStatus.ACTIVE, LocalDate.of(2031, 5, 2), null), VendorScope.all());
        var elsewhere = roster.create(new AgentForm("NCS-" + UUID.randomUUID().toString().substring(0, 8), "Wayan Putra", null, surabaya, "id",
                "refunds", AgentStatus.ACTIVE, LocalDate.of(2031, 5, 2), null), VendorScope.all());

        Awaitility.await().atMost(Duration.ofMinutes(3)).until(() -> !assignments.of(module.id(), joined.id()).isEmpty());
        assertThat(assignments.of(module.id(), joined.id())).singleElement().satisfies(a -> assertThat(a.ruleId()).isNotNull());
        assertThat(desk.applyRules(List.of(joined.id(), elsewhere.id()))).as("a replayed roster change").isZero();
        assertThat(assignments.of(module.id(), elsewhere.id())).isEmpty();
    }

    private List<String> sent(UUID agent, TrainingModule module, Certification c) {
        return jdbc.sql("select stage from training_expiry_notice where agent_id = :a and module_id = :m and valid_until = :u")
                .param("a", agent).param("m", module.id()).param("u", java.sql.Date.valueOf(c.validUntil())).query(String.class).list();
    }

    private TrainingModule module(String market) {
        String key = "REM-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replaceAll("[^A-Z0-9]", "X") + "-001";
        SopDocument master = authoring.createMaster(new NewSopForm(key, "Payout holds", "Payouts",
                "# Payout holds\n\n## Steps\nCheck the hold reason.\n", null), MARCO);
        UUID version = library.versionsOf(master, AISHA).get(0).id();
        authoring.submit(version, MARCO);
        authoring.approve(version, null, AISHA);
        authoring.publish(version, null, AISHA);
        return catalog.create(new ModuleForm(key, market, "Payout holds", "", List.of("steps"), 12, null, null, null, null, null), MARCO);
    }

    private UUID vendor(String code) {
        return vendors.vendorNames().stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow().id();
    }
}
