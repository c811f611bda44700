package dev.launchdesk.training.quiz;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.reference.AgentDirectory;
import dev.launchdesk.reference.AgentDirectory.AgentRef;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.sop.PublishedSections.PublishedSop;
import dev.launchdesk.training.AgentCertified;
import dev.launchdesk.training.assignment.Assignment;
import dev.launchdesk.training.assignment.AssignmentDesk;
import dev.launchdesk.training.assignment.Assignments;
import dev.launchdesk.training.bank.QuestionBank;
import dev.launchdesk.training.bank.QuestionVersion;
import dev.launchdesk.training.catalog.MarketDays;
import dev.launchdesk.training.catalog.ModuleCatalog;
import dev.launchdesk.training.catalog.StudyText;
import dev.launchdesk.training.catalog.TrainingModule;
import dev.launchdesk.training.certification.Certification;
import dev.launchdesk.training.certification.Certifications;
import dev.launchdesk.training.certification.TrainingRecord;
import dev.launchdesk.training.certification.TrainingRecords;
import dev.launchdesk.training.quiz.QuizViews.AnswersForm;
import dev.launchdesk.training.quiz.QuizViews.AttemptResult;
import dev.launchdesk.training.quiz.QuizViews.AttemptView;
import dev.launchdesk.training.quiz.QuizViews.DeltaItem;
import dev.launchdesk.training.quiz.QuizViews.MyTrainingItem;
import dev.launchdesk.training.quiz.QuizViews.QuestionView;
import dev.launchdesk.training.quiz.QuizViews.ResultQuestion;

/**
 * The agent's side of training: their modules and status, the study text, quiz attempts (questions without answers,
 * scored on the server within the time limit; a pass certifies), acknowledging an informational delta, re-enrolling
 * before expiry. An agent only ever reaches their own assignments and attempts (others' are not found).
 */
@Service
@org.springframework.modulith.NamedInterface("quiz")
public class QuizDesk {

    private final ModuleCatalog catalog;
    private final QuestionBank bank;
    private final Attempts attempts;
    private final Assignments assignments;
    private final AssignmentDesk assignmentDesk;
    private final TrainingRecords records;
    private final Certifications certifications;
    private final AgentDirectory agents;
    private final ApplicationEventPublisher events;
    private final MarketDays days;
    private final Clock clock;
    private final Random random = new Random();

    QuizDesk(ModuleCatalog catalog, QuestionBank bank, Attempts attempts, Assignments assignments, AssignmentDesk assignmentDesk,
             TrainingRecords records, Certifications certifications, AgentDirectory agents, ApplicationEventPublisher events, MarketDays days,
             Clock clock) {
        this.catalog = catalog;
        this.bank = bank;
        this.attempts = attempts;
        this.assignments = assignments;
        this.assignmentDesk = assignmentDesk;
        this.records = records;
        this.certifications = certifications;
        this.agents = agents;
        this.events = events;
        this.days = days;
        this.clock = clock;
    }

    /** Every module the agent was assigned or is certified in, with what is open. */
    public List<MyTrainingItem> myTraining(Actor actor) {
        UUID agentId = agentOf(actor);
        Set<UUID> moduleIds = new LinkedHashSet<>();
        Map<UUID, TrainingModule> modules = new HashMap<>();
        for (Assignment a : assignments.ofAgent(agentId)) {
            TrainingModule module = modules.computeIfAbsent(a.moduleId(), catalog::module);
            moduleIds.add(module.certifiesModuleId());
        }
        certifications.ofAgent(agentId).forEach(c -> moduleIds.add(c.moduleId()));
        List<MyTrainingItem> items = new ArrayList<>();
        for (UUID moduleId : moduleIds) {
            TrainingModule module = modules.computeIfAbsent(moduleId, catalog::module);
            LocalDate today = days.today(module);
            TrainingRecord record = records.of(agentId, module);
            Optional<Assignment> open = record.openAssignment();
            Optional<Certification> current = record.current();
            DeltaItem delta = record.openDelta().map(d -> {
                TrainingModule dm = modules.computeIfAbsent(d.moduleId(), catalog::module);
                return new DeltaItem(dm.id(), d.id(), dm.title(), dm.informational(), d.dueOn(), dm.anchors());
            }).orElse(null);
            items.add(new MyTrainingItem(module.id(), module.title(), module.sopKey(), module.marketCode(), record.status(today),
                    open.map(Assignment::id).orElse(null), open.map(Assignment::dueOn).orElse(null),
                    open.map(a -> attempts.ofAssignment(a.id()).size()).orElse(0), module.policy().attemptsAllowed(),
                    current.map(Certification::certifiedOn).orElse(null), current.map(Certification::validUntil).orElse(null),
                    current.map(Certification::sopVersionNumber).orElse(null), delta));
        }
        return items;
    }

