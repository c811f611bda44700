package dev.launchdesk.training.bank;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.sop.PublishedSections;
import dev.launchdesk.sop.PublishedSections.PublishedSop;

/** The question bank per SOP section: writing and revising questions, drawing them for a quiz, review flags. */
@Service
@org.springframework.modulith.NamedInterface("bank")
public class QuestionBank {

    /** A question with its current version, as the bank lists it. */
    public record BankedQuestion(Question question, QuestionVersion current) {
    }

    private final Questions questions;
    private final QuestionTranslations translations;
    private final PublishedSections sops;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuestionBank(Questions questions, QuestionTranslations translations, PublishedSections sops, ApplicationEventPublisher events,
                 Clock clock) {
        this.questions = questions;
        this.translations = translations;
        this.sops = sops;
        this.events = events;
        this.clock = clock;
    }

    /** A new question on a section of an SOP; an unknown SOP or section is a 400 naming the field, nothing written. */
    @Transactional
    public BankedQuestion add(QuestionForm form, Actor actor) {
        QuestionVersion.check(form.kind(), form.prompt(), form.options(), form.correct(), form.explanation());
        String anchor = checkSection(form.sopKey(), form.market(), form.section());
        Question question = new Question(UUID.randomUUID(), form.sopKey().trim(), anchor, 1, false, null, false, clock.instant());
        QuestionVersion first = version(question.id(), 1, form, actor);
        questions.insert(question, first);
        events.publishEvent(EntityChanged.created("training_question", question.id(), "Question on " + question.sopKey() + " #"
                + anchor + " written", first));
        return new BankedQuestion(questions.find(question.id()).orElseThrow(), first);
    }

    /** A new version of the question (the older ones stay, for the attempts that were given them); clears its review flag. */
    @Transactional
    public BankedQuestion revise(UUID id, QuestionForm form, Actor actor) {
        Question question = question(id);
        QuestionVersion.check(form.kind(), form.prompt(), form.options(), form.correct(), form.explanation());
        QuestionVersion next = version(id, question.currentVersion() + 1, form, actor);
        questions.insertVersion(next);
        events.publishEvent(EntityChanged.updated("training_question", id, "Question on " + question.sopKey() + " #"
                + question.sectionAnchor() + " revised to version " + next.version(), null, next));
        return new BankedQuestion(question(id), next);
    }

    /** The trainer checked a flagged question against the changed section and keeps it as it is. */
    @Transactional
    public BankedQuestion confirm(UUID id, Actor actor) {
        Question question = question(id);
        questions.markReviewed(id);
        events.publishEvent(new EntityChanged("training_question", id.toString(), "reviewed", "Question on " + question.sopKey() + " #"
                + question.sectionAnchor() + " confirmed by " + actor.username() + " after an SOP change", null, null));
        return new BankedQuestion(question(id), current(question(id)));
    }

    public List<BankedQuestion> list(String sopKey, Boolean needsReview) {
        return questions.of(sopKey, needsReview).stream().map(q -> new BankedQuestion(q, current(q))).toList();
    }

    /** One question with its current version. */
    public BankedQuestion banked(UUID id) {
        Question question = question(id);
        return new BankedQuestion(question, current(question));
    }

    /** Every version of a question, newest first. */
    public List<QuestionVersion> versions(UUID id) {
        return questions.versions(question(id).id());
    }

    public long needingReview() {
        return questions.countNeedingReview();
    }

    /** Flags the questions on changed sections for review; how many were newly flagged. */
    @Transactional
    public int flagForReview(String sopKey, Collection<String> anchors, String reason) {
        return questions.flag(sopKey, anchors, reason);
    }

    /**
     * Draws a quiz: up to {@code perSection} of the current questions on each section, in section order, or shuffled
     * (questions chosen at random, then their order mixed) when {@code random} is given.
     */
    public List<QuestionVersion> draw(String sopKey, List<String> anchors, int perSection, Random random) {
        Map<String, List<QuestionVersion>> byAnchor = questions.currentOn(sopKey, anchors);
        List<QuestionVersion> drawn = new ArrayList<>();
        for (String anchor : anchors) {
            List<QuestionVersion> pool = new ArrayList<>(byAnchor.getOrDefault(anchor, List.of()));
            if (random != null) {
                Collections.shuffle(pool, random);
            }
            drawn.addAll(pool.subList(0, Math.min(perSection, pool.size())));
        }
        if (random != null) {
            Collections.shuffle(drawn, random);
        }
        return drawn;
    }

    /** The anchor of the SOP section a question is about. */
    public String sectionOf(UUID questionId) {
        return question(questionId).sectionAnchor();
    }

    public QuestionVersion version(UUID questionId, int version) {
        return questions.version(questionId, version).orElseThrow(() -> new NotFoundException(UserTexts.of("problem.training.question-version.what"), questionId + "/" + version));
    }

    /**
     * A question version as an agent reading {@code language} sees it: each text (prompt, option, explanation) in its
     * translation where the SOP's translator translated it, as written otherwise; {@code th-TH} falls back to {@code th}.
     */
    public QuestionVersion version(UUID questionId, int version, String language) {
        QuestionVersion written = version(questionId, version);
        if (language == null || language.isBlank()) {
            return written;
        }
        Map<String, String> parts = translations.of(questionId, version, language);
        int dash = language.indexOf('-');
        if (parts.isEmpty() && dash > 0) {
            parts = translations.of(questionId, version, language.substring(0, dash));
        }
        return written.translated(parts);
    }

    private QuestionVersion current(Question q) {
        return version(q.id(), q.currentVersion());
    }

    private Question question(UUID id) {
        return questions.find(id).orElseThrow(() -> new NotFoundException(UserTexts.of("problem.training.question.what"), id));
    }

    private String checkSection(String sopKey, String market, String section) {
        if (sopKey == null || sopKey.isBlank()) {
            throw InvalidInputException.of("sopKey", UserTexts.of("problem.training.question.sop-key-required"));
        }
        PublishedSop sop = sops.inForce(sopKey.trim(), market == null || market.isBlank() ? null : market.trim().toUpperCase(), null)
                .orElseThrow(() -> InvalidInputException.of("sopKey", market == null || market.isBlank()
                        ? UserTexts.of("problem.training.question.sop-not-published", sopKey.trim())
                        : UserTexts.of("problem.training.question.sop-not-published-in", sopKey.trim(), market.trim())));
        String anchor = section == null ? "" : section.trim();
        if (sop.section(anchor).isEmpty()) {
            throw InvalidInputException.of("section", UserTexts.of("problem.training.question.no-section", sop.sopKey(),
                    String.valueOf(sop.number()), anchor, String.valueOf(sop.sections().stream().map(PublishedSections.Section::anchor).toList())));
        }
        return anchor;
    }

    private QuestionVersion version(UUID id, int number, QuestionForm form, Actor actor) {
        List<String> options = form.options().stream().map(QuestionBank::text).toList();
        return new QuestionVersion(id, number, form.kind(), text(form.prompt()), options, Set.copyOf(form.correct()),
                text(form.explanation()), actor.username(), clock.instant());
    }

    /** A question's text as stored: trimmed, line ends as LF (a textarea sends CRLF). */
    static String text(String written) {
        return written.replaceAll("\\r\\n?", "\n").trim();
    }
}
