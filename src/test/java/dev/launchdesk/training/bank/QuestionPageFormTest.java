package dev.launchdesk.training.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.launchdesk.shared.InvalidInputException;

class QuestionPageFormTest {

    @Test
    void trailingEmptyOptionFieldsAreNotOptionsAndTickedBoxesAreTheCorrectOnes() {
        QuestionForm form = new QuestionPageForm("SPS-RFD-001", "steps", "multiple_choice", "Which?", List.of("a", "", "c", "", "", ""),
                List.of("0", "2"), "true", "Why.").form();
        assertThat(form.kind()).isEqualTo(QuestionKind.MULTIPLE_CHOICE);
        assertThat(form.options()).as("an empty field between options stays, so the bank names it").containsExactly("a", "", "c");
        assertThat(form.correct()).containsExactly(0, 2);
        assertThat(form.section()).isEqualTo("steps");
    }

    @Test
    void aTrueFalseQuestionTakesItsAnswerFromTheStatementNotTheOptionFields() {
        QuestionForm falseStatement = new QuestionPageForm("K", "s", "TRUE_FALSE", "Holds?", List.of("x", "y"), List.of("1"), "false", "W").form();
        assertThat(falseStatement.options()).containsExactly("True", "False");
        assertThat(falseStatement.correct()).containsExactly(1);
        QuestionForm trueStatement = new QuestionPageForm("K", "s", "TRUE_FALSE", "Holds?", null, null, "true", "W").form();
        assertThat(trueStatement.correct()).containsExactly(0);
    }

    @Test
    void anUnknownKindOrIndexIsNamedNotThrownAsA500() {
        assertThatThrownBy(() -> new QuestionPageForm("K", "s", "ESSAY", "Q", List.of("a", "b"), List.of("0"), null, "W").form())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> new QuestionPageForm("K", "s", "SINGLE_CHOICE", "Q", List.of("a", "b"), List.of("first"), null, "W").form())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("correct");
        assertThat(new QuestionPageForm("K", "s", " ", "Q", List.of(), List.of(), null, "W").form().kind()).isNull();
    }

    @Test
    void aRevisionStartsFromTheCurrentVersionWithSixOptionFields() {
        Question question = new Question(UUID.randomUUID(), "K", "steps", 2, false, null, false, Instant.EPOCH);
        QuestionVersion single = new QuestionVersion(question.id(), 2, QuestionKind.SINGLE_CHOICE, "Which?", List.of("a", "b"), Set.of(1), "W",
                "trainer", Instant.EPOCH);
        QuestionPageForm form = QuestionPageForm.of(question, single);
        assertThat(form.options()).containsExactly("a", "b", "", "", "", "");
        assertThat(form.isCorrect(1)).isTrue();
        assertThat(form.isCorrect(0)).isFalse();
        assertThat(form.option(1)).isEqualTo("b");
        assertThat(form.option(5)).isEmpty();
        assertThat(form.option(6)).as("past the last field").isEmpty();
        QuestionVersion statement = new QuestionVersion(question.id(), 1, QuestionKind.TRUE_FALSE, "Holds?", List.of("True", "False"), Set.of(1),
                "W", "trainer", Instant.EPOCH);
        assertThat(QuestionPageForm.of(question, statement).statement()).isEqualTo("false");
        assertThat(QuestionPageForm.of(question, statement).options()).containsOnly("");
        assertThat(QuestionPageForm.blank("K", "s").kind()).isEqualTo("SINGLE_CHOICE");
    }
}
