package dev.launchdesk.sop.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.PublishedSections;
import dev.launchdesk.sop.SopVersionId;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.library.SopStatus;
import dev.launchdesk.sop.library.SopVersion;
import dev.launchdesk.sop.library.SopVersions;
import dev.launchdesk.sop.markdown.SopSections;
import dev.launchdesk.sop.translation.SopTranslationDesk;

/** {@link PublishedSections} from the SOP library and its translations. */
@Service
class SectionsOfPublishedSops implements PublishedSections {

    private final SopLibrary library;
    private final SopVersions versions;
    private final SopTranslationDesk translations;

    SectionsOfPublishedSops(SopLibrary library, SopVersions versions, SopTranslationDesk translations) {
        this.library = library;
        this.versions = versions;
        this.translations = translations;
    }

    @Override
    public Optional<PublishedSop> inForce(String sopKey, String marketCode, UUID vendorId) {
        return documentInForce(sopKey, marketCode, vendorId)
                .flatMap(d -> library.published(d.id()).map(v -> sop(d, v, d.language(), sections(v.body()))));
    }

    @Override
    public Optional<PublishedSop> inForce(String sopKey, String marketCode, UUID vendorId, String language) {
        Optional<SopDocument> found = documentInForce(sopKey, marketCode, vendorId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SopDocument document = found.get();
        Optional<SopVersion> published = library.published(document.id());
        if (published.isEmpty()) {
            return Optional.empty();
        }
        List<Section> source = sections(published.get().body());
        if (language == null || language.equalsIgnoreCase(document.language()) || document.isMaster()
                || translations.languagesOf(document).stream().noneMatch(language::equalsIgnoreCase)) {
            return Optional.of(sop(document, published.get(), document.language(), source));
        }
        List<Section> translated = sections(translations.translated(document, language).markdown());
        if (translated.size() != source.size()) {
            // a translation that cut the text differently cannot be linked section by section: the source text
            return Optional.of(sop(document, published.get(), document.language(), source));
        }
        List<Section> linked = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            Section t = translated.get(i);
            linked.add(new Section(source.get(i).anchor(), t.heading(), t.level(), t.text()));
        }
        return Optional.of(sop(document, published.get(), language, linked));
    }

    @Override
    public List<PublishedMaster> publishedMasters() {
        return library.masters().stream().filter(m -> m.published() != null)
                .map(m -> new PublishedMaster(m.document().key(), m.published().title()))
                .sorted(java.util.Comparator.comparing(PublishedMaster::sopKey)).toList();
    }

    @Override
    public Optional<PublishedSop> version(SopVersionId versionId) {
        return library.findVersion(versionId.value()).filter(SectionsOfPublishedSops::wasPublished)
                .map(v -> {
                    SopDocument document = library.document(v.documentId(), VendorScope.all());
                    return sop(document, v, document.language(), sections(v.body()));
                });
    }

    @Override
    public Optional<PublishedSop> version(UUID documentId, int number) {
        SopDocument document = library.document(documentId, VendorScope.all());
        return versions.of(document.id()).stream().filter(v -> v.number() == number && wasPublished(v)).findFirst()
                .map(v -> sop(document, v, document.language(), sections(v.body())));
    }

    private Optional<SopDocument> documentInForce(String sopKey, String marketCode, UUID vendorId) {
        Optional<SopDocument> master = library.masters().stream().map(SopLibrary.MasterRow::document)
                .filter(d -> d.key().equalsIgnoreCase(sopKey)).findFirst();
        if (master.isEmpty()) {
            return Optional.empty();
        }
        List<SopDocument> candidates = new ArrayList<>();
        List<SopDocument> variants = library.variantsOf(master.get().id(), VendorScope.all()).stream()
                .filter(v -> v.marketCode().equalsIgnoreCase(marketCode == null ? "" : marketCode) && v.retiredAt() == null).toList();
        variants.stream().filter(v -> vendorId != null && vendorId.equals(v.vendorId())).forEach(candidates::add);
        variants.stream().filter(v -> v.vendorId() == null).forEach(candidates::add);
        candidates.add(master.get());
        return candidates.stream().filter(d -> library.published(d.id()).isPresent()).findFirst();
    }

    private static boolean wasPublished(SopVersion version) {
        return version.status() == SopStatus.PUBLISHED || version.status() == SopStatus.SUPERSEDED;
    }

    private static List<Section> sections(String markdown) {
        return SopSections.of(markdown).stream().map(s -> new Section(s.anchor(), s.heading(), s.level(), s.text())).toList();
    }

    private static PublishedSop sop(SopDocument document, SopVersion version, String language, List<Section> sections) {
        return new PublishedSop(document.id(), new SopVersionId(version.id()), document.key(), version.title(), document.marketCode(),
                document.vendorId(), version.number(), version.effectiveDate(), language, sections);
    }
}
