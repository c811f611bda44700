package dev.launchdesk.training.bank;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.sop.PublishedSections;
import dev.launchdesk.sop.PublishedSections.PublishedSop;
import dev.launchdesk.training.bank.formats.BankDefaults;
import dev.launchdesk.training.bank.formats.BankProblem;
import dev.launchdesk.training.bank.formats.BankReading;
import dev.launchdesk.training.bank.formats.QuestionBankRejectedException;
import dev.launchdesk.training.bank.formats.QuestionDraft;
import dev.launchdesk.training.bank.formats.QuestionType;

/**
 * The question bank in and out of files (GIFT, CSV, XLSX). An import is all or nothing: a problem of the file, or a
 * question naming an SOP or section that is not published, rejects the whole file with every problem at its line (GIFT)
 * or row and column (sheets). A question the bank already holds as it is (an exported file imported again) is left
 * alone, so export → import gives the same bank.
 */
@Service
public class QuestionBankFiles {

    /** What an import did: the questions in the file, those added, and those the bank already held as they are. */
    public record Imported(int questions, int added, int unchanged) {
    }

    /**
     * What the import form gives: the section for questions the file does not place (SOP key and anchor, both or
     * neither), the market whose SOP in force the sections are checked against (none: the master), the language of
     * questions that do not name one.
     */
    public record ImportOptions(String sopKey, String section, String market, String language) {
    }

    /** A question as the bank compares it: the same section, kind, texts and correct options are the same question. */
    private record Sameness(String anchor, QuestionKind kind, String prompt, List<String> options, Set<Integer> correct, String explanation) {
    }

    static final String TRUE = "True";
    static final String FALSE = "False";

    private final Questions questions;
    private final QuestionBank bank;
    private final PublishedSections sops;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuestionBankFiles(Questions questions, QuestionBank bank, PublishedSections sops, ApplicationEventPublisher events, Clock clock) {
        this.questions = questions;
        this.bank = bank;
        this.sops = sops;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Imported importFile(BankFormat format, byte[] content, ImportOptions options, Actor actor) {
        BankReading reading = format.read(content, defaults(options));
        List<QuestionDraft> drafts = reading.acceptedQuestions();
        String market = blank(options.market()) ? null : options.market().trim().toUpperCase(Locale.ROOT);
        Map<String, Optional<PublishedSop>> byKey = new HashMap<>();
        List<BankProblem> problems = new ArrayList<>();
        List<PublishedSop> placed = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String key = drafts.get(i).sopKey().trim();
            Optional<PublishedSop> sop = byKey.computeIfAbsent(key.toUpperCase(Locale.ROOT), k -> sops.inForce(key, market, null));
            String anchor = drafts.get(i).sectionAnchor().trim();
            if (sop.isEmpty()) {
                problems.add(reading.problemWith(i, "sop_key", market == null ? UserTexts.of("problem.training.question.sop-not-published", key)
                        : UserTexts.of("problem.training.question.sop-not-published-in", key, market)));
            } else if (sop.get().section(anchor).isEmpty()) {
                problems.add(reading.problemWith(i, "section_anchor", UserTexts.of("problem.training.question.no-section", sop.get().sopKey(),
                        String.valueOf(sop.get().number()), anchor, String.valueOf(sop.get().sections().stream().map(PublishedSections.Section::anchor).toList()))));
            }
            placed.add(sop.orElse(null));
        }
        if (!problems.isEmpty()) {
            throw new QuestionBankRejectedException(problems);
        }
        int added = store(drafts, placed, actor);
        events.publishEvent(new EntityChanged("training_question", "import", "imported", added + " of " + drafts.size() + " questions imported from "
                + format.name() + " by " + actor.username() + " (" + (drafts.size() - added) + " already in the bank)", null, null));
        return new Imported(drafts.size(), added, drafts.size() - added);
    }

    /** The bank's questions on the SOP's sections, as a file; an SOP that is not published is a 400 naming {@code sopKey}. */
    public byte[] exportFile(String sopKey, BankFormat format) {
        return format.write(drafts(sopKey));
    }

