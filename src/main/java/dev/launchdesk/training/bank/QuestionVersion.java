package dev.launchdesk.training.bank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.InvalidInputException.FieldProblem;

/**
 * One immutable version of a question: its prompt, options, the indexes of the correct options and the explanation
 * shown after submission. An attempt keeps the version it was given, so revising a question never changes a result.
 */
public record QuestionVersion(UUID questionId, int version, QuestionKind kind, String prompt, List<String> options, Set<Integer> correct,
                              String explanation, String writtenBy, Instant writtenAt) {

    public QuestionVersion {
        options = List.copyOf(options);
        correct = Set.copyOf(correct);
    }

    /** Checks a question as written; every problem named by its field. */
    static void check(QuestionKind kind, String prompt, List<String> options, List<Integer> correct, String explanation) {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("kind", "is required: SINGLE_CHOICE, MULTIPLE_CHOICE or TRUE_FALSE"));
        }
        if (prompt == null || prompt.isBlank() || prompt.length() > 2000) {
            problems.add(new FieldProblem("prompt", "is required, at most 2000 characters"));
        }
        int size = options == null ? 0 : options.size();
        if (size < 2 || size > 8 || options.stream().anyMatch(o -> o == null || o.isBlank() || o.length() > 500)) {
            problems.add(new FieldProblem("options", "give 2 to 8 options of 1 to 500 characters"));
        } else if (kind == QuestionKind.TRUE_FALSE && size != 2) {
            problems.add(new FieldProblem("options", "a true/false question has exactly two options"));
        }
        Set<Integer> chosen = correct == null ? Set.of() : new TreeSet<>(correct);
        if (chosen.isEmpty() || chosen.stream().anyMatch(i -> i == null || i < 0 || i >= size)) {
            problems.add(new FieldProblem("correct", "name the correct options by their index, 0 to " + Math.max(0, size - 1)));
        } else if (kind != QuestionKind.MULTIPLE_CHOICE && chosen.size() != 1) {
            problems.add(new FieldProblem("correct", "a " + (kind == null ? "" : kind.name().toLowerCase().replace('_', ' '))
                    + " question has exactly one correct option"));
        }
        if (explanation == null || explanation.isBlank() || explanation.length() > 4000) {
            problems.add(new FieldProblem("explanation", "is required (shown after submission), at most 4000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Whether exactly the correct options were chosen (indexes of this version's options). */
    public boolean answeredBy(Set<Integer> chosen) {
        return correct.equals(chosen);
    }
}
