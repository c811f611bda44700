package dev.launchdesk.training.delta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import dev.launchdesk.sop.SopSteps;
import dev.launchdesk.reference.AgentDirectory;
import dev.launchdesk.reference.AgentDirectory.AgentRef;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.Role;
import dev.launchdesk.sop.SopVersionId;
import dev.launchdesk.sop.SopVersionPublished;
import dev.launchdesk.sop.authoring.DraftForm;
import dev.launchdesk.sop.authoring.NewSopForm;
import dev.launchdesk.sop.authoring.SopAuthoring;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.library.SopVersion;
import dev.launchdesk.sop.variant.RegionalVariants;
import dev.launchdesk.training.DeltaRetrainingAssigned;
import dev.launchdesk.training.assignment.AssignmentDesk;
import dev.launchdesk.training.assignment.AssignmentForm;
import dev.launchdesk.training.bank.QuestionBank;
import dev.launchdesk.training.bank.QuestionForm;
import dev.launchdesk.training.bank.QuestionKind;
import dev.launchdesk.training.catalog.ModuleCatalog;
import dev.launchdesk.training.catalog.ModuleForm;
import dev.launchdesk.training.catalog.TrainingModule;
import dev.launchdesk.training.certification.TrainingRecords;
import dev.launchdesk.training.certification.TrainingStatus;
import dev.launchdesk.training.quiz.QuizDesk;
import dev.launchdesk.training.quiz.QuizViews;

