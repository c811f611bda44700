package dev.launchdesk.training.quiz;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.launchdesk.training.certification.TrainingStatus;

/** What the agent's API answers: their training, an attempt's questions (never the answers), an attempt's result. */
@org.springframework.modulith.NamedInterface("quiz")
public final class QuizViews {

    private QuizViews() {
    }

    /**
     * One module in the agent's training: its status, what is open (the module itself or a delta retraining) and by
     * when, the attempts used of the open assignment, and the certification in force.
     */
    public record MyTrainingItem(UUID moduleId, String title, String sopKey, String market, TrainingStatus status, UUID assignmentId,
                                 LocalDate dueOn, int attemptsUsed, int attemptsAllowed, LocalDate certifiedOn, LocalDate validUntil,
                                 Integer sopVersion, DeltaItem delta) {
    }

    /** An outstanding delta retraining: only the changed sections; informational ones are read and acknowledged. */
    public record DeltaItem(UUID moduleId, UUID assignmentId, String title, boolean informational, LocalDate dueOn, List<String> sections) {
    }

    /** An attempt as the agent takes it: the questions with their options in the order shown, no correct answers. */
    public record AttemptView(UUID attemptId, UUID moduleId, String title, Instant startedAt, Instant deadline, int passMarkPercent,
                              List<QuestionView> questions) {
    }

    public record QuestionView(int position, String kind, String prompt, List<String> options, String section) {
    }

    /** A submitted attempt: the score, and per question what was chosen, what was right, and why (places as shown). */
    public record AttemptResult(UUID attemptId, UUID moduleId, int scorePercent, boolean passed, int passMarkPercent, Instant submittedAt,
                                LocalDate certifiedUntil, List<ResultQuestion> questions) {
    }

    public record ResultQuestion(int position, String prompt, List<String> options, List<Integer> chosen, List<Integer> correct,
                                 boolean right, String explanation, String section) {
    }

    /** The answers of an attempt: per question position, the places of the options chosen (as shown). */
    public record AnswersForm(List<Answer> answers) {
    }

    public record Answer(Integer position, List<Integer> choices) {
    }
}
