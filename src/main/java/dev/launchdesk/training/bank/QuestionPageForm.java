package dev.launchdesk.training.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;

/**
 * The question form of the bank page as the browser sends it: the kind, the text, up to six option fields with a
 * "correct" checkbox each (their indexes), for true/false the statement's truth instead of options, the explanation.
 */
public record QuestionPageForm(String sopKey, String section, String kind, String prompt, List<String> options, List<String> correct,
                               String statement, String explanation) {

    static QuestionPageForm blank(String sopKey, String section) {
        return new QuestionPageForm(sopKey, section, QuestionKind.SINGLE_CHOICE.name(), "", blankOptions(List.of()), List.of(), "true", "");
    }

    static QuestionPageForm of(Question question, QuestionVersion v) {
        boolean trueFalse = v.kind() == QuestionKind.TRUE_FALSE;
        return new QuestionPageForm(question.sopKey(), question.sectionAnchor(), v.kind().name(), v.prompt(),
                blankOptions(trueFalse ? List.of() : v.options()), v.correct().stream().sorted().map(String::valueOf).toList(),
                String.valueOf(!trueFalse || v.correct().contains(0)), v.explanation());
    }

    /** The option fields: the options given, then empty ones up to six. */
    private static List<String> blankOptions(List<String> given) {
        List<String> fields = new ArrayList<>(given);
        while (fields.size() < QuestionVersion.MAX_OPTIONS) {
            fields.add("");
        }
        return fields;
    }

    public boolean isCorrect(int index) {
        return correct != null && correct.contains(String.valueOf(index));
    }

    public String option(int index) {
        return options != null && index < options.size() && options.get(index) != null ? options.get(index) : "";
    }

    QuestionForm form() {
        QuestionKind chosen = chosenKind();
        if (chosen == QuestionKind.TRUE_FALSE) {
            return new QuestionForm(sopKey, null, section, chosen, prompt, List.of(QuestionBankFiles.TRUE, QuestionBankFiles.FALSE),
                    List.of("false".equals(statement) ? 1 : 0), explanation);
        }
        List<String> filled = new ArrayList<>(options == null ? List.of() : options.stream().map(o -> o == null ? "" : o).toList());
        while (!filled.isEmpty() && filled.get(filled.size() - 1).isBlank()) {
            filled.remove(filled.size() - 1);
        }
        List<Integer> indexes = new ArrayList<>();
        for (String index : correct == null ? List.<String>of() : correct) {
            try {
                indexes.add(Integer.valueOf(index.trim()));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("correct", UserTexts.of("problem.training.form.whole-number", index));
            }
        }
        return new QuestionForm(sopKey, null, section, chosen, prompt, filled, indexes, explanation);
    }

    private QuestionKind chosenKind() {
        try {
            return kind == null || kind.isBlank() ? null : QuestionKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("kind", UserTexts.of("problem.training.question.kind-required"));
        }
    }
}
