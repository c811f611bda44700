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
    void onlyExactlyTheCorrectOptionsAnswerIt() {
        QuestionVersion v = new QuestionVersion(UUID.randomUUID(), 1, QuestionKind.MULTIPLE_CHOICE, "Which?", List.of("a", "b", "c"),
                Set.of(0, 2), "why", "trainer", Instant.EPOCH);
        assertThat(v.answeredBy(Set.of(0, 2))).isTrue();
        assertThat(v.answeredBy(Set.of(0))).isFalse();
        assertThat(v.answeredBy(Set.of(0, 1, 2))).isFalse();
        assertThat(v.answeredBy(Set.of())).isFalse();
    }
}
