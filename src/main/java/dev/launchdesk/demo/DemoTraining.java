package dev.launchdesk.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.launchdesk.identity.UserAdministration;
import dev.launchdesk.identity.UserView;
import dev.launchdesk.reference.AgentDirectory;
import dev.launchdesk.reference.AgentDirectory.AgentRef;
import dev.launchdesk.reference.MarketCode;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.Role;
import dev.launchdesk.sop.PublishedSections;
import dev.launchdesk.sop.PublishedSections.PublishedSop;
import dev.launchdesk.sop.SopVersionPublished;
import dev.launchdesk.training.assignment.Assignment;
import dev.launchdesk.training.assignment.Assignments;
import dev.launchdesk.training.assignment.AssignmentDesk;
import dev.launchdesk.training.assignment.RuleForm;
import dev.launchdesk.training.bank.QuestionBank;
import dev.launchdesk.training.bank.QuestionForm;
import dev.launchdesk.training.bank.QuestionKind;
import dev.launchdesk.training.catalog.ModuleCatalog;
import dev.launchdesk.training.catalog.ModuleForm;
import dev.launchdesk.training.catalog.TrainingModule;
import dev.launchdesk.training.certification.PastCertifications;
import dev.launchdesk.training.delta.DeltaRetraining;
import dev.launchdesk.training.quiz.QuizDesk;

/**
 * The demo's training, the same story the insights demo tells: Malaysia's refund module is assigned to every agent
 * serving Malaysia — Nusantara's Kuala Lumpur team and Lumen's Manila team — most of them certified on version 1 in
 * September and October (as their vendors' learning systems reported). Malaysia's refund SOP v2 (9 Nov, unboxing video
 * before refunding a wrong or missing item) changed the decision rules: the delta retraining it made was done by Kuala
 * Lumpur in mid-November, but not by Lumen's Manila team, who are update due. Some Kuala Lumpur certifications expire
 * this month, a few expired in October, a few agents are new or in the middle of a quiz. In Indonesia the lost-parcel
 * module (read in Indonesian, its quiz questions too) is assigned to the Jakarta team: most are certified, Budi (the agent
 * login) has it to do.
 */
@Component
class DemoTraining {

    static final String REFUNDS = "SPS-RFD-001";
    static final String PARCELS = "SPS-LOG-001";

    private final ModuleCatalog catalog;
    private final QuestionBank bank;
    private final AssignmentDesk desk;
    private final Assignments assignments;
    private final PastCertifications past;
    private final QuizDesk quiz;
    private final DeltaRetraining deltas;
    private final PublishedSections sops;
    private final AgentDirectory agents;
    private final VendorDirectory vendors;
    private final UserAdministration users;
    private final DemoQuestionTranslations questionTranslations;

    DemoTraining(ModuleCatalog catalog, QuestionBank bank, AssignmentDesk desk, Assignments assignments, PastCertifications past,
                 QuizDesk quiz, DeltaRetraining deltas, PublishedSections sops, AgentDirectory agents, VendorDirectory vendors,
                 UserAdministration users, DemoQuestionTranslations questionTranslations) {
        this.questionTranslations = questionTranslations;
        this.catalog = catalog;
        this.bank = bank;
        this.desk = desk;
        this.assignments = assignments;
        this.past = past;
        this.quiz = quiz;
        this.deltas = deltas;
        this.sops = sops;
        this.agents = agents;
        this.vendors = vendors;
        this.users = users;
    }

    void load() {
        DemoActor trainer = actor("trainer");
        Random random = new Random(1111_2026);
        malaysianRefunds(trainer, random);
        indonesianParcels(trainer, random);
        questionTranslations.load(actor("sopeditor"));
    }

