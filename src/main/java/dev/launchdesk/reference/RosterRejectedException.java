package dev.launchdesk.reference;

import java.util.List;

/** A roster file that was rejected as a whole; nothing of it was written. */
public class RosterRejectedException extends RuntimeException {

    /** One problem: the spreadsheet row (header = 1; 0 for the file as a whole), the column, and what is wrong. */
    public record RowProblem(int row, String column, String message) {
    }

    private final List<RowProblem> problems;

    public RosterRejectedException(List<RowProblem> problems) {
        super("The roster file was rejected: " + problems.size() + " problem(s); nothing was imported");
        this.problems = List.copyOf(problems);
    }

    static RosterRejectedException ofFile(String message) {
        return new RosterRejectedException(List.of(new RowProblem(0, "", message)));
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
