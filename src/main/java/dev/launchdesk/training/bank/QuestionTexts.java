package dev.launchdesk.training.bank;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.sop.PublishedSections;
import dev.launchdesk.sop.PublishedSections.PublishedSop;
import dev.launchdesk.sop.TranslatableContent;

/**
 * The question bank's side of the SOP translations: the current version of every question on the sections of an SOP
 * version travels in the SOP's XLIFF file as units of its own — the prompt, each option and the explanation — with ids
 * {@code question:<question id>:v<version>:<part>}, parts {@code prompt}, {@code option1} .. {@code option8} and
 * {@code explanation}. Translations that come back are stored for that question version and language; an agent reads
 * a quiz in their language where a text is translated and in the source language where it is not.
 */
@Component
class QuestionTexts implements TranslatableContent {

    static final String PREFIX = "question:";
    static final int LONGEST = 4000;
    private static final Pattern ID = Pattern.compile("question:([0-9a-fA-F-]{36}):v(\\d+):(prompt|option[1-8]|explanation)");

    private final Questions questions;
    private final QuestionTranslations translations;
    private final PublishedSections sops;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuestionTexts(Questions questions, QuestionTranslations translations, PublishedSections sops, ApplicationEventPublisher events,
                  Clock clock) {
        this.questions = questions;
        this.translations = translations;
        this.sops = sops;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String idPrefix() {
        return PREFIX;
    }

    @Override
    public List<Text> texts(Source source) {
        PublishedSop sop = sops.version(source.versionId()).orElse(null);
        if (sop == null) {
            return List.of();
        }
        List<String> anchors = sop.sections().stream().map(PublishedSections.Section::anchor).toList();
        Map<String, List<QuestionVersion>> byAnchor = questions.currentOn(source.sopKey(), anchors);
        List<UUID> ids = byAnchor.values().stream().flatMap(List::stream).map(QuestionVersion::questionId).toList();
        Map<String, Map<String, String>> translated = translations.ofQuestions(ids, source.trgLang());
        List<Text> texts = new ArrayList<>();
        for (PublishedSections.Section section : sop.sections()) {
            for (QuestionVersion v : byAnchor.getOrDefault(section.anchor(), List.of())) {
                Map<String, String> done = translated.getOrDefault(v.questionId() + ":" + v.version(), Map.of());
                String where = "Quiz question on section \"" + section.heading() + "\" (#" + section.anchor() + "), question "
                        + v.questionId() + " version " + v.version() + ": ";
                texts.add(text(v, "prompt", where + "the question", v.prompt(), done));
                for (int i = 0; i < v.options().size(); i++) {
                    texts.add(text(v, "option" + (i + 1), where + "answer option " + (i + 1) + " of " + v.options().size(),
                            v.options().get(i), done));
                }
                texts.add(text(v, "explanation", where + "the explanation shown after the answer", v.explanation(), done));
            }
        }
        return texts;
    }

    private static Text text(QuestionVersion v, String part, String location, String source, Map<String, String> done) {
        return new Text(PREFIX + v.questionId() + ":v" + v.version() + ":" + part, location, source, done.get(part));
    }

    @Override
    public int store(Source source, Map<String, String> translated, String translatedBy) {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        translated.forEach((id, text) -> {
            if (!ID.matcher(id).matches()) {
                problems.add(new InvalidInputException.FieldProblem("file", UserTexts.of("problem.training.question-translation.id", id)));
            } else if (text.length() > LONGEST) {
                problems.add(new InvalidInputException.FieldProblem("file",
                        UserTexts.of("problem.training.question-translation.too-long", id, String.valueOf(LONGEST))));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        translated.forEach((id, text) -> {
            Matcher m = ID.matcher(id);
            m.matches();
            translations.put(UUID.fromString(m.group(1)), Integer.parseInt(m.group(2)), source.trgLang(), m.group(3), text, translatedBy,
                    clock.instant());
        });
        events.publishEvent(new EntityChanged("training_question_translation", source.sopKey() + ":" + source.trgLang(), "imported",
                translated.size() + " quiz question text(s) on " + source.sopKey() + " translated into " + source.trgLang()
                        + " (XLIFF of SOP version " + source.versionId() + ")", null, null));
        return translated.size();
    }
}