    /** The agent's training item of a module (for a delta module: of the module it updates), if they have one. */
    public Optional<MyTrainingItem> myTrainingIn(Actor actor, UUID moduleId) {
        UUID certifies = catalog.module(moduleId).certifiesModuleId();
        return myTraining(actor).stream().filter(i -> i.moduleId().equals(certifies)).findFirst();
    }

    /** What the agent studies for one of their assignments. */
    public StudyText study(Actor actor, UUID assignmentId) {
        Assignment assignment = ownAssignment(actor, assignmentId);
        return catalog.study(catalog.module(assignment.moduleId()), agent(assignment.agentId()));
    }

    /** The study page of one of the agent's assignments: the text, and the quiz or acknowledgement it leads to. */
    public QuizViews.StudyView studyView(Actor actor, UUID assignmentId) {
        Assignment assignment = ownAssignment(actor, assignmentId);
        TrainingModule module = catalog.module(assignment.moduleId());
        StudyText text = catalog.study(module, agent(assignment.agentId()));
        Instant now = clock.instant();
        List<Attempt> made = attempts.ofAssignment(assignmentId);
        UUID running = made.stream().filter(a -> a.isOpen(now)).map(Attempt::id).findFirst().orElse(null);
        return new QuizViews.StudyView(assignmentId, text, module.isDelta(), module.informational(), assignment.isOpen(), assignment.dueOn(),
                module.policy().passMarkPercent(), module.policy().timeLimitMinutes(), made.size(), module.policy().attemptsAllowed(), running);
    }

    /**
     * Starts an attempt on an open assignment (or answers the attempt still open on it): the questions drawn per section
     * at their current versions, without the correct answers.
     */
    @Transactional
    public AttemptView start(Actor actor, UUID assignmentId) {
        Assignment assignment = ownAssignment(actor, assignmentId);
        TrainingModule module = catalog.module(assignment.moduleId());
        if (!assignment.isOpen()) {
            throw new ConflictException(UserTexts.of("problem.training.assignment.completed", String.valueOf(assignment.completedAt())));
        }
        if (module.informational()) {
            throw new ConflictException(UserTexts.of("problem.training.assignment.informational"));
        }
        Instant now = clock.instant();
        List<Attempt> before = attempts.ofAssignment(assignmentId);
        Optional<Attempt> open = before.stream().filter(a -> a.isOpen(now)).findFirst();
        if (open.isPresent()) {
            return view(open.get(), module);
        }
        if (before.size() >= module.policy().attemptsAllowed()) {
            throw new ConflictException(UserTexts.of("problem.training.assignment.attempts-used", String.valueOf(module.policy().attemptsAllowed())));
        }
        AgentRef agent = agent(assignment.agentId());
        PublishedSop sop = catalog.sopInForce(module, agent.vendorId())
                .orElseThrow(() -> new ConflictException(UserTexts.of("problem.training.quiz.sop-not-published", module.sopKey(), module.marketCode())));
        List<QuestionVersion> drawn = bank.draw(module.sopKey(), module.anchors(), module.policy().questionsPerSection(),
                module.policy().shuffle() ? random : null);
        if (drawn.isEmpty()) {
            throw new ConflictException(UserTexts.of("problem.training.quiz.no-questions"));
        }
        Attempt attempt = Attempt.start(assignmentId, module.id(), agent.id(), sop.documentId(), sop.versionId(), sop.number(), drawn,
                module.policy(), random, now);
        attempts.insert(attempt);
        events.publishEvent(EntityChanged.created("training_attempt", attempt.id(), agent.externalId() + " started an attempt at "
                + module.title(), null));
        return view(attempt, module);
    }

