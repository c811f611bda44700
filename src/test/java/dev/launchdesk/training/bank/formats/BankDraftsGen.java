package dev.launchdesk.training.bank.formats;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import dev.launchdesk.training.bank.formats.QuestionDraft.Option;

/**
 * Generated question banks for the round-trip properties: valid questions of every type in one language, whose texts
 * mix Latin, Thai and Indonesian words with every GIFT control character, backslashes, percent signs, format markers
 * and new lines. Texts are as a reader leaves them: without surrounding blanks, and without carriage returns.
 */
final class BankDraftsGen {

    private static final String[] PIECES = {"a", "Refund", "15", "hari", "barang", "คืนเงิน", "สินค้า", "ภายใน", " ", " ", "~", "=", "#",
            "{", "}", ":", "::", "\\", "\\n", "%", "%50%", "->", "[html]", "[markdown]", "<b>", "&amp;", "//", "\n", "\t", "?", "'", "\"", "é"};
    private static final String[] SOP_KEYS = {"SPS-RFD-001", "SPS-LOG-002"};
    private static final String[] ANCHORS = {"refund-window", "ระยะเวลาคืนเงิน", "bukti-foto"};
    private static final String[] LANGUAGES = {"en", "th", "id", "ms"};

    private BankDraftsGen() {
    }

    record Bank(String language, List<QuestionDraft> questions) {
    }

    static Gen<Bank> banks() {
        return Generate.pick(List.of(LANGUAGES)).flatMap(language -> lists().of(question(language)).ofSizeBetween(1, 6)
                .map(questions -> new Bank(language, questions)));
    }

    /** Texts as they appear in a sheet cell: none starts with an apostrophe (the mark SpreadsheetCsv takes off again). */
    static Gen<Bank> sheetBanks() {
        return banks().map(bank -> new Bank(bank.language(), bank.questions().stream().map(BankDraftsGen::sheetSafe).toList()));
    }

    private static QuestionDraft sheetSafe(QuestionDraft q) {
        List<Option> options = q.options().stream().map(o -> new Option(q.type() == QuestionType.TRUE_FALSE ? o.text() : safe(o.text()),
                o.correct(), safe(o.feedback()))).toList();
        return new QuestionDraft(q.sopKey(), q.sectionAnchor(), q.type(), safe(q.text()), options, safe(q.explanation()), q.language(),
                safe(q.title()));
    }

    private static String safe(String text) {
        return text != null && text.startsWith("'") ? "x" + text : text;
    }

    static Gen<QuestionDraft> question(String language) {
        Gen<String> sopKey = Generate.pick(List.of(SOP_KEYS));
        Gen<String> anchor = Generate.pick(List.of(ANCHORS));
        Gen<QuestionType> type = Generate.enumValues(QuestionType.class);
        return sopKey.zip(anchor, type, text(), (k, a, t, x) -> new Object[] {k, a, t, x})
                .zip(optionalText(), text(), options(), (head, title, explanation, options) -> draft(head, title, explanation, options, language));
    }

    private static QuestionDraft draft(Object[] head, String title, String explanation, Choices choices, String language) {
        String sopKey = (String) head[0];
        String anchor = (String) head[1];
        QuestionType type = (QuestionType) head[2];
        String text = (String) head[3];
        if (type == QuestionType.TRUE_FALSE) {
            return QuestionDraft.trueFalse(sopKey, anchor, text, choices.correct().get(0), choices.feedback().get(0), choices.feedback().get(1),
                    explanation, language, title);
        }
        List<Option> options = new ArrayList<>();
        int right = choices.firstRight();
        for (int i = 0; i < choices.texts().size(); i++) {
            boolean correct = type == QuestionType.SINGLE_CHOICE ? i == right : choices.correct().get(i) || i == right;
            options.add(new Option(choices.texts().get(i), correct, choices.feedback().get(i)));
        }
        return new QuestionDraft(sopKey, anchor, type, text, options, explanation, language, title);
    }

    record Choices(List<String> texts, List<Boolean> correct, List<String> feedback, int firstRight) {
    }

    private static Gen<Choices> options() {
        return integers().between(2, QuestionDraft.MAX_OPTIONS).flatMap(n -> lists().of(text()).ofSize(n)
                .zip(lists().of(Generate.booleans()).ofSize(n), lists().of(optionalText()).ofSize(n), integers().between(0, n - 1), Choices::new));
    }

    static Gen<String> optionalText() {
        return Generate.booleans().zip(text(), (present, text) -> present ? text : null);
    }

    static Gen<String> text() {
        return lists().of(Generate.pick(List.of(PIECES))).ofSizeBetween(1, 12).map(pieces -> {
            String text = String.join("", pieces).strip();
            return text.isEmpty() ? "x" : text;
        });
    }
}
