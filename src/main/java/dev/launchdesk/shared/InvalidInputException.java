package dev.launchdesk.shared;

import java.util.List;

/**
 * Input that breaks a rule; names each offending field so pages and the API can point at it. Each message is a text from
 * the bundle in the request's language, {@code UserTexts.of("problem.<module>.<subject>.<rule>", ...)} (see {@link UserTexts}).
 */
public class InvalidInputException extends RuntimeException {

    public record FieldProblem(String field, String message) {
    }

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String describe(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse("");
    }
}
