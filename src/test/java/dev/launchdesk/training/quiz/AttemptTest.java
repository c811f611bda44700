package dev.launchdesk.training.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.sop.SopVersionId;
import dev.launchdesk.training.bank.QuestionKind;
import dev.launchdesk.training.bank.QuestionVersion;
import dev.launchdesk.training.catalog.QuizPolicy;

/** Scoring on the server: options shown shuffled are mapped back, only the exact set of correct options counts, rules refuse changes. */
class AttemptTest {

    static final Instant START = Instant.parse("2031-03-02T08:00:00Z");
    static final UUID AGENT = UUID.randomUUID();
    static final QuizPolicy POLICY = new QuizPolicy(2, 75, 3, 20, true);

    final Map<UUID, QuestionVersion> bank = new HashMap<>();

    QuestionVersion question(QuestionKind kind, List<String> options, Set<Integer> correct) {
        QuestionVersion v = new QuestionVersion(UUID.randomUUID(), 1, kind, "Which?", options, correct, "Because the SOP says so", "trainer",
                START);
        bank.put(v.questionId(), v);
        return v;
    }

    Attempt start(List<QuestionVersion> drawn) {
        return Attempt.start(UUID.randomUUID(), UUID.randomUUID(), AGENT, UUID.randomUUID(), new SopVersionId(UUID.randomUUID()), 2, drawn,
                POLICY, new Random(7), START);
    }

    /** The places (as shown) of the stored option indexes. */
    static Set<Integer> shown(Attempt attempt, int position, Set<Integer> stored) {
        AttemptQuestion q = attempt.questions().get(position - 1);
        return Set.copyOf(stored.stream().map(q::shownIndex).toList());
    }

    @Test
    void scoresTheAnswersAgainstTheVersionsGivenThroughTheShuffle() {
        QuestionVersion single = question(QuestionKind.SINGLE_CHOICE, List.of("a", "b", "c", "d"), Set.of(2));
        QuestionVersion multiple = question(QuestionKind.MULTIPLE_CHOICE, List.of("a", "b", "c", "d", "e"), Set.of(0, 3));
        QuestionVersion trueFalse = question(QuestionKind.TRUE_FALSE, List.of("True", "False"), Set.of(1));
        QuestionVersion other = question(QuestionKind.SINGLE_CHOICE, List.of("x", "y"), Set.of(0));
        Attempt attempt = start(List.of(single, multiple, trueFalse, other));
        assertThat(attempt.questions().get(2).optionOrder()).as("true/false keeps its order").containsExactly(0, 1);

        Map<Integer, Set<Integer>> answers = Map.of(
                1, shown(attempt, 1, Set.of(2)),
                2, shown(attempt, 2, Set.of(0)),          // one of two correct options: wrong
                3, shown(attempt, 3, Set.of(1)),
                4, shown(attempt, 4, Set.of(0)));
        attempt.submit(AGENT, answers, (id, v) -> bank.get(id), POLICY, START.plus(Duration.ofMinutes(5)));

        assertThat(attempt.scorePercent()).isEqualTo(75);
        assertThat(attempt.passed()).isTrue();
        assertThat(attempt.questions()).extracting(AttemptQuestion::correct).containsExactly(true, false, true, true);
        assertThat(attempt.questions().get(1).answer()).containsExactly(0);
    }

    @Test
    void belowThePassMarkDoesNotPass() {
        QuestionVersion a = question(QuestionKind.SINGLE_CHOICE, List.of("a", "b"), Set.of(0));
        QuestionVersion b = question(QuestionKind.SINGLE_CHOICE, List.of("a", "b"), Set.of(0));
        Attempt attempt = start(List.of(a, b));
        attempt.submit(AGENT, Map.of(1, shown(attempt, 1, Set.of(0))), (id, v) -> bank.get(id), POLICY, START);
        assertThat(attempt.scorePercent()).isEqualTo(50);
        assertThat(attempt.passed()).isFalse();
    }

    @Test
    void someoneElsesClosedOrLateAttemptIsRefusedAndUnchanged() {
        QuestionVersion a = question(QuestionKind.SINGLE_CHOICE, List.of("a", "b"), Set.of(0));
        Attempt attempt = start(List.of(a));
        Map<Integer, Set<Integer>> answers = Map.of(1, shown(attempt, 1, Set.of(0)));

        assertThatThrownBy(() -> attempt.submit(UUID.randomUUID(), answers, (id, v) -> bank.get(id), POLICY, START))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attempt.submit(AGENT, answers, (id, v) -> bank.get(id), POLICY, START.plus(Duration.ofMinutes(21))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("time limit");
        assertThatThrownBy(() -> attempt.submit(AGENT, Map.of(2, Set.of(0)), (id, v) -> bank.get(id), POLICY, START))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("answers.2");
        assertThatThrownBy(() -> attempt.submit(AGENT, Map.of(1, Set.of(5)), (id, v) -> bank.get(id), POLICY, START))
                .isInstanceOf(InvalidInputException.class);
        assertThat(attempt.isSubmitted()).isFalse();
        assertThat(attempt.questions().get(0).answer()).isNull();

        attempt.submit(AGENT, answers, (id, v) -> bank.get(id), POLICY, START.plus(Duration.ofMinutes(20)));
        assertThat(attempt.scorePercent()).isEqualTo(100);
        assertThatThrownBy(() -> attempt.submit(AGENT, Map.of(), (id, v) -> bank.get(id), POLICY, START.plus(Duration.ofMinutes(20))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("submitted");
        assertThat(attempt.scorePercent()).isEqualTo(100);
    }
}
