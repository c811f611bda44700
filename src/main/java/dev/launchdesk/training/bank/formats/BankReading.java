package dev.launchdesk.training.bank.formats;

import java.util.List;

import dev.launchdesk.shared.UserTexts;

/**
 * What a reader made of a bank file: every question it could read (also those with problems, for a preview), where
 * each starts in the file, and every problem, in file order. The file may be stored only when there is no problem at
 * all: {@link #acceptedQuestions()}.
 */
public record BankReading(List<QuestionDraft> questions, List<BankProblem> problems, List<Place> places) {

    /** Where a question is in its file: the GIFT line it starts on and its label (title or first words), or the sheet row (label null). */
    public record Place(int line, String label) {
    }

    public BankReading {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
        places = List.copyOf(places);
        if (places.size() != questions.size()) {
            throw new IllegalArgumentException("one place per question: " + places.size() + " places, " + questions.size() + " questions");
        }
    }

    /** A reading that stopped before any question: problems of the file as a whole, or of its header. */
    static BankReading failed(List<BankProblem> problems) {
        return new BankReading(List.of(), problems, List.of());
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

    /**
     * A problem the core found with the question at {@code index} (its SOP section does not exist, say), placed and worded
     * as the reader words its own: line and label for GIFT, row and {@code column} for a sheet.
     */
    public BankProblem problemWith(int index, String column, String message) {
        Place place = places.get(index);
        if (place.label() != null) {
            return new BankProblem(place.line(), null, place.label(),
                    UserTexts.of("problem.training.bank.atLine", message, String.valueOf(place.line()), place.label()));
        }
        return BankSheet.problem(place.line(), column, message);
    }
}
