package dev.launchdesk.sop.translation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.Echoed;
import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.SopTranslationImported;
import dev.launchdesk.sop.SopVersionId;
import dev.launchdesk.sop.TranslatableContent;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopDocuments;
import dev.launchdesk.sop.library.SopRuleViolation;
import dev.launchdesk.sop.library.SopVersion;
import dev.launchdesk.sop.library.SopVersions;
import dev.launchdesk.sop.library.TranslationProgress;
import dev.launchdesk.sop.library.TranslationStatus;

/**
 * Translations of regional variants into their market's languages. The segments of the version in force
 * whose source changed (or that were never translated) are exported as XLIFF 2; an imported file updates
 * the translation as a whole or not at all.
 */
@Service
@NamedInterface("translation")
public class SopTranslationDesk implements TranslationProgress {

    /** How far one language of a variant is translated. */
    public record LanguageStatus(String language, TranslationStatus status, int translated, int total) {
    }

    /**
     * @param translated   segments of the SOP translated (up to date) after the import
     * @param untranslated segments of the SOP still in the source language
     * @param contributed  texts other modules keep about the SOP (quiz questions) whose translation the file brought
     */
    public record ImportResult(String language, int translated, int untranslated, TranslationStatus status, int contributed) {
    }

    private final SopDocuments documents;
    private final SopVersions versions;
    private final SopTranslations translations;
    private final MarketDirectory markets;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<TranslatableContent> contributors;

    SopTranslationDesk(SopDocuments documents, SopVersions versions, SopTranslations translations, MarketDirectory markets,
                       ApplicationEventPublisher events, Clock clock, ObjectProvider<TranslatableContent> contributors) {
        this.contributors = contributors;
        this.documents = documents;
        this.versions = versions;
        this.translations = translations;
        this.markets = markets;
        this.events = events;
        this.clock = clock;
    }

    /** The languages a variant is read in besides the one it is written in. */
    public List<String> languagesOf(SopDocument document) {
        if (document.isMaster()) {
            return List.of();
        }
        return markets.market(document.marketCode()).languages().stream().filter(l -> !sameLanguage(l, document.language())).toList();
    }

    public List<LanguageStatus> statuses(SopDocument document) {
        Optional<SopVersion> published = versions.published(document.id());
        Map<String, SopTranslation> byLanguage = new HashMap<>();
        translations.of(document.id()).forEach(t -> byLanguage.put(t.language(), t));
        SegmentedSop segmented = published.map(v -> SopSegmenter.segment(v.body())).orElse(null);
        return languagesOf(document).stream()
                .map(language -> status(language, published.orElse(null), segmented, byLanguage.get(language))).toList();
    }

    /** Status of every language of every given variant, for the matrix. */
    @Override
    public Map<UUID, List<TranslationStatus>> statusesOf(List<SopDocument> variants) {
        List<UUID> ids = variants.stream().map(SopDocument::id).toList();
        Map<UUID, SopVersion> published = versions.publishedOf(ids);
        Map<UUID, Map<String, SopTranslation>> translated = new HashMap<>();
        translations.ofDocuments(ids).forEach(t -> translated.computeIfAbsent(t.documentId(), k -> new HashMap<>()).put(t.language(), t));
        Map<String, List<String>> languagesByMarket = new HashMap<>();
        markets.markets().forEach(m -> languagesByMarket.put(m.code(), m.languages()));
        Map<UUID, List<TranslationStatus>> result = new LinkedHashMap<>();
        for (SopDocument variant : variants) {
            SopVersion version = published.get(variant.id());
            SegmentedSop segmented = version == null ? null : SopSegmenter.segment(version.body());
            Map<String, SopTranslation> byLanguage = translated.getOrDefault(variant.id(), Map.of());
            result.put(variant.id(), languagesByMarket.getOrDefault(variant.marketCode(), List.of()).stream()
                    .filter(l -> !sameLanguage(l, variant.language()))
                    .map(l -> status(l, version, segmented, byLanguage.get(l)).status()).toList());
        }
        return result;
    }

