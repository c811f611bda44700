package dev.launchdesk.training.catalog;

import java.util.ArrayList;
import java.util.List;

import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.InvalidInputException.FieldProblem;
import dev.launchdesk.shared.UserTexts;

/**
 * How a module's quiz is drawn and passed: questions drawn per section, the share of correct answers that passes, how
 * many attempts an assignment allows, the time limit the server enforces, and whether questions and options are shuffled.
 */
public record QuizPolicy(int questionsPerSection, int passMarkPercent, int attemptsAllowed, int timeLimitMinutes, boolean shuffle) {

    public static final QuizPolicy DEFAULT = new QuizPolicy(2, 80, 3, 20, true);

    public QuizPolicy {
        List<FieldProblem> problems = new ArrayList<>();
        check(problems, "questionsPerSection", questionsPerSection, 1, 20);
        check(problems, "passMarkPercent", passMarkPercent, 1, 100);
        check(problems, "attemptsAllowed", attemptsAllowed, 1, 20);
        check(problems, "timeLimitMinutes", timeLimitMinutes, 1, 240);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Whether a score (percent of questions answered correctly) passes. */
    public boolean passes(int scorePercent) {
        return scorePercent >= passMarkPercent;
    }

    private static void check(List<FieldProblem> problems, String field, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(new FieldProblem(field, UserTexts.of("problem.training.policy.range", String.valueOf(min), String.valueOf(max), String.valueOf(value))));
        }
    }
}
