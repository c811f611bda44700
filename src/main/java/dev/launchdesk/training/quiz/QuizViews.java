package dev.launchdesk.training.quiz;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.launchdesk.training.catalog.StudyText;
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
    public record AttemptView(UUID attemptId, UUID assignmentId, UUID moduleId, String title, Instant startedAt, Instant deadline,
                              int passMarkPercent, List<QuestionView> questions) {
    }

    public record QuestionView(int position, String kind, String prompt, List<String> options, String section) {
    }

    /**
     * A submitted attempt: the score, and per question what was chosen, what was right, and why (places as shown); the
     * attempts the assignment still allows.
     */
    public record AttemptResult(UUID attemptId, UUID assignmentId, UUID moduleId, String title, int scorePercent, boolean passed,
                                int passMarkPercent, Instant submittedAt, LocalDate certifiedUntil, int attemptsLeft,
                                List<ResultQuestion> questions) {
    }

    public record ResultQuestion(int position, String prompt, List<String> options, List<Integer> chosen, List<Integer> correct,
                                 boolean right, String explanation, String section) {
    }

    /**
     * What the study page offers beside the text: a quiz (its pass mark, time limit and the attempts used) or, for an
     * informational change, an acknowledgement — while the assignment is open.
     *
     * @param openAttemptId an attempt started and still running, to go back to
     */
    public record StudyView(UUID assignmentId, StudyText text, boolean delta, boolean informational, boolean open, LocalDate dueOn,
                            int passMarkPercent, int timeLimitMinutes, int attemptsUsed, int attemptsAllowed, UUID openAttemptId) {
    }

    /** The answers of an attempt: per question position, the places of the options chosen (as shown). */
    public record AnswersForm(List<Answer> answers) {
    }

    public record Answer(Integer position, List<Integer> choices) {
    }
}
