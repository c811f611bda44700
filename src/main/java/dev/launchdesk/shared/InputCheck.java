package dev.launchdesk.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every rule a piece of input breaks, so the user hears of all of them at once. Messages come from the bundle
 * ({@link UserTexts}).
 */
public final class InputCheck {

    private final List<InvalidInputException.FieldProblem> problems = new ArrayList<>();

    public InputCheck require(boolean condition, String field, String message) {
        if (!condition) {
            problems.add(new InvalidInputException.FieldProblem(field, message));
        }
        return this;
    }

    public InputCheck add(String field, String message) {
        return require(false, field, message);
    }

    /** An update must carry the version the client read: a change saved since then is refused (409), never overwritten. */
    public InputCheck requireVersion(Integer version) {
        return require(version != null, "version", UserTexts.of("problem.shared.version.required"));
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
