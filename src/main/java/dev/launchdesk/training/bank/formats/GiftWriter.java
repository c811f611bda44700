package dev.launchdesk.training.bank.formats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Writes questions as GIFT that Moodle imports and {@link GiftReader} reads back to the same questions: a
 * {@code $CATEGORY: <SOP key>/<section anchor>} line whenever the section changes, then per question its title, the
 * text marked {@code [markdown]}, one answer per line, and the explanation as general feedback ({@code ####}). Several
 * right answers are written as equal positive weights ({@code %50%}, {@code %33.33333%}, the fractions Moodle knows)
 * and the wrong ones as {@code %-100%}, so that choosing everything earns nothing in Moodle either. The language is not
 * part of GIFT: a file holds the questions of one language, given again when it is read.
 */
public final class GiftWriter {

    private GiftWriter() {
    }

    public static String write(List<QuestionDraft> questions) {
        StringBuilder out = new StringBuilder();
        String section = null;
        for (QuestionDraft question : questions) {
            String category = category(question);
            if (!Objects.equals(category, section)) {
                out.append("$CATEGORY: ").append(category).append("\n\n");
                section = category;
            }
            question(out, question);
            out.append('\n');
        }
        return out.toString();
    }

    private static String category(QuestionDraft question) {
        for (String segment : new String[] {question.sopKey(), question.sectionAnchor()}) {
            if (segment == null || segment.isBlank() || segment.contains("/") || !segment.equals(segment.strip()) || segment.contains("\n")) {
                throw new IllegalArgumentException("a GIFT category needs an SOP key and a section anchor without '/': " + segment);
            }
        }
        return question.sopKey() + "/" + question.sectionAnchor();
    }

    private static void question(StringBuilder out, QuestionDraft question) {
        if (question.title() != null) {
            out.append("::").append(GiftText.escape(question.title())).append("::");
        }
        out.append("[markdown]").append(GiftText.escape(question.text())).append(" {\n");
        if (question.type() == QuestionType.TRUE_FALSE) {
            trueFalse(out, question);
        } else {
            choices(out, question);
        }
        if (!question.explanation().isBlank()) {
            out.append("\t####").append(part(question.explanation())).append('\n');
        }
        out.append("}\n");
    }

    private static void trueFalse(StringBuilder out, QuestionDraft question) {
        boolean isTrue = question.statementIsTrue();
        QuestionDraft.Option right = question.options().get(isTrue ? 0 : 1);
        QuestionDraft.Option wrong = question.options().get(isTrue ? 1 : 0);
        out.append('\t').append(isTrue ? "TRUE" : "FALSE");
        if (wrong.feedback() != null || right.feedback() != null) {
            out.append('#').append(wrong.feedback() == null ? "" : part(wrong.feedback()));
            if (right.feedback() != null) {
                out.append('#').append(part(right.feedback()));
            }
        }
        out.append('\n');
    }

    private static void choices(StringBuilder out, QuestionDraft question) {
        boolean multiple = question.type() == QuestionType.MULTIPLE_CHOICE;
        String share = weight(question.correctIndexes().size());
        for (QuestionDraft.Option option : question.options()) {
            out.append('\t');
            if (multiple) {
                out.append('~').append(option.correct() ? "%" + share + "%" : "%-100%");
            } else if (option.correct()) {
                out.append('=').append(option.text().startsWith("%") ? "%100%" : "");
            } else {
                out.append('~').append(option.text().startsWith("%") ? "%0%" : "");
            }
            out.append(part(option.text()));
            if (option.feedback() != null) {
                out.append('#').append(part(option.feedback()));
            }
            out.append('\n');
        }
    }

    /** An answer or feedback: escaped, and marked Markdown when it would otherwise be read as naming a format. */
    private static String part(String text) {
        String escaped = GiftText.escape(text);
        return GiftFormat.looksNamed(text) ? "[markdown]" + escaped : escaped;
    }

    /** 100 / n with at most 5 decimals, as Moodle writes its fractions (50, 33.33333, 16.66667). */
    static String weight(int correct) {
        if (correct == 0) {
            return "0";
        }
        return BigDecimal.valueOf(100).divide(BigDecimal.valueOf(correct), 5, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