/**
 * Delta retraining after an SOP publication, in a context of the training module and what it depends on: a change of
 * Malaysia's variant gives exactly the Malaysian agents certified on it a delta module of only the changed section
 * (old → new); agents certified on Lumen's own Malaysian variant, on the British variant, or not certified get nothing;
 * a replayed publication assigns nothing twice; the questions of the changed section are flagged for review; passing
 * the delta certifies on the new version.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"demo", "insight"})
class DeltaRetrainingModuleIntegrationTests {

    /** Collects the delta retraining events, which the listener publishes on its own thread. */
    @org.springframework.boot.test.context.TestConfiguration
    static class Published {
        final List<DeltaRetrainingAssigned> deltas = new java.util.concurrent.CopyOnWriteArrayList<>();

        @org.springframework.context.event.EventListener
        void on(DeltaRetrainingAssigned assigned) {
            deltas.add(assigned);
        }
    }

    record TestActor(UUID userId, String username, String displayName, Role role, Optional<UUID> vendorId, Optional<UUID> agentId)
            implements Actor {
    }

    static final Actor PUTRI = new TestActor(UUID.randomUUID(), "putri", "Putri", Role.SOP_EDITOR, Optional.empty(), Optional.empty());
    static final Actor AISHA = new TestActor(UUID.randomUUID(), "aisha", "Aisha", Role.ADMIN, Optional.empty(), Optional.empty());
    static final Actor MARCO = new TestActor(UUID.randomUUID(), "marco", "Marco", Role.TRAINER, Optional.empty(), Optional.empty());

    /**
     * The demo data's hundreds of SOP publications and roster changes reach their listeners after the context starts, so
     * the first publication of a test may wait behind them on a busy machine.
     */
    static final java.time.Duration BACKLOG = java.time.Duration.ofMinutes(3);

    static final String BODY = """
            # Refund disputes

            ## Wrong or missing item
            Ask the buyer for a photo of the item received.

            ## Refund window
            Refund within 15 days of delivery.

            ## Escalation
            Escalate disputes above 500 USD.
            """;

    @Autowired Published published;
    @Autowired SopAuthoring authoring;
    @Autowired RegionalVariants variants;
    @Autowired SopLibrary library;
    @Autowired ModuleCatalog catalog;
    @Autowired QuestionBank bank;
    @Autowired AssignmentDesk assignments;
    @Autowired QuizDesk quiz;
    @Autowired TrainingRecords records;
    @Autowired AgentDirectory agents;
    @Autowired VendorDirectory vendors;
    @Autowired JdbcClient jdbc;

    @Test
    void onlyTheAgentsCertifiedOnTheChangedVariantRetrainOnOnlyTheChangedSection(Scenario scenario) {
        SopDocument master = authoring.createMaster(new NewSopForm(key(), "Refund disputes", "Refunds", BODY, null), PUTRI);
        steps().publish(steps().latest(master).id());
        SopDocument my = variants.derive(master.id(), "MY", null, PUTRI);
        steps().publish(steps().latest(my).id());
        UUID lumen = vendorId("LUMEN");
        SopDocument myLumen = variants.derive(master.id(), "MY", lumen, PUTRI);
        steps().publish(steps().latest(myLumen).id());
        SopDocument gb = variants.derive(master.id(), "GB", null, PUTRI);
        steps().publish(steps().latest(gb).id());

        TrainingModule myModule = module(master.key(), "MY");
        TrainingModule gbModule = module(master.key(), "GB");
        List<AgentRef> kualaLumpur = agentsOf("MY", "NCS");
        AgentRef certifiedInMy = kualaLumpur.get(0);
        AgentRef onlyAssignedInMy = kualaLumpur.get(1);
        AgentRef manila = agentsOf("MY", "LUMEN").get(0);
        AgentRef belfast = agentsOf("GB", "ATLAS").get(0);
        certify(myModule, certifiedInMy);
        certify(myModule, manila);
        certify(gbModule, belfast);
        assignments.assign(myModule.id(), new AssignmentForm(List.of(onlyAssignedInMy.externalId()), LocalDate.now().plusDays(9)), MARCO);

        SopVersion v2 = steps().revise(my, BODY.replace("a photo of the item received", "an unboxing video of the item received"));
        // the delta is made by a listener on another thread after the commit: wait for its result (Scenario only sees events of this thread)
        scenario.stimulate(() -> steps().publish(v2.id())).andWaitAtMost(BACKLOG)
                .andWaitForStateChange(() -> catalog.deltasOf(myModule.id()), deltas -> !deltas.isEmpty())
                .andVerify(deltas -> {
                    TrainingModule delta = deltas.get(0);
                    assertThat(delta.pinnedVersionId()).isEqualTo(new SopVersionId(v2.id()));
                    assertThat(delta.anchors()).containsExactly("wrong-or-missing-item");
                    assertThat(delta.sections().get(0).oldText()).contains("a photo of the item received");
                    assertThat(jdbc.sql("select agent_id from training_assignment where module_id = :m").param("m", delta.id())
                            .query(UUID.class).list()).containsExactly(certifiedInMy.id());
                    assertThat(status(certifiedInMy, myModule)).isEqualTo(TrainingStatus.UPDATE_DUE);
                    assertThat(status(manila, myModule)).as("certified on Lumen's own variant").isEqualTo(TrainingStatus.CERTIFIED);
                    assertThat(status(onlyAssignedInMy, myModule)).isEqualTo(TrainingStatus.ASSIGNED);
                    assertThat(status(belfast, gbModule)).isEqualTo(TrainingStatus.CERTIFIED);
                    assertThat(catalog.deltasOf(gbModule.id())).isEmpty();
                    assertThat(bank.list(master.key(), true)).extracting(q -> q.question().sectionAnchor())
                            .containsExactly("wrong-or-missing-item");
                    assertThat(published.deltas).filteredOn(e -> e.moduleId().equals(myModule.id())).singleElement().satisfies(e -> {
                        assertThat(e.agents()).isEqualTo(1);
                        assertThat(e.changedSections()).containsExactly("wrong-or-missing-item");
                        assertThat(e.toVersionId()).isEqualTo(new SopVersionId(v2.id()));
                        assertThat(e.vendorId()).isNull();
                    });
                });

        TrainingModule delta = catalog.deltasOf(myModule.id()).get(0);
        var study = quiz.study(agentActor(certifiedInMy), deltaAssignment(delta, certifiedInMy));
        assertThat(study.sections()).singleElement().satisfies(s -> {
            assertThat(s.oldText()).contains("a photo of the item received");
            assertThat(s.text()).contains("an unboxing video");
        });

        // the same publication again (a replay from the registry): nothing assigned twice
        SopVersionPublished replay = new SopVersionPublished(my.id(), new SopVersionId(v2.id()), master.key(), master.id(),
                dev.launchdesk.reference.MarketCode.of("MY"), v2.number(), v2.effectiveDate(), List.of("Wrong or missing item"));
        scenario.publish(replay).andWaitAtMost(BACKLOG)
                .andWaitForStateChange(this::unfinishedPublications, unfinished -> unfinished == 0)
                .andVerify(unfinished -> {
                    assertThat(catalog.deltasOf(myModule.id())).hasSize(1);
                    assertThat(jdbc.sql("select count(*) from training_assignment where module_id = :m").param("m", delta.id())
                            .query(Long.class).single()).isEqualTo(1);
                    assertThat(published.deltas).filteredOn(e -> e.moduleId().equals(myModule.id())).hasSize(1);
                });

        pass(deltaAssignment(delta, certifiedInMy), certifiedInMy);
        assertThat(status(certifiedInMy, myModule)).isEqualTo(TrainingStatus.CERTIFIED);
        assertThat(records.of(certifiedInMy.id(), myModule).current().orElseThrow().sopVersionId()).isEqualTo(new SopVersionId(v2.id()));
        assertThat(records.of(certifiedInMy.id(), myModule).certifications()).as("history kept").hasSize(2);
    }

    @Test
    void aVendorsOwnVariantRetrainsOnlyThatVendorsAgents(Scenario scenario) {
        SopDocument master = authoring.createMaster(new NewSopForm(key(), "Refund disputes", "Refunds", BODY, null), PUTRI);
        steps().publish(steps().latest(master).id());
        SopDocument my = variants.derive(master.id(), "MY", null, PUTRI);
        steps().publish(steps().latest(my).id());
        SopDocument myLumen = variants.derive(master.id(), "MY", vendorId("LUMEN"), PUTRI);
        steps().publish(steps().latest(myLumen).id());
        TrainingModule myModule = module(master.key(), "MY");
        AgentRef kualaLumpur = agentsOf("MY", "NCS").get(2);
        AgentRef manila = agentsOf("MY", "LUMEN").get(1);
        certify(myModule, kualaLumpur);
        certify(myModule, manila);

        SopVersion v2 = steps().revise(myLumen, BODY.replace("15 days", "30 days"));
        scenario.stimulate(() -> steps().publish(v2.id())).andWaitAtMost(BACKLOG)
                .andWaitForStateChange(() -> catalog.deltasOf(myModule.id()), deltas -> !deltas.isEmpty())
                .andVerify(deltas -> {
                    assertThat(deltas).singleElement().satisfies(d -> {
                        assertThat(d.sopDocumentId()).isEqualTo(myLumen.id());
                        assertThat(d.anchors()).containsExactly("refund-window");
                    });
                    assertThat(status(manila, myModule)).isEqualTo(TrainingStatus.UPDATE_DUE);
                    assertThat(status(kualaLumpur, myModule)).isEqualTo(TrainingStatus.CERTIFIED);
                });
    }

    private TrainingStatus status(AgentRef agent, TrainingModule module) {
        return records.of(agent.id(), module).status(LocalDate.now());
    }

    private UUID deltaAssignment(TrainingModule delta, AgentRef agent) {
        return jdbc.sql("select id from training_assignment where module_id = :m and agent_id = :a").param("m", delta.id())
                .param("a", agent.id()).query(UUID.class).single();
    }

    private TrainingModule module(String key, String market) {
        TrainingModule module = catalog.create(new ModuleForm(key, market, "Refund disputes " + market, "", List.of("wrong-or-missing-item",
                "refund-window"), null, 1, 100, 3, 20, true), MARCO);
        for (String section : module.anchors()) {
            if (bank.list(key, null).stream().noneMatch(q -> q.question().sectionAnchor().equals(section))) {
                bank.add(new QuestionForm(key, market, section, QuestionKind.SINGLE_CHOICE, "What does " + section + " say?",
                        List.of("right", "wrong"), List.of(0), "See " + section), MARCO);
            }
        }
        return module;
    }

    private void certify(TrainingModule module, AgentRef agent) {
        assignments.assign(module.id(), new AssignmentForm(List.of(agent.externalId()), LocalDate.now().plusDays(9)), MARCO);
        UUID assignment = jdbc.sql("select id from training_assignment where module_id = :m and agent_id = :a").param("m", module.id())
                .param("a", agent.id()).query(UUID.class).single();
        pass(assignment, agent);
    }

    private void pass(UUID assignment, AgentRef agent) {
        Actor actor = agentActor(agent);
        QuizViews.AttemptView attempt = quiz.start(actor, assignment);
        List<QuizViews.Answer> answers = attempt.questions().stream()
                .map(q -> new QuizViews.Answer(q.position(), List.of(q.options().indexOf("right")))).toList();
        assertThat(quiz.submit(actor, attempt.attemptId(), new QuizViews.AnswersForm(answers)).passed()).isTrue();
    }

    private static Actor agentActor(AgentRef agent) {
        return new TestActor(UUID.randomUUID(), agent.externalId().toLowerCase(), agent.fullName(), Role.AGENT, Optional.of(agent.vendorId()),
                Optional.of(agent.id()));
    }

    private List<AgentRef> agentsOf(String market, String vendor) {
        UUID vendorId = vendorId(vendor);
        return agents.activeAgentsIn(market).stream().filter(a -> a.vendorId().equals(vendorId)).toList();
    }

    private UUID vendorId(String code) {
        return vendors.vendorNames().stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow().id();
    }

    private long unfinishedPublications() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and event_type like '%SopVersionPublished'")
                .query(Long.class).single();
    }

    private static String key() {
        return "DLT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replaceAll("[^A-Z0-9]", "X") + "-001";
    }

    private SopSteps steps() {
        return new SopSteps(authoring, library, PUTRI, AISHA);
    }
}