    @Transactional
    public String exportXliff(UUID documentId, String language, Actor actor) {
        SopDocument document = document(documentId, actor);
        SopVersion published = publishedOf(document);
        String lang = checkLanguage(document, language);
        SegmentedSop segmented = SopSegmenter.segment(published.body());
        SopTranslation translation = translations.find(documentId, lang).orElse(null);
        Map<String, SopTranslation.Target> targets = translation == null ? Map.of() : translation.targets();
        List<TranslationJob.JobSegment> work = segmented.segments().stream()
                .filter(s -> !isCurrent(targets.get(s.id()), s))
                .map(s -> targets.containsKey(s.id())
                        ? new TranslationJob.JobSegment(s, targets.get(s.id()).text(), TranslationState.INITIAL)
                        : TranslationJob.JobSegment.untranslated(s))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        int sopSegments = work.size();
        Contributed contributed = contributed(document, published, lang);
        contributed.untranslated().forEach(text -> work.add(TranslationJob.JobSegment.untranslated(text)));
        if (work.isEmpty()) {
            throw new ConflictException(UserTexts.of("problem.sop.translation.nothing-to-export", document.key(), document.scope(), lang));
        }
        String xliff = new XliffExport().export(new TranslationJob(document.key(), document.id().toString(), published.id().toString(),
                document.language(), lang, work));
        Instant now = clock.instant();
        if (translation == null) {
            translations.insert(new SopTranslation(UUID.randomUUID(), documentId, lang, null, Map.of(), published.id(), now, null, null, 0));
        } else {
            translations.save(new SopTranslation(translation.id(), documentId, lang, translation.versionId(), translation.targets(),
                    published.id(), now, translation.importedAt(), translation.importedBy(), translation.lockVersion()));
        }
        events.publishEvent(new EntityChanged("sop_translation", documentId + ":" + lang, "exported",
                document.key() + " (" + document.scope() + ") v" + published.number() + ": " + sopSegments + " segment(s) and "
                        + (work.size() - sopSegments) + " contributed text(s) sent for " + lang + " translation", null, null));
        return xliff;
    }

    @Transactional
    public ImportResult importXliff(UUID documentId, String language, byte[] xliff, Actor actor) {
        SopDocument document = document(documentId, actor);
        SopVersion published = publishedOf(document);
        String lang = checkLanguage(document, language);
        if (xliff == null || xliff.length == 0) {
            throw InvalidInputException.of("file", UserTexts.of("problem.sop.translation.file-empty"));
        }
        SegmentedSop segmented = SopSegmenter.segment(published.body());
        Contributed contributed = contributed(document, published, lang);
        List<SopSegment> expected = new java.util.ArrayList<>(segmented.segments());
        expected.addAll(contributed.all());
        ImportedTranslation imported = new XliffImport().parse(xliff,
                new ExpectedSegments(published.id().toString(), document.language(), lang, expected));
        Map<String, String> ownTargets = new LinkedHashMap<>();
        Map<String, String> contributedTargets = new LinkedHashMap<>();
        imported.targets().forEach((id, text) -> (segmented.segment(id).isPresent() ? ownTargets : contributedTargets).put(id, text));
        int stored = contributed.store(contributedTargets, actor.username());
        ImportResult result = store(document, published, lang, segmented, ownTargets, ownTargets.size(), actor);
        return new ImportResult(result.language(), result.translated(), result.untranslated(), result.status(), stored);
    }

    /**
     * The texts other modules keep about the SOP's sections (quiz questions), for one version and target language: all of
     * them (what an import may bring) and those without a translation (what an export sends).
     */
    private Contributed contributed(SopDocument document, SopVersion published, String lang) {
        TranslatableContent.Source source = new TranslatableContent.Source(document.key(), new SopVersionId(published.id()),
                document.language(), lang);
        Map<TranslatableContent, List<TranslatableContent.Text>> texts = new LinkedHashMap<>();
        contributors.orderedStream().forEach(c -> texts.put(c, c.texts(source)));
        return new Contributed(source, texts);
    }

    private record Contributed(TranslatableContent.Source source, Map<TranslatableContent, List<TranslatableContent.Text>> texts) {

