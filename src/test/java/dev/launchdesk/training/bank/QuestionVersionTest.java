package dev.launchdesk.training.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.launchdesk.shared.InvalidInputException;

class QuestionVersionTest {

    @Test
    void aQuestionNeedsItsCorrectOptionsAndAnExplanation() {
        assertThatThrownBy(() -> QuestionVersion.check(QuestionKind.SINGLE_CHOICE, "Which?", List.of("a", "b"), List.of(0, 1), "why"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("correct");
        assertThatThrownBy(() -> QuestionVersion.check(QuestionKind.TRUE_FALSE, "Which?", List.of("a", "b", "c"), List.of(0), "why"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("options");
        assertThatThrownBy(() -> QuestionVersion.check(QuestionKind.MULTIPLE_CHOICE, "Which?", List.of("a", "b"), List.of(2), ""))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("correct").hasMessageContaining("explanation");
        QuestionVersion.check(QuestionKind.MULTIPLE_CHOICE, "Which?", List.of("a", "b", "c"), List.of(0, 2), "why");
    }

    @Test
    void aSingleChoiceQuestionWithOneCorrectOptionIsWellWritten() {
        QuestionVersion.check(QuestionKind.SINGLE_CHOICE, "Which?", List.of("a", "b"), List.of(1), "why");
        QuestionVersion.check(QuestionKind.TRUE_FALSE, "Holds?", List.of("True", "False"), List.of(0), "why");
        assertThatThrownBy(() -> QuestionVersion.check(QuestionKind.TRUE_FALSE, "Holds?", List.of("True", "False"), List.of(0, 1), "why"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("a true false question has exactly one correct option");
        assertThatThrownBy(() -> QuestionVersion.check(null, "Holds?", List.of("a", "b"), List.of(0, 1), "why"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("kind").hasMessageContaining("exactly one correct option");
    }

    @Test
    void eachLimitHoldsAtItsBoundary() {
        QuestionVersion.check(QuestionKind.SINGLE_CHOICE, "x".repeat(2000), List.of("a", "b"), List.of(0), "why");
        assertThat(problems(() -> QuestionVersion.check(QuestionKind.SINGLE_CHOICE, "x".repeat(2001), List.of("a", "b"), List.of(0), "why")))
                .containsExactly("prompt");
        QuestionVersion.check(QuestionKind.SINGLE_CHOICE, "Which?", List.of("a", "b"), List.of(0), "y".repeat(4000));
        assertThat(problems(() -> QuestionVersion.check(QuestionKind.SINGLE_CHOICE, "Which?", List.of("a", "b"), List.of(0), "y".repeat(4001))))
                .containsExactly("explanation");
        QuestionVersion.check(QuestionKind.SINGLE_CHOICE, "Which?", List.of("o".repeat(500), "b"), List.of(0), "why");
        assertThat(problems(() -> QuestionVersion.check(QuestionKind.SINGLE_CHOICE, "Which?", List.of("o".repeat(501), "b"), List.of(0), "why")))
                .containsExactly("options");
        assertThat(problems(() -> QuestionVersion.check(QuestionKind.SINGLE_CHOICE, "Which?", List.of("a"), List.of(0), "why")))
                .contains("options");
        QuestionVersion.check(QuestionKind.MULTIPLE_CHOICE, "Which?", List.of("a", "b", "c", "d", "e", "f"), List.of(0, 5), "why");
        assertThat(problems(() -> QuestionVersion.check(QuestionKind.MULTIPLE_CHOICE, "Which?", List.of("a", "b", "c", "d", "e", "f", "g"),
                List.of(0), "why"))).as("no more options than a bank file carries").containsExactly("options");
    }

    @Test
    void aWrongIndexIsAnsweredWithTheIndexesThereAre() {
        assertThatThrownBy(() -> QuestionVersion.check(QuestionKind.SINGLE_CHOICE, "Which?", List.of("a", "b", "c"), List.of(3), "why"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("0 to 2").hasMessageNotContaining("0 to 4");
        assertThatThrownBy(() -> QuestionVersion.check(QuestionKind.SINGLE_CHOICE, "Which?", List.of("a", "b", "c"), List.of(-1), "why"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("0 to 2");
    }

    private static List<String> problems(Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(InvalidInputException.FieldProblem::field).toList();
        }
        return List.of();
    }

    @Test
    void onlyExactlyTheCorrectOptionsAnswerIt() {
        QuestionVersion v = new QuestionVersion(UUID.randomUUID(), 1, QuestionKind.MULTIPLE_CHOICE, "Which?", List.of("a", "b", "c"),
                Set.of(0, 2), "why", "trainer", Instant.EPOCH);
        assertThat(v.answeredBy(Set.of(0, 2))).isTrue();
        assertThat(v.answeredBy(Set.of(0))).isFalse();
        assertThat(v.answeredBy(Set.of(0, 1, 2))).isFalse();
        assertThat(v.answeredBy(Set.of())).isFalse();
    }
}
