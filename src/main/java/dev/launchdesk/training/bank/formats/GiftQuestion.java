package dev.launchdesk.training.bank.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One GIFT question taken apart: its title, text and answer block, told apart by type as Moodle's importer does. The
 * result is either the parts of a supported question ({@link #draft}) or the message key of why it is refused.
 */
final class GiftQuestion {

    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:[.,]\\d+)?)%");
    private static final int LABEL_LENGTH = 40;

    private String title;
    private String label;
    private GiftFormat format = GiftFormat.MOODLE;
    private String text;
    private QuestionType type;
    private final List<QuestionDraft.Option> options = new ArrayList<>();
    private String explanation;
    private String refusal;
    private boolean textAfterAnswers;
    private String refusalArgument = "";

    static GiftQuestion parse(GiftText whole) {
        GiftQuestion question = new GiftQuestion();
        question.read(whole.trim());
        return question;
    }

    private void read(GiftText whole) {
        GiftText rest = whole;
        if (rest.startsWithControl("::")) {
            int end = rest.find("::", 2);
            if (end < 0) {
                label = shortened(rest.toString());
                refuse("problem.training.bank.gift.titleNotClosed");
                return;
            }
            title = rest.part(2, end).toString().trim();
            rest = rest.from(end + 2).trim();
        }
        int open = rest.find('{', 0);
        int close = open < 0 ? -1 : rest.find('}', open + 1);
        label = title != null && !title.isEmpty() ? "::" + title + "::" : "\"" + shortened((open < 0 ? rest : rest.part(0, open)).toString()) + "\"";
        if (open < 0) {
            refuse("problem.training.bank.gift.description");
            return;
        }
        if (close < 0) {
            refuse("problem.training.bank.gift.notClosed");
            return;
        }
        if (rest.find('{', close + 1) >= 0 || rest.find('}', close + 1) >= 0 || rest.find('{', open + 1) >= 0 && rest.find('{', open + 1) < close) {
            refuse("problem.training.bank.gift.twoAnswerBlocks");
            return;
        }
        textAfterAnswers = !rest.from(close + 1).isBlank();
        GiftFormat.Formatted question = GiftFormat.MOODLE.read(rest.part(0, open));
        format = question.format();
        text = question.text();
        answers(rest.part(open + 1, close).trim());
    }

    private void answers(GiftText block) {
        GiftText answers = block;
        int general = block.find("####", 0);
        if (general >= 0) {
            explanation = format.read(block.from(general + 4)).text();
            answers = block.part(0, general).trim();
        }
        if (answers.isBlank()) {
            refuse("problem.training.bank.gift.essay");
        } else if (answers.startsWithControl("#")) {
            refuse("problem.training.bank.gift.numeric");
        } else if (answers.has("~")) {
            if (!missingWord()) {
                choices(answers);
            }
        } else if (answers.has("=") && answers.has("->")) {
            refuse("problem.training.bank.gift.matching");
        } else if (!trueFalse(answers)) {
            refuse("problem.training.bank.gift.shortAnswer");
        } else {
            missingWord();
        }
    }

    /** Answers in the middle of the text make a missing-word question, which LaunchDesk does not have. */
    private boolean missingWord() {
        if (textAfterAnswers) {
            refuse("problem.training.bank.gift.missingWord");
        }
        return textAfterAnswers;
    }

    private boolean trueFalse(GiftText answers) {
        int hash = answers.find('#', 0);
        String answer = (hash < 0 ? answers : answers.part(0, hash)).toString().trim().toUpperCase(Locale.ROOT);
        boolean isTrue = answer.equals("T") || answer.equals("TRUE");
        if (!isTrue && !answer.equals("F") && !answer.equals("FALSE")) {
            return false;
        }
        String wrong = null;
        String right = null;
        if (hash >= 0) {
            GiftText feedback = answers.from(hash + 1);
            int second = feedback.find('#', 0);
            wrong = format.read(second < 0 ? feedback : feedback.part(0, second)).text();
            right = second < 0 ? null : format.read(feedback.from(second + 1)).text();
        }
        type = QuestionType.TRUE_FALSE;
        options.add(new QuestionDraft.Option(QuestionDraft.Option.TRUE, isTrue, isTrue ? right : wrong));
        options.add(new QuestionDraft.Option(QuestionDraft.Option.FALSE, !isTrue, isTrue ? wrong : right));
        return true;
    }

    private void choices(GiftText answers) {
        List<GiftText> items = new ArrayList<>();
        int start = nextMarker(answers, 0);
        if (start != 0) {
            refuse("problem.training.bank.gift.textBeforeAnswers");
            return;
        }
        while (start >= 0) {
            int next = nextMarker(answers, start + 1);
            items.add(answers.part(start, next < 0 ? answers.length() : next).trim());
            start = next;
        }
        boolean single = items.stream().anyMatch(item -> item.startsWithControl("="));
        type = single ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE;
        for (GiftText item : items) {
            if (!option(item, single)) {
                return;
            }
        }
    }

    private boolean option(GiftText item, boolean single) {
        boolean equals = item.startsWithControl("=");
        GiftText body = item.from(1).trim();
        Double weight = null;
        Matcher percent = WEIGHT.matcher(body.toString());
        if (percent.find()) {
            weight = Double.parseDouble(percent.group(1).replace(',', '.'));
            body = body.from(percent.end()).trim();
        }
        boolean correct = single ? (equals && (weight == null || weight >= 100)) || (!equals && weight != null && weight >= 100)
                : weight != null && weight > 0;
        if (single && weight != null && weight > 0 && weight < 100) {
            refusalArgument = percent.group(1);
            refuse("problem.training.bank.gift.partialCredit");
            return false;
        }
        int hash = body.find('#', 0);
        String optionText = format.read(hash < 0 ? body : body.part(0, hash)).text();
        String feedback = hash < 0 ? null : format.read(body.from(hash + 1)).text();
        options.add(new QuestionDraft.Option(optionText, correct, feedback));
        return true;
    }

    private static int nextMarker(GiftText answers, int from) {
        int tilde = answers.find('~', from);
        int equals = answers.find('=', from);
        if (tilde < 0) {
            return equals;
        }
        return equals < 0 ? tilde : Math.min(tilde, equals);
    }

    private void refuse(String key) {
        refusal = key;
    }

    String refusal() {
        return refusal;
    }

    String refusalArgument() {
        return refusalArgument;
    }

    /** The title as {@code ::title::}, or the start of the text in quotes, to name the question in a problem. */
    String label() {
        return label;
    }

    QuestionDraft draft(String sopKey, String anchor, String language) {
        return new QuestionDraft(sopKey, anchor, type, text, options, explanation, language, title);
    }

    private static String shortened(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= LABEL_LENGTH ? oneLine : oneLine.substring(0, LABEL_LENGTH) + "…";
    }
}
