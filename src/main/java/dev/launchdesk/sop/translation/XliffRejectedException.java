package dev.launchdesk.sop.translation;

import java.util.List;
import java.util.stream.Collectors;

import dev.launchdesk.shared.UserTexts;

/** An XLIFF file that was not imported at all, with every problem found (imports are all-or-nothing). */
public class XliffRejectedException extends RuntimeException {

    private static final int PROBLEMS_IN_MESSAGE = 5;

    private final List<ImportProblem> problems;

    public XliffRejectedException(List<ImportProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    private static String describe(List<ImportProblem> problems) {
        String shown = problems.stream().limit(PROBLEMS_IN_MESSAGE).map(ImportProblem::toString).collect(Collectors.joining("; "));
        int more = problems.size() - PROBLEMS_IN_MESSAGE;
        return more > 0 ? UserTexts.of("problem.sop.xliff.rejected-and-more", shown, String.valueOf(more))
                : UserTexts.of("problem.sop.xliff.rejected", shown);
    }
}
