package dev.launchdesk.training.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.InvalidInputException.FieldProblem;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.sop.SopVersionId;
import dev.launchdesk.training.bank.QuestionVersion;
import dev.launchdesk.training.catalog.QuizPolicy;

/**
 * One attempt at a module's quiz: the questions drawn (at their versions, options in the order shown), the deadline the
 * server enforces, and once submitted the answers and score. {@link #submit} checks its rules first — the attempt is the
 * agent's own, still open and within its time — and changes nothing when one is broken.
 */
public final class Attempt {

    private final UUID id;
    private final UUID assignmentId;
    private final UUID moduleId;
    private final UUID agentId;
    private final UUID sopDocumentId;
    private final SopVersionId sopVersionId;
    private final int sopVersionNumber;
    private final Instant startedAt;
    private final Instant deadline;
    private final int lockVersion;
    private List<AttemptQuestion> questions;
    private Instant submittedAt;
    private Integer scorePercent;
    private Boolean passed;

    Attempt(UUID id, UUID assignmentId, UUID moduleId, UUID agentId, UUID sopDocumentId, SopVersionId sopVersionId, int sopVersionNumber,
            Instant startedAt, Instant deadline, Instant submittedAt, Integer scorePercent, Boolean passed, int lockVersion,
            List<AttemptQuestion> questions) {
        this.id = id;
        this.assignmentId = assignmentId;
        this.moduleId = moduleId;
        this.agentId = agentId;
        this.sopDocumentId = sopDocumentId;
        this.sopVersionId = sopVersionId;
        this.sopVersionNumber = sopVersionNumber;
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.submittedAt = submittedAt;
        this.scorePercent = scorePercent;
        this.passed = passed;
        this.lockVersion = lockVersion;
        this.questions = List.copyOf(questions);
    }

    /**
     * A new attempt on the questions drawn, on the SOP version in force for the agent; options shuffled when the policy
     * says so (with {@code random}), due within the policy's time limit.
     */
    static Attempt start(UUID assignmentId, UUID moduleId, UUID agentId, UUID sopDocumentId, SopVersionId sopVersionId, int sopVersionNumber,
                         List<QuestionVersion> drawn, QuizPolicy policy, Random random, Instant now) {
        List<AttemptQuestion> questions = new ArrayList<>();
        for (QuestionVersion q : drawn) {
            List<Integer> order = new ArrayList<>(IntStream.range(0, q.options().size()).boxed().toList());
            if (policy.shuffle() && q.kind() != dev.launchdesk.training.bank.QuestionKind.TRUE_FALSE) {
                java.util.Collections.shuffle(order, random);
            }
            questions.add(new AttemptQuestion(questions.size() + 1, q.questionId(), q.version(), order, null, null));
        }
        return new Attempt(UUID.randomUUID(), assignmentId, moduleId, agentId, sopDocumentId, sopVersionId, sopVersionNumber, now,
                now.plus(Duration.ofMinutes(policy.timeLimitMinutes())), null, null, null, 0, questions);
    }

    /**
     * Scores the answers (per question position, the places of the options chosen as shown) against the versions the
     * attempt was given. Someone else's attempt is not found; a submitted attempt, or one past its deadline, is a conflict;
     * answers to unknown questions or options are invalid — in each case nothing changes.
     */
    void submit(UUID byAgent, Map<Integer, Set<Integer>> answers, BiFunction<UUID, Integer, QuestionVersion> versions, QuizPolicy policy,
                Instant now) {
        if (!agentId.equals(byAgent)) {
            throw new NotFoundException(UserTexts.of("problem.training.attempt.what"), id);
        }
        if (submittedAt != null) {
            throw new ConflictException(UserTexts.of("problem.training.attempt.submitted", String.valueOf(submittedAt)));
        }
        if (now.isAfter(deadline)) {
            throw new ConflictException(UserTexts.of("problem.training.attempt.time-up", String.valueOf(deadline)));
        }
        Map<Integer, AttemptQuestion> byPosition = new HashMap<>();
        questions.forEach(q -> byPosition.put(q.position(), q));
        List<FieldProblem> problems = new ArrayList<>();
        answers.forEach((position, chosen) -> {
            AttemptQuestion q = byPosition.get(position);
            if (q == null) {
                problems.add(new FieldProblem("answers." + position, UserTexts.of("problem.training.attempt.no-question", String.valueOf(position))));
            } else if (chosen.stream().anyMatch(i -> i == null || i < 0 || i >= q.optionOrder().size())) {
                problems.add(new FieldProblem("answers." + position, UserTexts.of("problem.training.attempt.options", String.valueOf(q.optionOrder().size() - 1))));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<AttemptQuestion> scored = new ArrayList<>();
        int right = 0;
        for (AttemptQuestion q : questions) {
            Set<Integer> stored = new HashSet<>();
            answers.getOrDefault(q.position(), Set.of()).forEach(shown -> stored.add(q.storedIndex(shown)));
            boolean correct = versions.apply(q.questionId(), q.questionVersion()).answeredBy(stored);
            right += correct ? 1 : 0;
            scored.add(q.answered(stored, correct));
        }
        this.questions = List.copyOf(scored);
        this.scorePercent = questions.isEmpty() ? 0 : right * 100 / questions.size();
        this.passed = policy.passes(scorePercent);
        this.submittedAt = now;
    }

    public boolean isOpen(Instant now) {
        return submittedAt == null && !now.isAfter(deadline);
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public UUID id() { return id; }
    public UUID assignmentId() { return assignmentId; }
    public UUID moduleId() { return moduleId; }
    public UUID agentId() { return agentId; }
    public UUID sopDocumentId() { return sopDocumentId; }
    public SopVersionId sopVersionId() { return sopVersionId; }
    public int sopVersionNumber() { return sopVersionNumber; }
    public Instant startedAt() { return startedAt; }
    public Instant deadline() { return deadline; }
    public Instant submittedAt() { return submittedAt; }
    public Integer scorePercent() { return scorePercent; }
    public Boolean passed() { return passed; }
    public int lockVersion() { return lockVersion; }
    public List<AttemptQuestion> questions() { return questions; }
}