    /** Scores the answers; a pass certifies the agent (and completes the assignment). */
    @Transactional
    public AttemptResult submit(Actor actor, UUID attemptId, AnswersForm form) {
        UUID agentId = agentOf(actor);
        Attempt attempt = attempts.find(attemptId).orElseThrow(() -> new NotFoundException(UserTexts.of("problem.training.attempt.what"), attemptId));
        TrainingModule module = catalog.module(attempt.moduleId());
        attempt.submit(agentId, answers(form), bank::version, module.policy(), clock.instant());
        attempts.saveSubmission(attempt);
        events.publishEvent(new EntityChanged("training_attempt", attempt.id().toString(), "submitted", "Attempt at " + module.title()
                + " scored " + attempt.scorePercent() + "%" + (attempt.passed() ? " (passed)" : " (not passed)"), null, null));
        Certification certification = attempt.passed()
                ? certify(agentId, module, attempt.assignmentId(), attempt.sopDocumentId(), attempt.sopVersionId(), attempt.sopVersionNumber(),
                        attempt.id())
                : null;
        return result(attempt, module, certification);
    }

    /** An attempt of the agent's own: its questions while open, its result once submitted. */
    public Object attempt(Actor actor, UUID attemptId) {
        UUID agentId = agentOf(actor);
        Attempt attempt = attempts.find(attemptId).filter(a -> a.agentId().equals(agentId))
                .orElseThrow(() -> new NotFoundException(UserTexts.of("problem.training.attempt.what"), attemptId));
        TrainingModule module = catalog.module(attempt.moduleId());
        if (!attempt.isSubmitted()) {
            return view(attempt, module);
        }
        LocalDate until = certifications.of(agentId, module.certifiesModuleId()).stream()
                .filter(c -> attemptId.equals(c.attemptId())).map(Certification::validUntil).findFirst().orElse(null);
        return result(attempt, module, until);
    }

    /** Reading an informational delta is all it takes: acknowledged, the certification is on the new version. */
    @Transactional
    public Certification acknowledge(Actor actor, UUID assignmentId) {
        Assignment assignment = ownAssignment(actor, assignmentId);
        TrainingModule module = catalog.module(assignment.moduleId());
        if (!module.informational()) {
            throw new ConflictException(UserTexts.of("problem.training.acknowledgement.has-quiz"));
        }
        if (!assignment.isOpen()) {
            throw new ConflictException(UserTexts.of("problem.training.acknowledgement.done", String.valueOf(assignment.completedAt())));
        }
        return certify(assignment.agentId(), module, assignmentId, module.sopDocumentId(), module.pinnedVersionId(),
                module.pinnedVersionNumber(), null);
    }

    /** Re-enrols the agent in a module whose certification is expiring or has expired: a new assignment. */
    @Transactional
    public Assignment reenrol(Actor actor, UUID moduleId) {
        UUID agentId = agentOf(actor);
        TrainingModule module = catalog.module(moduleId);
        TrainingRecord record = records.of(agentId, module);
        if (record.current().isEmpty() && record.assignments().isEmpty()) {
            throw new NotFoundException(UserTexts.of("problem.training.module.what"), moduleId);
        }
        LocalDate due = record.reenrolmentDue(days.today(module));
        return assignmentDesk.reenrol(record.module().id(), agentId, due, actor.username())
                .orElseThrow(() -> new ConflictException(UserTexts.of("problem.training.reenrolment.open")));
    }

    private Certification certify(UUID agentId, TrainingModule passed, UUID assignmentId, UUID sopDocumentId,
                                  dev.launchdesk.sop.SopVersionId sopVersionId, int sopVersionNumber, UUID attemptId) {
        TrainingRecord record = records.of(agentId, passed);
        Instant now = clock.instant();
        Certification certification = record.certify(passed, sopDocumentId, sopVersionId, sopVersionNumber, attemptId, days.today(passed), now);
        certifications.insert(certification);
        assignments.complete(assignmentId, now);
        if (!passed.isDelta()) {
            // the whole module on the version in force covers every update outstanding
            record.deltaAssignments().stream().filter(Assignment::isOpen).forEach(d -> assignments.complete(d.id(), now));
        }
        TrainingModule module = record.module();
        events.publishEvent(new AgentCertified(certification.id(), agentId, module.id(), passed.id(), module.sopKey(), module.marketCode(),
                sopVersionId, certification.certifiedOn(), certification.validUntil()));
        events.publishEvent(EntityChanged.created("training_certification", certification.id(), "Agent " + agentId + " certified in "
                + module.title() + " on " + module.sopKey() + " v" + sopVersionNumber + " until " + certification.validUntil(), certification));
        return certification;
    }