    private void malaysianRefunds(DemoActor trainer, Random random) {
        TrainingModule module = catalog.create(new ModuleForm(REFUNDS, "MY", "Refund requests (Malaysia)",
                "Read the decision rules twice: most wrong refunds come from the first row.", List.of("steps", "decision-rules", "escalation"),
                12, 1, 80, 3, 20, true), trainer);
        refundQuestions(trainer);
        desk.addRule(module.id(), new RuleForm(null, null, null, null, 21), trainer);
        PublishedSop v2 = sops.inForce(REFUNDS, "MY", null).orElseThrow();
        PublishedSop v1 = sops.version(v2.documentId(), 1).orElseThrow();
        UUID lumen = vendor("LUMEN");
        List<AgentRef> kualaLumpur = new ArrayList<>();
        int i = 0;
        for (AgentRef agent : agents.activeAgentsIn("MY")) {
            i++;
            if (lumen.equals(agent.vendorId())) {
                if (i % 12 != 0) {
                    past.record(agent.id(), module, v1, LocalDate.of(2026, 9, 1).plusDays(random.nextInt(50)), "Lumen learning system");
                }
                continue;
            }
            kualaLumpur.add(agent);
            switch (kualaLumpur.size() % 9) {
                case 0 -> { } // new: assigned only
                case 1 -> past.record(agent.id(), module, v1, LocalDate.of(2025, 12, 8).plusDays(random.nextInt(20)), "NCS learning system");
                case 2 -> past.record(agent.id(), module, v1, LocalDate.of(2025, 10, 1).plusDays(random.nextInt(20)), "NCS learning system");
                default -> past.record(agent.id(), module, v1, LocalDate.of(2026, 9, 1).plusDays(random.nextInt(50)), "NCS learning system");
            }
        }
        // the v2 publication's delta retraining, made now (its event reaches the listener after this start-up commits: a replay)
        PublishedSop master = sops.inForce(REFUNDS, null, null).orElseThrow();
        List<String> changed = v2.sections().stream()
                .filter(s -> v1.section(s.anchor()).map(old -> !old.text().equals(s.text())).orElse(true))
                .map(PublishedSections.Section::heading).toList();
        deltas.retrain(new SopVersionPublished(v2.documentId(), v2.versionId(), REFUNDS, master.documentId(), MarketCode.of("MY"),
                v2.number(), v2.effectiveDate(), changed));
        TrainingModule delta = catalog.deltasOf(module.id()).get(0);
        // made when v2 took effect in Malaysia, due two weeks later (the demo loads today what happened then): readiness
        // as of earlier days, and its trend, read the retraining from that day on
        assignments.dateOpenAssignments(delta.id(), v2.effectiveDate().atStartOfDay(ZoneId.of("Asia/Kuala_Lumpur")).toInstant(),
                v2.effectiveDate().plusDays(14));
        int inProgress = 0;
        for (AgentRef agent : kualaLumpur) {
            if (!assignments.of(delta.id(), agent.id()).isEmpty()) {
                past.record(agent.id(), delta, v2, LocalDate.of(2026, 11, 12).plusDays(random.nextInt(8)), "NCS learning system");
            } else if (inProgress < 2 && assignments.of(module.id(), agent.id()).stream().anyMatch(Assignment::isOpen)) {
                UUID assignment = assignments.of(module.id(), agent.id()).get(0).id();
                quiz.start(agentActor(agent), assignment);
                inProgress++;
            }
        }
    }

