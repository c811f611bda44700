package dev.launchdesk.training.bank;

import java.util.List;

/**
 * A question as a trainer writes it: the SOP (key) and its section by anchor (checked against the SOP in force in the
 * market, or the master when no market is given), and the question itself.
 */
@org.springframework.modulith.NamedInterface("bank")
public record QuestionForm(String sopKey, String market, String section, QuestionKind kind, String prompt, List<String> options,
                           List<Integer> correct, String explanation) {
}
