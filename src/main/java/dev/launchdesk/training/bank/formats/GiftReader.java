package dev.launchdesk.training.bank.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.launchdesk.shared.UserTexts;

/**
 * Reads a question bank in Moodle's GIFT format (docs.moodle.org/en/GIFT_format), the subset that maps to
 * LaunchDesk's question types: multiple choice with one right answer ({@code {=right ~wrong}}), multiple choice with
 * several right answers (no {@code =}, weights {@code ~%50%a ~%50%b ~%-100%c}: an option is correct when its weight is
 * positive), true/false ({@code {T}}, {@code {TRUE}}, {@code {F}}, {@code {FALSE}}, feedback {@code {T#wrong#right}}),
 * titles {@code ::title::}, line comments {@code //}, per-answer feedback {@code #...}, general feedback
 * {@code ####...} (the explanation), the escapes {@code \~ \= \# \{ \} \: \\ \n}, categories {@code $CATEGORY:}
 * (the SOP section, see {@link CategoryMapping}) and the text formats {@code [markdown]}, {@code [html]} (turned into
 * Markdown), {@code [plain]} and {@code [moodle]}.
 *
 * <p>The question types are told apart as Moodle's own importer does (question/format/gift/format.php): no answer
 * block is a description, an empty one an essay, {@code #} first a numeric question, a {@code ~} a multiple choice,
 * {@code =} with {@code ->} a matching question, T/F a true/false question, anything else a short answer, and text
 * after the closing brace makes a missing-word question. Everything but multiple choice and true/false is refused with
 * the line and the question's title. Partial credit in a question with one right answer ({@code ~%25%...}) is refused
 * too: LaunchDesk scores a question right or wrong.
 */
public final class GiftReader {

    /** Most questions one file may hold. */
    public static final int MAX_QUESTIONS = 10_000;

    private final BankDefaults defaults;
    private final List<QuestionDraft> questions = new ArrayList<>();
    private final List<BankProblem> problems = new ArrayList<>();
    private final List<BankReading.Place> places = new ArrayList<>();
    private String category;

    private GiftReader(BankDefaults defaults) {
        this.defaults = defaults;
    }

    /** Reads a whole GIFT text (a byte-order mark at the start is ignored). */
    public static BankReading read(String gift, BankDefaults defaults) {
        GiftReader reader = new GiftReader(defaults);
        for (GiftBlock block : GiftBlock.split(gift)) {
            if (reader.questions.size() + reader.problems.size() > MAX_QUESTIONS) {
                reader.problems.add(new BankProblem(0, null, null, UserTexts.of("problem.training.bank.tooMany", String.valueOf(MAX_QUESTIONS))));
                break;
            }
            reader.block(block);
        }
        if (reader.questions.isEmpty() && reader.problems.isEmpty()) {
            reader.problems.add(new BankProblem(0, null, null, UserTexts.of("problem.training.bank.empty")));
        }
        return new BankReading(reader.questions, reader.problems, reader.places);
    }

    /** Reads a GIFT file as uploaded: UTF-8 (Moodle's encoding), anything else is a problem of the file. */
    public static BankReading read(byte[] content, BankDefaults defaults) {
        Optional<String> text = BankFiles.utf8(content);
        if (text.isEmpty()) {
            return BankReading.failed(List.of(new BankProblem(0, null, null, UserTexts.of("problem.training.bank.notUtf8"))));
        }
        return read(text.get(), defaults);
    }

    private void block(GiftBlock block) {
        GiftBlock question = block;
        if (block.firstLine().strip().startsWith("$CATEGORY:")) {
            category = block.firstLine().strip().substring("$CATEGORY:".length()).trim();
            question = block.withoutFirstLine();
            if (question == null) {
                return;
            }
        }
        GiftQuestion parsed = GiftQuestion.parse(GiftText.of(question.text()));
        String label = parsed.label();
        if (parsed.refusal() != null) {
            problems.add(at(question.line(), label, UserTexts.of(parsed.refusal(), parsed.refusalArgument())));
            return;
        }
        Optional<CategoryMapping.Section> section = section(question.line(), label);
        String sopKey = section.map(CategoryMapping.Section::sopKey).orElse(null);
        String anchor = section.map(CategoryMapping.Section::anchor).orElse(null);
        QuestionDraft draft = parsed.draft(sopKey, anchor, BankFiles.language(defaults.language()));
        questions.add(draft);
        places.add(new BankReading.Place(question.line(), label));
        for (QuestionDraft.Violation violation : draft.violations()) {
            if (section.isPresent() || !violation.field().equals("sop_key") && !violation.field().equals("section_anchor")) {
                problems.add(at(question.line(), label, violation.message()));
            }
        }
    }

    private Optional<CategoryMapping.Section> section(int line, String label) {
        if (category == null) {
            Optional<CategoryMapping.Section> fallback = defaults.defaultSection();
            if (fallback.isEmpty()) {
                problems.add(at(line, label, UserTexts.of("problem.training.bank.gift.noCategory")));
            }
            return fallback;
        }
        Optional<CategoryMapping.Section> mapped = defaults.categories().sectionOf(category);
        if (mapped.isEmpty()) {
            problems.add(at(line, label, UserTexts.of("problem.training.bank.gift.unknownCategory", category)));
        }
        return mapped;
    }

    private static BankProblem at(int line, String label, String message) {
        return new BankProblem(line, null, label, UserTexts.of("problem.training.bank.atLine", message, String.valueOf(line), label));
    }
}
