package dev.launchdesk.training.bank.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.launchdesk.shared.LanguageTags;
import dev.launchdesk.shared.UserTexts;

/**
 * A question as read from (or to be written to) a bank file, before the core checks that its SOP section exists: the
 * SOP (by key) and the section (by anchor) it is about, its type, its text (Markdown), the options in order, the
 * explanation shown after submission, its language (BCP 47) and an optional title.
 *
 * <p>A true/false question carries exactly the two options {@link Option#TRUE} and {@link Option#FALSE}, one of them
 * correct (the file formats name only the answer); its labels are shown in the agent's language by the page, not
 * taken from the option text. Blank title and feedback are {@code null}. {@link #violations()} names every rule the
 * question itself breaks; a reader returns a question only together with those problems.
 */
public record QuestionDraft(String sopKey, String sectionAnchor, QuestionType type, String text, List<Option> options,
                            String explanation, String language, String title) {

    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 6;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_OPTION = 500;
    public static final int MAX_FEEDBACK = 1000;
    public static final int MAX_EXPLANATION = 4000;
    public static final int MAX_TITLE = 200;
    public static final int MAX_SOP_KEY = 40;
    public static final int MAX_ANCHOR = 200;

    /** An option, whether it is correct, and the feedback shown when it was chosen ({@code null} for none). */
    public record Option(String text, boolean correct, String feedback) {

        /** The text of a true/false question's first option. */
        public static final String TRUE = "true";
        /** The text of a true/false question's second option. */
        public static final String FALSE = "false";

        public Option {
            feedback = blankToNull(feedback);
        }
    }

    /** A rule the question breaks: the field (as a sheet's column names it) and the text for people. */
    public record Violation(String field, String message) {
    }

    public QuestionDraft {
        options = options == null ? List.of() : List.copyOf(options);
        title = blankToNull(title);
        explanation = explanation == null ? "" : explanation;
    }

    /** A true/false question: the options {@code true} and {@code false} with the given feedback, one of them correct. */
    public static QuestionDraft trueFalse(String sopKey, String sectionAnchor, String text, boolean statementIsTrue, String feedbackOnTrue,
                                          String feedbackOnFalse, String explanation, String language, String title) {
        return new QuestionDraft(sopKey, sectionAnchor, QuestionType.TRUE_FALSE, text,
                List.of(new Option(Option.TRUE, statementIsTrue, feedbackOnTrue), new Option(Option.FALSE, !statementIsTrue, feedbackOnFalse)),
                explanation, language, title);
    }

    /** For a true/false question: whether the statement is true. */
    public boolean statementIsTrue() {
        return type == QuestionType.TRUE_FALSE && !options.isEmpty() && options.get(0).correct();
    }

    /** The texts of the options in order. */
    public List<String> optionTexts() {
        return options.stream().map(Option::text).toList();
    }

    /** The 0-based indexes of the correct options. */
    public List<Integer> correctIndexes() {
        List<Integer> correct = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) {
                correct.add(i);
            }
        }
        return List.copyOf(correct);
    }

    /** Every rule of the question's own that it breaks (none: the core may check its section and store it). */
    public List<Violation> violations() {
        List<Violation> problems = new ArrayList<>();
        required(problems, "sop_key", sopKey, MAX_SOP_KEY, "problem.training.bank.sopKeyRequired");
        required(problems, "section_anchor", sectionAnchor, MAX_ANCHOR, "problem.training.bank.anchorRequired");
        if (type == null) {
            problems.add(new Violation("type", UserTexts.of("problem.training.bank.typeRequired")));
        }
        required(problems, "question", text, MAX_TEXT, "problem.training.bank.textRequired");
        if (title != null && title.length() > MAX_TITLE) {
            problems.add(new Violation("title", UserTexts.of("problem.training.bank.titleTooLong", String.valueOf(MAX_TITLE))));
        }
        if (type == QuestionType.TRUE_FALSE) {
            checkTrueFalse(problems);
        } else if (type != null) {
            checkChoices(problems);
        }
        required(problems, "explanation", explanation, MAX_EXPLANATION, "problem.training.bank.explanationRequired");
        if (language == null || language.isBlank() || LanguageTags.problemIn(language).isPresent() || LanguageTags.parse(language).size() != 1) {
            problems.add(new Violation("language", UserTexts.of("problem.training.bank.language", language == null ? "" : language)));
        }
        return List.copyOf(problems);
    }

    private void checkTrueFalse(List<Violation> problems) {
        boolean shaped = options.size() == 2 && Option.TRUE.equals(options.get(0).text()) && Option.FALSE.equals(options.get(1).text())
                && options.get(0).correct() != options.get(1).correct();
        if (!shaped) {
            problems.add(new Violation("option_1", UserTexts.of("problem.training.bank.trueFalseOptions")));
        }
        checkFeedback(problems);
    }

    private void checkChoices(List<Violation> problems) {
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            problems.add(new Violation("option_1", UserTexts.of("problem.training.bank.optionCount", String.valueOf(options.size()))));
        }
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i).text();
            if (option == null || option.isBlank() || option.length() > MAX_OPTION) {
                problems.add(new Violation("option_" + (i + 1), UserTexts.of("problem.training.bank.optionText", String.valueOf(i + 1),
                        String.valueOf(MAX_OPTION))));
            }
        }
        long correct = options.stream().filter(Option::correct).count();
        if (type == QuestionType.SINGLE_CHOICE && correct != 1) {
            problems.add(new Violation("correct", UserTexts.of("problem.training.bank.singleNeedsOne", String.valueOf(correct))));
        }
        if (type == QuestionType.MULTIPLE_CHOICE && correct == 0) {
            problems.add(new Violation("correct", UserTexts.of("problem.training.bank.multipleNeedsOne")));
        }
        checkFeedback(problems);
    }

    private void checkFeedback(List<Violation> problems) {
        for (int i = 0; i < options.size(); i++) {
            String feedback = options.get(i).feedback();
            if (feedback != null && feedback.length() > MAX_FEEDBACK) {
                problems.add(new Violation("feedback_" + (i + 1), UserTexts.of("problem.training.bank.feedbackTooLong", String.valueOf(i + 1),
                        String.valueOf(MAX_FEEDBACK))));
            }
        }
    }

    private static void required(List<Violation> problems, String field, String value, int max, String key) {
        if (value == null || value.isBlank() || value.length() > max) {
            problems.add(new Violation(field, UserTexts.of(key, String.valueOf(max))));
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The same question in another section (e.g. when the core maps an imported category to a section). */
    public QuestionDraft inSection(String newSopKey, String newAnchor) {
        return new QuestionDraft(Objects.requireNonNull(newSopKey), Objects.requireNonNull(newAnchor), type, text, options, explanation,
                language, title);
    }
}
