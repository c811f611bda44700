package dev.launchdesk.training.quiz;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A question as an attempt was given it: at its version, with its options in the order shown ({@code optionOrder}
 * holds, for each place shown, the index of the option in the question version). After submission: the options chosen
 * (indexes of the question version) and whether that was right.
 */
public record AttemptQuestion(int position, UUID questionId, int questionVersion, List<Integer> optionOrder, Set<Integer> answer,
                              Boolean correct) {

    public AttemptQuestion {
        optionOrder = List.copyOf(optionOrder);
        answer = answer == null ? null : Set.copyOf(answer);
    }

    /** The option of the question version shown at a place. */
    int storedIndex(int shownIndex) {
        return optionOrder.get(shownIndex);
    }

    /** The place an option of the question version was shown at. */
    int shownIndex(int storedIndex) {
        return optionOrder.indexOf(storedIndex);
    }

    AttemptQuestion answered(Set<Integer> chosen, boolean right) {
        return new AttemptQuestion(position, questionId, questionVersion, optionOrder, chosen, right);
    }
}
