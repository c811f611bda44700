package dev.launchdesk.training.catalog;

import java.util.ArrayList;
import java.util.List;

import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.InvalidInputException.FieldProblem;
import dev.launchdesk.shared.UserTexts;

/**
 * The module form of the trainer's pages as the browser sends it: numbers as typed (a non-number is named on the form,
 * not a 500), the shuffle checkbox absent when unticked.
 */
public record ModulePageForm(String sopKey, String market, String title, String notes, List<String> sections, String validityMonths,
                      String questionsPerSection, String passMarkPercent, String attemptsAllowed, String timeLimitMinutes, String shuffle) {

    static ModulePageForm blank(String sopKey, String market) {
        QuizPolicy d = QuizPolicy.DEFAULT;
        return new ModulePageForm(sopKey, market, "", "", List.of(), String.valueOf(ModuleForm.DEFAULT_VALIDITY_MONTHS),
                String.valueOf(d.questionsPerSection()), String.valueOf(d.passMarkPercent()), String.valueOf(d.attemptsAllowed()),
                String.valueOf(d.timeLimitMinutes()), String.valueOf(d.shuffle()));
    }

    static ModulePageForm of(TrainingModule m) {
        QuizPolicy p = m.policy();
        return new ModulePageForm(m.sopKey(), m.marketCode(), m.title(), m.notes(), m.anchors(), String.valueOf(m.validityMonths()),
                String.valueOf(p.questionsPerSection()), String.valueOf(p.passMarkPercent()), String.valueOf(p.attemptsAllowed()),
                String.valueOf(p.timeLimitMinutes()), String.valueOf(p.shuffle()));
    }

    /** Whether a section is ticked (for the checkboxes). */
    public boolean links(String anchor) {
        return sections != null && sections.contains(anchor);
    }

    public boolean shuffled() {
        return "true".equals(shuffle) || "on".equals(shuffle);
    }

    ModuleForm form() {
        List<FieldProblem> problems = new ArrayList<>();
        Integer validity = number(problems, "validityMonths", validityMonths);
        Integer perSection = number(problems, "questionsPerSection", questionsPerSection);
        Integer passMark = number(problems, "passMarkPercent", passMarkPercent);
        Integer attempts = number(problems, "attemptsAllowed", attemptsAllowed);
        Integer minutes = number(problems, "timeLimitMinutes", timeLimitMinutes);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ModuleForm(sopKey, market, title, notes, sections == null ? List.of() : sections, validity, perSection, passMark, attempts,
                minutes, shuffled());
    }

    private static Integer number(List<FieldProblem> problems, String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, UserTexts.of("problem.training.form.whole-number", typed.trim())));
            return null;
        }
    }
}