        List<SopSegment> all() {
            return texts.values().stream().flatMap(List::stream).map(Contributed::segment).toList();
        }

        List<SopSegment> untranslated() {
            return texts.values().stream().flatMap(List::stream).filter(t -> t.translation() == null || t.translation().isBlank())
                    .map(Contributed::segment).toList();
        }

        /** Hands each contributor the translations of its own texts; how many were stored. */
        int store(Map<String, String> targets, String by) {
            int stored = 0;
            for (var entry : texts.entrySet()) {
                Map<String, String> own = new LinkedHashMap<>();
                entry.getValue().stream().filter(t -> targets.containsKey(t.id())).forEach(t -> own.put(t.id(), targets.get(t.id())));
                stored += own.isEmpty() ? 0 : entry.getKey().store(source, own, by);
            }
            return stored;
        }

        private static SopSegment segment(TranslatableContent.Text text) {
            return SopSegment.of(text.id(), SopSegment.Kind.CONTRIBUTED, text.location(), text.source());
        }
    }

    /**
     * Records a translation written as a whole document rather than through XLIFF: the same blocks in the same order as
     * the version in force (headings, paragraphs, list items, table cells), each in {@code language}. The demo's
     * translations come this way; a document of another shape is refused whole.
     */
    @Transactional
    public ImportResult importTranslatedDocument(UUID documentId, String language, String translatedMarkdown, Actor actor) {
        SopDocument document = document(documentId, actor);
        SopVersion published = publishedOf(document);
        String lang = checkLanguage(document, language);
        SegmentedSop segmented = SopSegmenter.segment(published.body());
        List<SopSegment> sources = segmented.segments();
        List<SopSegment> translated = SopSegmenter.segment(translatedMarkdown == null ? "" : translatedMarkdown).segments();
        if (translated.size() != sources.size()) {
            throw InvalidInputException.of("document", UserTexts.of("problem.sop.translation.block-count", String.valueOf(translated.size()),
                    document.key(), String.valueOf(published.number()), String.valueOf(sources.size())));
        }
        Map<String, String> targets = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).kind() != translated.get(i).kind()) {
                throw InvalidInputException.of("document", UserTexts.of("problem.sop.translation.block-kind", String.valueOf(i + 1),
                        kindOf(translated.get(i)), kindOf(sources.get(i)), document.key(), sources.get(i).section()));
            }
            targets.put(sources.get(i).id(), translated.get(i).source());
        }
        return store(document, published, lang, segmented, targets, targets.size(), actor);
    }

    /** The kind of block in words ("list item"), in the request's language. */
    private static String kindOf(SopSegment block) {
        return UserTexts.of("problem.sop.translation.block." + block.kind().name());
    }

    private ImportResult store(SopDocument document, SopVersion published, String lang, SegmentedSop segmented,
                               Map<String, String> imported, int importedCount, Actor actor) {
        UUID documentId = document.id();
        SopTranslation translation = translations.find(documentId, lang).orElse(null);
        Map<String, SopTranslation.Target> targets = new HashMap<>();
        if (translation != null) {
            segmented.segments().stream().filter(s -> isCurrent(translation.targets().get(s.id()), s))
                    .forEach(s -> targets.put(s.id(), translation.targets().get(s.id())));
        }
        imported.forEach((id, text) -> targets.put(id, new SopTranslation.Target(segmented.segment(id).orElseThrow().fingerprint(), text)));
        Instant now = clock.instant();
        SopTranslation saved = translation == null
                ? new SopTranslation(UUID.randomUUID(), documentId, lang, published.id(), targets, null, null, now, actor.username(), 0)
                : new SopTranslation(translation.id(), documentId, lang, published.id(), targets, translation.exportedVersionId(),
                translation.exportedAt(), now, actor.username(), translation.lockVersion());
        if (translation == null) {
            translations.insert(saved);
        } else {
            translations.save(saved);
        }
        LanguageStatus status = status(lang, published, segmented, saved);
        events.publishEvent(new SopTranslationImported(documentId, lang));
        events.publishEvent(new EntityChanged("sop_translation", documentId + ":" + lang, "imported",
                document.key() + " (" + document.scope() + ") v" + published.number() + ": " + importedCount
                        + " " + lang + " segment(s) imported", null, null));
        return new ImportResult(lang, status.translated(), status.total() - status.translated(), status.status(), 0);
    }

    /** The version in force in the given language; untranslated segments keep the source text. */
    public SegmentedSop.Reassembled translated(SopDocument document, String language) {
        SopVersion published = publishedOf(document);
        SegmentedSop segmented = SopSegmenter.segment(published.body());
        Map<String, String> current = new HashMap<>();
        translations.find(document.id(), language).ifPresent(t -> segmented.segments().stream()
                .filter(s -> isCurrent(t.targets().get(s.id()), s)).forEach(s -> current.put(s.id(), t.targets().get(s.id()).text())));
        return segmented.reassemble(current);
    }

    /**
     * The version in force in the given language for a handbook: translated passages where the translation is up to
     * date, the source text otherwise, passed through {@code untranslated} so the reader can be shown which.
     *
     * @param passages     how many translatable passages the version has
     * @param untranslatedPassages how many of them are in the source language
     */
    public record InLanguage(String markdown, int passages, int untranslatedPassages) {
    }

    public InLanguage inLanguage(SopDocument document, String language, UnaryOperator<String> untranslated) {
        SopVersion published = publishedOf(document);
        SegmentedSop segmented = SopSegmenter.segment(published.body());
        Map<String, String> passages = new HashMap<>();
        translations.find(document.id(), language).ifPresent(t -> segmented.segments().stream()
                .filter(s -> isCurrent(t.targets().get(s.id()), s)).forEach(s -> passages.put(s.id(), t.targets().get(s.id()).text())));
        int translated = passages.size();
        segmented.segments().stream().filter(s -> !passages.containsKey(s.id()))
                .forEach(s -> passages.put(s.id(), untranslated.apply(s.source())));
        return new InLanguage(segmented.reassemble(passages).markdown(), segmented.segments().size(), segmented.segments().size() - translated);
    }

    private static LanguageStatus status(String language, SopVersion published, SegmentedSop segmented, SopTranslation translation) {
        if (published == null) {
            return new LanguageStatus(language, TranslationStatus.NEW, 0, 0);
        }
        List<SopSegment> segments = segmented.segments();
        int current = translation == null ? 0
                : (int) segments.stream().filter(s -> isCurrent(translation.targets().get(s.id()), s)).count();
        TranslationStatus status;
        if (current == segments.size()) {
            status = TranslationStatus.UP_TO_DATE;
        } else if (translation != null && published.id().equals(translation.exportedVersionId())) {
            status = TranslationStatus.IN_TRANSLATION;
        } else if (translation != null && !translation.targets().isEmpty()) {
            status = TranslationStatus.SOURCE_UPDATED;
        } else {
            status = TranslationStatus.NEW;
        }
        return new LanguageStatus(language, status, current, segments.size());
    }

    private static boolean isCurrent(SopTranslation.Target target, SopSegment segment) {
        return target != null && target.fingerprint().equals(segment.fingerprint()) && !target.text().isBlank();
    }

    private String checkLanguage(SopDocument document, String language) {
        return languagesOf(document).stream().filter(l -> sameLanguage(l, language)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("language", UserTexts.of("problem.sop.translation.not-a-language",
                        Echoed.quoted(language), document.scope(), languagesOf(document).toString())));
    }

    private SopVersion publishedOf(SopDocument document) {
        return versions.published(document.id()).orElseThrow(() ->
                new SopRuleViolation(UserTexts.of("problem.sop.translation.nothing-published", document.key(), document.scope())));
    }

    private SopDocument document(UUID id, Actor actor) {
        return documents.find(id, actor.vendorScope() == null ? VendorScope.all() : actor.vendorScope())
                .orElseThrow(() -> new NotFoundException(UserTexts.of("problem.sop.document.what"), id));
    }

    private static boolean sameLanguage(String a, String b) {
        return a.equalsIgnoreCase(b);
    }
}