    /** The bank's current questions on the SOP's sections, as drafts in the language of the SOP's master. */
    public List<QuestionDraft> drafts(String sopKey) {
        if (blank(sopKey)) {
            throw InvalidInputException.of("sopKey", UserTexts.of("problem.training.question.sop-key-required"));
        }
        PublishedSop master = sops.inForce(sopKey.trim(), null, null).orElseThrow(() -> InvalidInputException.of("sopKey",
                UserTexts.of("problem.training.question.sop-not-published", sopKey.trim())));
        return bank.list(master.sopKey(), null).stream().map(q -> draft(master, q)).toList();
    }

    private int store(List<QuestionDraft> drafts, List<PublishedSop> placed, Actor actor) {
        Map<String, Set<Sameness>> held = new HashMap<>();
        int added = 0;
        for (int i = 0; i < drafts.size(); i++) {
            PublishedSop sop = placed.get(i);
            QuestionDraft draft = drafts.get(i);
            Set<Sameness> same = held.computeIfAbsent(sop.sopKey(), key -> heldOn(sop));
            Sameness question = sameness(draft);
            if (same.add(question)) {
                UUID id = UUID.randomUUID();
                questions.insert(new Question(id, sop.sopKey(), question.anchor(), 1, false, null, false, clock.instant()),
                        new QuestionVersion(id, 1, question.kind(), question.prompt(), question.options(), question.correct(),
                                question.explanation(), actor.username(), clock.instant()));
                added++;
            }
        }
        return added;
    }

    private Set<Sameness> heldOn(PublishedSop sop) {
        Set<Sameness> held = new HashSet<>();
        questions.currentOn(sop.sopKey(), sop.sections().stream().map(PublishedSections.Section::anchor).toList())
                .forEach((anchor, versions) -> versions.forEach(v -> held.add(new Sameness(anchor, v.kind(), v.prompt(), v.options(),
                        v.correct(), v.explanation()))));
        return held;
    }

    private static Sameness sameness(QuestionDraft draft) {
        String anchor = draft.sectionAnchor().trim();
        String prompt = QuestionBank.text(draft.text());
        String explanation = QuestionBank.text(draft.explanation());
        return switch (draft.type()) {
            case TRUE_FALSE -> new Sameness(anchor, QuestionKind.TRUE_FALSE, prompt, List.of(TRUE, FALSE),
                    Set.of(draft.statementIsTrue() ? 0 : 1), explanation);
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> new Sameness(anchor, draft.type() == QuestionType.SINGLE_CHOICE ? QuestionKind.SINGLE_CHOICE
                    : QuestionKind.MULTIPLE_CHOICE, prompt, draft.optionTexts().stream().map(QuestionBank::text).toList(),
                    Set.copyOf(draft.correctIndexes()), explanation);
        };
    }

    /** A banked question as a file holds it; a true/false question is true when its first option is the correct one. */
    private static QuestionDraft draft(PublishedSop master, QuestionBank.BankedQuestion banked) {
        QuestionVersion v = banked.current();
        String anchor = banked.question().sectionAnchor();
        if (v.kind() == QuestionKind.TRUE_FALSE) {
            return QuestionDraft.trueFalse(master.sopKey(), anchor, v.prompt(), v.correct().contains(0), null, null, v.explanation(),
                    master.language(), null);
        }
        List<QuestionDraft.Option> options = IntStream.range(0, v.options().size())
                .mapToObj(i -> new QuestionDraft.Option(v.options().get(i), v.correct().contains(i), null)).toList();
        QuestionType type = v.kind() == QuestionKind.SINGLE_CHOICE ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE;
        return new QuestionDraft(master.sopKey(), anchor, type, v.prompt(), options, v.explanation(), master.language(), null);
    }

    private static BankDefaults defaults(ImportOptions options) {
        String language = blank(options.language()) ? "en" : options.language().trim();
        if (blank(options.sopKey()) && blank(options.section())) {
            return BankDefaults.inLanguage(language);
        }
        if (blank(options.sopKey())) {
            throw InvalidInputException.of("sopKey", UserTexts.of("problem.training.bank.import.sop-key-with-section"));
        }
        if (blank(options.section())) {
            throw InvalidInputException.of("section", UserTexts.of("problem.training.bank.import.section-with-sop-key"));
        }
        return BankDefaults.forSection(options.sopKey().trim(), options.section().trim(), language);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
