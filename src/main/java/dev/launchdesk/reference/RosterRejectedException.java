package dev.launchdesk.reference;

import java.util.List;

import dev.launchdesk.shared.UserTexts;

/** A roster file that was rejected as a whole; nothing of it was written. */
public class RosterRejectedException extends RuntimeException {

    /** One problem: the spreadsheet row (header = 1; 0 for the file as a whole), the column, and what is wrong. */
    public record RowProblem(int row, String column, String message) {
    }

    private final List<RowProblem> problems;

    public RosterRejectedException(List<RowProblem> problems) {
        super(UserTexts.of("problem.reference.roster.rejected", String.valueOf(problems.size())));
        this.problems = List.copyOf(problems);
    }

    static RosterRejectedException ofFile(String message) {
        return new RosterRejectedException(List.of(new RowProblem(0, "", message)));
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