    private void indonesianParcels(DemoActor trainer, Random random) {
        TrainingModule module = catalog.create(new ModuleForm(PARCELS, "ID", "Lost parcel claims (Indonesia)",
                "The 5-day and 10-day stall rules decide most claims.", List.of("steps", "decision-rules"), 12, 2, 75, 3, 15, true), trainer);
        question(trainer, PARCELS, "steps", QuestionKind.SINGLE_CHOICE, "When is a domestic parcel stalled?",
                List.of("No scan for 5 days", "No scan for 2 days", "No scan for 10 days"), List.of(0),
                "Steps, point 2: 5 days without a scan domestically, 10 days cross-border.");
        question(trainer, PARCELS, "steps", QuestionKind.TRUE_FALSE, "The seller is charged for a parcel the carrier lost.",
                List.of("True", "False"), List.of(1), "Steps, point 7: the seller is not charged for a carrier loss.");
        question(trainer, PARCELS, "steps", QuestionKind.MULTIPLE_CHOICE, "What do you attach to a carrier claim?",
                List.of("Proof of handover", "Invoice or listing price", "The buyer's ID card"), List.of(0, 1),
                "Steps, point 5: the seller's proof of handover and the item's invoice or listing price.");
        question(trainer, PARCELS, "decision-rules", QuestionKind.SINGLE_CHOICE,
                "No pickup scan and no proof of handover: what does the seller get?",
                List.of("No compensation", "The item price", "The item price and shipping"), List.of(0),
                "Decision rules: without a pickup scan or proof of handover the order counts as not shipped.");
        question(trainer, PARCELS, "decision-rules", QuestionKind.SINGLE_CHOICE, "Within how many days of the last scan must a claim be filed?",
                List.of("30 days", "7 days", "90 days"), List.of(0), "Decision rules: within 30 days of the last tracking scan.");
        desk.addRule(module.id(), new RuleForm("NCS", "JKT-1", null, null, 14), trainer);
        PublishedSop inForce = sops.inForce(PARCELS, "ID", null).orElseThrow();
        for (AgentRef agent : agents.activeAgentsIn("ID")) {
            boolean jakarta = assignments.of(module.id(), agent.id()).stream().findAny().isPresent();
            if (jakarta && !agent.externalId().equals("NCS-10001") && random.nextInt(100) < 70) {
                past.record(agent.id(), module, inForce, LocalDate.of(2026, 10, 1).plusDays(random.nextInt(50)), "NCS learning system");
            }
        }
    }

    private void refundQuestions(DemoActor trainer) {
        question(trainer, REFUNDS, "steps", QuestionKind.SINGLE_CHOICE, "What do you check first in the refund request tab?",
                List.of("Reason code, buyer evidence, amount and date", "The seller's payout history", "The buyer's other orders"), List.of(0),
                "Steps, point 2: reason code, buyer photos or video, requested amount and the date the request was opened.");
        question(trainer, REFUNDS, "steps", QuestionKind.TRUE_FALSE, "You record your decision in the case notes with the \"RFD decision\" template.",
                List.of("True", "False"), List.of(0), "Steps, point 7.");
        question(trainer, REFUNDS, "decision-rules", QuestionKind.SINGLE_CHOICE,
                "Wrong or missing item and the seller cannot show packing evidence: what do you do?",
                List.of("Ask the buyer for an unboxing video first", "Refund in full at once", "Reject the request"), List.of(0),
                "Decision rules, first row: since 9 November Malaysia asks for an unboxing video before refunding.");
        question(trainer, REFUNDS, "decision-rules", QuestionKind.TRUE_FALSE, "A seller who does not answer the buyer in chat is a reason to reject.",
                List.of("True", "False"), List.of(1), "Decision rules: a silent seller is not a reason to reject a refund.");
        question(trainer, REFUNDS, "escalation", QuestionKind.MULTIPLE_CHOICE, "Which cases go to Tier 2?",
                List.of("Order value above RM 1,500", "Three or more requests from one buyer in 30 days", "Any seller complaint"),
                List.of(0, 1), "Escalation: high value orders and repeat requests go to Tier 2 (SPS-ORD-003).");
    }

    private void question(DemoActor trainer, String key, String section, QuestionKind kind, String prompt, List<String> options,
                          List<Integer> correct, String explanation) {
        bank.add(new QuestionForm(key, null, section, kind, prompt, options, correct, explanation), trainer);
    }

    private UUID vendor(String code) {
        return vendors.vendorNames().stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow().id();
    }

    private DemoActor actor(String username) {
        UserView user = users.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        return new DemoActor(user.id(), user.username(), user.displayName(), user.role());
    }

    /** An agent of the roster acting (no login of theirs needed at start-up). */
    private static Actor agentActor(AgentRef agent) {
        return new Actor() {
            @Override public UUID userId() { return agent.id(); }
            @Override public String username() { return agent.externalId(); }
            @Override public String displayName() { return agent.fullName(); }
            @Override public Role role() { return Role.AGENT; }
            @Override public Optional<UUID> vendorId() { return Optional.of(agent.vendorId()); }
            @Override public Optional<UUID> agentId() { return Optional.of(agent.id()); }
        };
    }
}
