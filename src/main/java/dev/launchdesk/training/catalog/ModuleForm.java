package dev.launchdesk.training.catalog;

import java.util.ArrayList;
import java.util.List;

import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.InvalidInputException.FieldProblem;
import dev.launchdesk.shared.UserTexts;

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
            problems.add(new FieldProblem("sopKey", UserTexts.of("problem.training.module.sop-key-required")));
        }
        if (blank(market)) {
            problems.add(new FieldProblem("market", UserTexts.of("problem.training.module.market-required")));
        }
        if (blank(title) || title.length() > 200) {
            problems.add(new FieldProblem("title", UserTexts.of("problem.training.module.title", "200")));
        }
        if (notes != null && notes.length() > 8000) {
            problems.add(new FieldProblem("notes", UserTexts.of("problem.training.module.notes", "8000")));
        }
        if (sections == null || sections.isEmpty()) {
            problems.add(new FieldProblem("sections", UserTexts.of("problem.training.module.sections-required")));
        } else if (sections.stream().distinct().count() < sections.size()) {
            problems.add(new FieldProblem("sections", UserTexts.of("problem.training.module.sections-twice")));
        }
        if (validityMonths != null && (validityMonths < 1 || validityMonths > 60)) {
            problems.add(new FieldProblem("validityMonths", UserTexts.of("problem.training.module.validity-months", "1", "60", String.valueOf(validityMonths))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The same form for a module's own SOP and market (a change keeps them). */
    ModuleForm of(String moduleSopKey, String moduleMarket) {
        return new ModuleForm(moduleSopKey, moduleMarket, title, notes, sections, validityMonths, questionsPerSection, passMarkPercent,
                attemptsAllowed, timeLimitMinutes, shuffle);
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
