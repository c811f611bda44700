package dev.launchdesk.training.bank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.InvalidInputException.FieldProblem;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.training.bank.formats.QuestionDraft;

/**
 * One immutable version of a question: its prompt, options, the indexes of the correct options and the explanation
 * shown after submission. An attempt keeps the version it was given, so revising a question never changes a result.
 */
public record QuestionVersion(UUID questionId, int version, QuestionKind kind, String prompt, List<String> options, Set<Integer> correct,
                              String explanation, String writtenBy, Instant writtenAt) {

    /** Fewest options of a question. */
    public static final int MIN_OPTIONS = 2;
    /** Most options of a question: as many as a bank file (GIFT, CSV, XLSX) carries, so every question can be exported. */
    public static final int MAX_OPTIONS = QuestionDraft.MAX_OPTIONS;

    public QuestionVersion {
        options = List.copyOf(options);
        correct = Set.copyOf(correct);
    }

    /** Checks a question as written; every problem named by its field. */
    static void check(QuestionKind kind, String prompt, List<String> options, List<Integer> correct, String explanation) {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("kind", UserTexts.of("problem.training.question.kind-required")));
        }
        if (prompt == null || prompt.isBlank() || prompt.length() > 2000) {
            problems.add(new FieldProblem("prompt", UserTexts.of("problem.training.question.prompt", "2000")));
        }
        int size = options == null ? 0 : options.size();
        if (size < MIN_OPTIONS || size > MAX_OPTIONS || options.stream().anyMatch(o -> o == null || o.isBlank() || o.length() > 500)) {
            problems.add(new FieldProblem("options", UserTexts.of("problem.training.question.options", String.valueOf(MIN_OPTIONS),
                    String.valueOf(MAX_OPTIONS), "500")));
        } else if (kind == QuestionKind.TRUE_FALSE && size != 2) {
            problems.add(new FieldProblem("options", UserTexts.of("problem.training.question.true-false-options")));
        }
        Set<Integer> chosen = correct == null ? Set.of() : new TreeSet<>(correct);
        if (chosen.isEmpty() || chosen.stream().anyMatch(i -> i == null || i < 0 || i >= size)) {
            problems.add(new FieldProblem("correct", UserTexts.of("problem.training.question.correct-index", String.valueOf(Math.max(0, size - 1)))));
        } else if (kind != QuestionKind.MULTIPLE_CHOICE && chosen.size() != 1) {
            problems.add(new FieldProblem("correct", UserTexts.of("problem.training.question.one-correct",
                    kind == null ? "" : kind.name().toLowerCase().replace('_', ' '))));
        }
        if (explanation == null || explanation.isBlank() || explanation.length() > 4000) {
            problems.add(new FieldProblem("explanation", UserTexts.of("problem.training.question.explanation", "4000")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * This version with its texts replaced by their translations (part → text: {@code prompt}, {@code option1} ..,
     * {@code explanation}); a part without one keeps its text. The options keep their places, so scoring is unchanged.
     */
    QuestionVersion translated(java.util.Map<String, String> parts) {
        if (parts.isEmpty()) {
            return this;
        }
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            shown.add(parts.getOrDefault("option" + (i + 1), options.get(i)));
        }
        return new QuestionVersion(questionId, version, kind, parts.getOrDefault("prompt", prompt), shown, correct,
                parts.getOrDefault("explanation", explanation), writtenBy, writtenAt);
    }

    /** Whether exactly the correct options were chosen (indexes of this version's options). */
    public boolean answeredBy(Set<Integer> chosen) {
        return correct.equals(chosen);
    }
}
