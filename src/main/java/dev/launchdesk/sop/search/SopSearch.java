package dev.launchdesk.sop.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Service;
import org.springframework.modulith.events.ApplicationModuleListener;

import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.SopTranslationImported;
import dev.launchdesk.sop.SopVersionPublished;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopDocuments;
import dev.launchdesk.sop.library.SopVersion;
import dev.launchdesk.sop.library.SopVersions;
import dev.launchdesk.sop.translation.SopTranslationDesk;

/**
 * Full-text search over the published SOPs, in their own language and in every language they are
 * translated into. Each app node keeps a Lucene index of its own, rebuilt from the database on start and on demand, and
 * follows every publication and translation import, on whichever node it happened, through a change feed in the
 * database ({@link SopSearchFollower}). Drafts are never indexed.
 */
@Service
public class SopSearch {


    private final SopSearchIndex index;
    private final SopDocuments documents;
    private final SopVersions versions;
    private final SopTranslationDesk translations;
    private final MarketDirectory markets;
    private final VendorDirectory vendors;
    private final SopSearchFeed feed;
    private final Clock clock;
    private final AtomicBoolean ready = new AtomicBoolean();

    SopSearch(SopSearchIndex index, SopDocuments documents, SopVersions versions, SopTranslationDesk translations, MarketDirectory markets,
              VendorDirectory vendors, SopSearchFeed feed, Clock clock) {
        this.index = index;
        this.documents = documents;
        this.versions = versions;
        this.translations = translations;
        this.markets = markets;
        this.vendors = vendors;
        this.feed = feed;
        this.clock = clock;
    }

    /** Searches what the actor may read; vendor leads and agents never see another vendor's own variants. */
    public SopSearchResults search(SopQuery query, Actor actor) {
        if (actor.vendorScope().isRestricted()) {
            String vendorCode = vendors.vendorName(actor.vendorScope().vendorIdOrNull()).map(VendorDirectory.VendorName::code).orElseThrow();
            return index.searchAsVendor(query, vendorCode);
        }
        return index.search(query);
    }

    /** Re-reads every published version (and its translations) into a fresh index; searches keep working meanwhile. */
    public int rebuild() {
        List<SearchableSop> entries = new ArrayList<>();
        List<SopDocument> all = new ArrayList<>(documents.masters());
        all.addAll(documents.variants(VendorScope.all()));
        Map<UUID, SopVersion> published = versions.publishedOf(all.stream().map(SopDocument::id).toList());
        for (SopDocument document : all) {
            SopVersion version = published.get(document.id());
            if (version != null) {
                entries.addAll(entriesOf(document, version));
            }
        }
        index.rebuild(entries.stream());
        ready.set(true);
        return entries.size();
    }

    /**
     * After a publication has committed, on another thread, retried from the event publication registry until done:
     * the SOP goes into the change feed that every node's {@link SopSearchFollower} reads into its own index. A
     * replayed event adds a row that reads the same SOP again, which changes nothing.
     */
    @ApplicationModuleListener
    void on(SopVersionPublished published) {
        feed.record(published.documentId(), clock.instant());
    }

    /** After a translation import has committed, like {@link #on(SopVersionPublished)}. */
    @ApplicationModuleListener
    void on(SopTranslationImported imported) {
        feed.record(imported.documentId(), clock.instant());
    }

    /**
     * Brings one SOP's entries in line with the database: its published version (and translations) indexed, every
     * other version of it removed. Idempotent; before the first rebuild there is nothing to keep in line.
     */
    void reindex(UUID documentId) {
        if (!ready.get()) {
            return;
        }
        Optional<SopDocument> found = documents.find(documentId, VendorScope.all());
        if (found.isEmpty()) {
            return;
        }
        SopDocument document = found.get();
        Optional<SopVersion> published = versions.published(document.id());
        List<String> languages = translations.languagesOf(document);
        versions.of(document.id()).stream().filter(v -> published.map(p -> !p.id().equals(v.id())).orElse(true)).forEach(old -> {
            index.remove(old.id().toString());
            languages.forEach(language -> index.remove(old.id() + ":" + language));
        });
        published.ifPresent(version -> entriesOf(document, version).forEach(index::upsert));
    }

    /** A translation's title is its first top-level heading, as the reader sees it; the version's title if it has none. */
    private static String titleOf(String markdown, String fallback) {
        return markdown.lines().filter(line -> line.startsWith("# ")).findFirst().map(line -> line.substring(2).strip())
                .filter(title -> !title.isEmpty()).orElse(fallback);
    }

    private static String resolved(String markdown, Map<String, String> values) {
        return values.isEmpty() ? markdown : dev.launchdesk.sop.markdown.SopMarkdown.resolve(markdown, values).markdown();
    }

    private List<SearchableSop> entriesOf(SopDocument document, SopVersion version) {
        String market = document.isMaster() ? SopDocument.GLOBAL : document.marketCode();
        String vendorCode = document.vendorId() == null ? null
                : vendors.vendorName(document.vendorId()).map(VendorDirectory.VendorName::code).orElse(null);
        String status = version.isDueForReview(document.isMaster() ? java.time.LocalDate.now(clock) : markets.market(market).today(clock))
                ? "DUE_FOR_REVIEW" : "PUBLISHED";
        // agents read the market's values, so the index holds them too (a variant's placeholders resolved)
        Map<String, String> values = document.isMaster() ? Map.of() : markets.valuesInForce(market, markets.market(market).today(clock));
        List<SearchableSop> entries = new ArrayList<>();
        entries.add(new SearchableSop(version.id().toString(), document.key(), version.title(), document.category(), market, vendorCode,
                document.language(), status, resolved(version.body(), values), version.effectiveDate()));
        for (SopTranslationDesk.LanguageStatus language : translations.statuses(document)) {
            if (language.translated() > 0) {
                String translated = translations.translated(document, language.language()).markdown();
                entries.add(new SearchableSop(version.id() + ":" + language.language(), document.key(), titleOf(translated, version.title()),
                        document.category(), market, vendorCode, language.language(), status, resolved(translated, values),
                        version.effectiveDate()));
            }
        }
        return entries;
    }
}
