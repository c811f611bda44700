package dev.launchdesk.training.bank.formats;

import java.util.List;

/**
 * What a reader made of a bank file: every question it could read (also those with problems, for a preview) and every
 * problem, in file order. The file may be stored only when there is no problem at all: {@link #acceptedQuestions()}.
 */
public record BankReading(List<QuestionDraft> questions, List<BankProblem> problems) {

    public BankReading {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    /** The questions of a file without problems; otherwise every problem, and nothing is half-read. */
    public List<QuestionDraft> acceptedQuestions() {
        if (!accepted()) {
            throw new QuestionBankRejectedException(problems);
        }
        return questions;
    }
}
