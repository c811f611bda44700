package dev.launchdesk.training.catalog;

import java.util.ArrayList;
import java.util.List;

import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.InvalidInputException.FieldProblem;

/**
 * A new module: the SOP (key) as in force in the market, the anchors of its sections in reading order, and the quiz
 * policy (absent values take {@link QuizPolicy#DEFAULT}) and validity (12 months unless given).
 */
@org.springframework.modulith.NamedInterface("catalog")
public record ModuleForm(String sopKey, String market, String title, String notes, List<String> sections, Integer validityMonths,
                         Integer questionsPerSection, Integer passMarkPercent, Integer attemptsAllowed, Integer timeLimitMinutes,
                         Boolean shuffle) {

    static final int DEFAULT_VALIDITY_MONTHS = 12;

    void check() {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(sopKey)) {
            problems.add(new FieldProblem("sopKey", "is required"));
        }
        if (blank(market)) {
            problems.add(new FieldProblem("market", "is required"));
        }
        if (blank(title) || title.length() > 200) {
            problems.add(new FieldProblem("title", "is required, at most 200 characters"));
        }
        if (notes != null && notes.length() > 8000) {
            problems.add(new FieldProblem("notes", "must be at most 8000 characters"));
        }
        if (sections == null || sections.isEmpty()) {
            problems.add(new FieldProblem("sections", "name at least one section of the SOP by its anchor"));
        } else if (sections.stream().distinct().count() < sections.size()) {
            problems.add(new FieldProblem("sections", "name each section once"));
        }
        if (validityMonths != null && (validityMonths < 1 || validityMonths > 60)) {
            problems.add(new FieldProblem("validityMonths", "must be from 1 to 60, not " + validityMonths));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    QuizPolicy policy() {
        QuizPolicy d = QuizPolicy.DEFAULT;
        return new QuizPolicy(or(questionsPerSection, d.questionsPerSection()), or(passMarkPercent, d.passMarkPercent()),
                or(attemptsAllowed, d.attemptsAllowed()), or(timeLimitMinutes, d.timeLimitMinutes()), shuffle == null ? d.shuffle() : shuffle);
    }

    int validity() {
        return validityMonths == null ? DEFAULT_VALIDITY_MONTHS : validityMonths;
    }

    private static int or(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
