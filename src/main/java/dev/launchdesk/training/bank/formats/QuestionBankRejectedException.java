package dev.launchdesk.training.bank.formats;

import java.util.List;

import dev.launchdesk.shared.UserTexts;

/** A bank file that was rejected as a whole, with every problem found in it; nothing of it may be stored. */
public class QuestionBankRejectedException extends RuntimeException {

    private final transient List<BankProblem> problems;

    public QuestionBankRejectedException(List<BankProblem> problems) {
        super(UserTexts.of("problem.training.bank.rejected", String.valueOf(problems.size())));
        this.problems = List.copyOf(problems);
    }

    public List<BankProblem> problems() {
        return problems;
    }
}
