package dev.launchdesk.sop;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import dev.launchdesk.reference.MarketCatalog;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.search.SearchableSop;
import dev.launchdesk.sop.search.SopQuery;
import dev.launchdesk.sop.search.SopSearchIndex;
import dev.launchdesk.sop.search.SopSearchResults;

/**
 * Full-text search over the published SOPs, in their own language and in every language they are
 * translated into. The Lucene index is rebuilt from the database on start and on demand, and follows
 * every publication and translation import after it commits. Drafts are never indexed.
 */
@Service
public class SopSearch {

    private static final Logger log = LoggerFactory.getLogger(SopSearch.class);

    private final SopSearchIndex index;
    private final SopDocuments documents;
    private final SopVersions versions;
    private final SopTranslationDesk translations;
    private final MarketCatalog markets;
    private final VendorDirectory vendors;
    private final Clock clock;
    private final AtomicBoolean ready = new AtomicBoolean();

    SopSearch(SopSearchIndex index, SopDocuments documents, SopVersions versions, SopTranslationDesk translations, MarketCatalog markets,
              VendorDirectory vendors, Clock clock) {
        this.index = index;
        this.documents = documents;
        this.versions = versions;
        this.translations = translations;
        this.markets = markets;
        this.vendors = vendors;
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

    @EventListener(ApplicationReadyEvent.class)
    void rebuildOnStart() {
        int entries = rebuild();
        log.info("SOP search index rebuilt: {} entries", entries);
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

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(SopVersionPublished published) {
        if (!ready.get()) {
            return;
        }
        SopDocument document = documents.find(published.documentId(), VendorScope.all()).orElseThrow();
        versions.of(document.id()).stream().filter(v -> v.status() == SopStatus.SUPERSEDED).forEach(old -> {
            index.remove(old.id().toString());
            translations.languagesOf(document).forEach(language -> index.remove(old.id() + ":" + language));
        });
        versions.find(published.versionId()).ifPresent(version -> entriesOf(document, version).forEach(index::upsert));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(SopTranslationImported imported) {
        if (!ready.get()) {
            return;
        }
        SopDocument document = documents.find(imported.documentId(), VendorScope.all()).orElseThrow();
        versions.published(document.id()).ifPresent(version -> entriesOf(document, version).forEach(index::upsert));
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