    private static Map<Integer, Set<Integer>> answers(AnswersForm form) {
        Map<Integer, Set<Integer>> answers = new HashMap<>();
        if (form == null || form.answers() == null) {
            throw InvalidInputException.of("answers", UserTexts.of("problem.training.answers.required"));
        }
        for (int i = 0; i < form.answers().size(); i++) {
            QuizViews.Answer answer = form.answers().get(i);
            if (answer == null || answer.position() == null) {
                throw InvalidInputException.of("answers[" + i + "].position", UserTexts.of("problem.training.answers.position-required"));
            }
            if (answers.put(answer.position(), answer.choices() == null ? Set.of() : new LinkedHashSet<>(answer.choices())) != null) {
                throw InvalidInputException.of("answers[" + i + "].position", UserTexts.of("problem.training.answers.twice", String.valueOf(answer.position())));
            }
        }
        return answers;
    }

    /** The language the agent reads first (the quiz's texts in it where translated), or null. */
    private String languageOf(UUID agentId) {
        List<String> languages = agent(agentId).languages();
        return languages.isEmpty() ? null : languages.get(0);
    }

    private AttemptView view(Attempt attempt, TrainingModule module) {
        String language = languageOf(attempt.agentId());
        List<QuestionView> questions = attempt.questions().stream().map(q -> {
            QuestionVersion v = bank.version(q.questionId(), q.questionVersion(), language);
            return new QuestionView(q.position(), v.kind().name(), v.prompt(), q.optionOrder().stream().map(v.options()::get).toList(),
                    bank.sectionOf(q.questionId()));
        }).toList();
        return new AttemptView(attempt.id(), attempt.assignmentId(), module.id(), module.title(), attempt.startedAt(), attempt.deadline(),
                module.policy().passMarkPercent(), questions);
    }

    private AttemptResult result(Attempt attempt, TrainingModule module, Certification certification) {
        return result(attempt, module, certification == null ? null : certification.validUntil());
    }

    private AttemptResult result(Attempt attempt, TrainingModule module, LocalDate certifiedUntil) {
        String language = languageOf(attempt.agentId());
        List<ResultQuestion> questions = attempt.questions().stream().map(q -> {
            QuestionVersion v = bank.version(q.questionId(), q.questionVersion(), language);
            return new ResultQuestion(q.position(), v.prompt(), q.optionOrder().stream().map(v.options()::get).toList(),
                    q.answer().stream().map(q::shownIndex).sorted().toList(), v.correct().stream().map(q::shownIndex).sorted().toList(),
                    Boolean.TRUE.equals(q.correct()), v.explanation(), bank.sectionOf(q.questionId()));
        }).toList();
        int attemptsLeft = Math.max(0, module.policy().attemptsAllowed() - attempts.ofAssignment(attempt.assignmentId()).size());
        return new AttemptResult(attempt.id(), attempt.assignmentId(), module.id(), module.title(), attempt.scorePercent(), attempt.passed(),
                module.policy().passMarkPercent(), attempt.submittedAt(), certifiedUntil, attemptsLeft, questions);
    }

    private Assignment ownAssignment(Actor actor, UUID assignmentId) {
        UUID agentId = agentOf(actor);
        return assignments.find(assignmentId).filter(a -> a.agentId().equals(agentId))
                .orElseThrow(() -> new NotFoundException(UserTexts.of("problem.training.assignment.what"), assignmentId));
    }

    private AgentRef agent(UUID agentId) {
        return agents.agent(agentId).orElseThrow(() -> new NotFoundException(UserTexts.of("problem.training.agent.what"), agentId));
    }

    private static UUID agentOf(Actor actor) {
        return actor.agentId().orElseThrow(() -> new NotFoundException(UserTexts.of("problem.training.agent-record.what"), actor.username()));
    }
}
