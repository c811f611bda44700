package dev.launchdesk.sop.library;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

import dev.launchdesk.reference.Market;
import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.shared.UserTexts;

/** Reading the SOP library. Vendor leads and agents see only published versions, and only their own vendor's variants. */
@Service
@NamedInterface("library")
public class SopLibrary {

    private final SopDocuments documents;
    private final SopVersions versions;
    private final MarketDirectory markets;
    private final TranslationProgress translations;
    private final Clock clock;

    SopLibrary(SopDocuments documents, SopVersions versions, MarketDirectory markets, TranslationProgress translations, Clock clock) {
        this.translations = translations;
        this.documents = documents;
        this.versions = versions;
        this.markets = markets;
        this.clock = clock;
    }

    /** A master with the version currently in force and the newest one. */
    @NamedInterface("library")
    public record MasterRow(SopDocument document, SopVersion published, SopVersion latest) {
    }

    public record MatrixRow(SopDocument master, SopVersion published, Map<String, MatrixCell> cells) {
    }

    public record MatrixCell(SopDocument variant, VariantState state, SopVersion latest) {
    }

    /** The SOP in force for a market (and vendor) and its published version. */
    public record InForce(SopDocument document, SopVersion version) {
    }

    /**
     * For every master, the SOP that applies in the market for the vendor: the vendor's own variant, else the
     * market's variant, else the master itself — each only if it has a published version.
     */
    public List<InForce> inForceFor(String marketCode, UUID vendorId) {
        List<SopDocument> masters = documents.masters();
        List<SopDocument> variants = documents.variants(VendorScope.all()).stream().filter(v -> v.marketCode().equals(marketCode)).toList();
        List<UUID> ids = new ArrayList<>(masters.stream().map(SopDocument::id).toList());
        variants.forEach(v -> ids.add(v.id()));
        Map<UUID, SopVersion> published = versions.publishedOf(ids);
        List<InForce> result = new ArrayList<>();
        for (SopDocument master : masters) {
            List<SopDocument> candidates = new ArrayList<>();
            variants.stream().filter(v -> v.masterId().equals(master.id()) && vendorId != null && vendorId.equals(v.vendorId()))
                    .forEach(candidates::add);
            variants.stream().filter(v -> v.masterId().equals(master.id()) && v.vendorId() == null).forEach(candidates::add);
            candidates.add(master);
            candidates.stream().filter(d -> published.containsKey(d.id())).findFirst()
                    .ifPresent(d -> result.add(new InForce(d, published.get(d.id()))));
        }
        return result;
    }

    public List<MasterRow> masters() {
        List<SopDocument> masters = documents.masters();
        List<UUID> ids = masters.stream().map(SopDocument::id).toList();
        Map<UUID, SopVersion> published = versions.publishedOf(ids);
        Map<UUID, SopVersion> latest = versions.latest(ids);
        return masters.stream().map(m -> new MasterRow(m, published.get(m.id()), latest.get(m.id()))).toList();
    }

    public SopDocument document(UUID id, VendorScope scope) {
        return documents.find(id, scope).orElseThrow(() -> new NotFoundException(UserTexts.of("problem.sop.document.what"), id));
    }

    public List<SopDocument> variantsOf(UUID masterId, VendorScope scope) {
        return documents.variantsOf(masterId, scope);
    }

    /** The versions the actor may see, newest first. */
    public List<SopVersion> versionsOf(SopDocument document, Actor actor) {
        return versions.of(document.id()).stream().filter(v -> visible(v, actor)).toList();
    }

    public SopVersion version(UUID versionId, Actor actor) {
        SopVersion version = versions.find(versionId).filter(v -> visible(v, actor))
                .orElseThrow(() -> new NotFoundException(UserTexts.of("problem.sop.version.what"), versionId));
        document(version.documentId(), actor.vendorScope());
        return version;
    }

    public Optional<SopVersion> published(UUID documentId) {
        return versions.published(documentId);
    }

    /** For each propagated version of the list, the master version that was merged into it (its number and publisher). */
    public Map<UUID, SopVersion> mergedMasters(List<SopVersion> list) {
        Map<UUID, SopVersion> merged = new java.util.HashMap<>();
        list.stream().filter(v -> v.origin() == VersionOrigin.PROPAGATED && v.baseMasterVersionId() != null)
                .forEach(v -> versions.find(v.baseMasterVersionId()).ifPresent(m -> merged.put(v.id(), m)));
        return merged;
    }

    public Optional<SopVersion> findVersion(UUID versionId) {
        return versions.find(versionId);
    }

    /** Published versions past their review-by date, with their SOP, in the reader's vendor scope. */
    public List<Map.Entry<SopDocument, SopVersion>> dueForReview(VendorScope scope) {
        // the review-by date is a date in the market: take every candidate up to tomorrow in UTC, then ask each market
        return versions.dueForReview(LocalDate.now(clock).plusDays(1)).stream()
                .map(v -> documents.find(v.documentId(), scope).map(d -> Map.entry(d, v)))
                .flatMap(Optional::stream)
                .filter(e -> e.getValue().isDueForReview(todayFor(e.getKey())))
                .toList();
    }

    /** The masters as a reader may see them: vendor leads and agents only see masters in force, never drafts. */
    public List<MasterRow> masters(Actor actor) {
        if (!actor.role().isVendorScoped()) {
            return masters();
        }
        return masters().stream().filter(m -> m.published() != null).map(m -> new MasterRow(m.document(), m.published(), m.published()))
                .toList();
    }

    /** Today in the SOP's market (UTC for a master). */
    public LocalDate todayFor(SopDocument document) {
        return document.isMaster() ? LocalDate.now(clock) : markets.market(document.marketCode()).today(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every master × every market with the state of the market's variant (vendor-specific variants aside). */
    public List<MatrixRow> matrix(VendorScope scope) {
        List<MasterRow> masters = masters();
        List<SopDocument> variants = documents.variants(scope).stream().filter(v -> v.vendorId() == null).toList();
        List<UUID> variantIds = variants.stream().map(SopDocument::id).toList();
        Map<UUID, SopVersion> latest = versions.latest(variantIds);
        Map<UUID, SopVersion> published = versions.publishedOf(variantIds);
        Map<UUID, List<TranslationStatus>> translated = translations.statusesOf(variants);
        Map<UUID, Map<String, SopDocument>> byMaster = new HashMap<>();
        variants.forEach(v -> byMaster.computeIfAbsent(v.masterId(), k -> new HashMap<>()).put(v.marketCode(), v));
        List<MatrixRow> rows = new ArrayList<>();
        List<Market> allMarkets = markets.markets().stream().sorted(Comparator.comparing(Market::code)).toList();
        for (MasterRow master : masters) {
            Map<String, MatrixCell> cells = new LinkedHashMap<>();
            for (Market market : allMarkets) {
                SopDocument variant = byMaster.getOrDefault(master.document().id(), Map.of()).get(market.code());
                cells.put(market.code(), variant == null ? new MatrixCell(null, VariantState.NONE, null)
                        : new MatrixCell(variant, state(master.published(), published.get(variant.id()), latest.get(variant.id()),
                        translated.get(variant.id()), market.today(clock)), latest.get(variant.id())));
            }
            rows.add(new MatrixRow(master.document(), master.published(), cells));
        }
        return rows;
    }

    static VariantState state(SopVersion masterPublished, SopVersion variantPublished, SopVersion variantLatest,
                              List<TranslationStatus> translations, LocalDate today) {
        if (variantLatest != null && variantLatest.status().isOpen() && variantLatest.hasConflicts()) {
            return VariantState.CONFLICT;
        }
        if (variantPublished == null) {
            return VariantState.IN_PROGRESS;
        }
        if (masterPublished != null && !masterPublished.id().equals(variantPublished.baseMasterVersionId())) {
            return VariantState.MASTER_UPDATED;
        }
        if (translations != null && translations.stream().anyMatch(t -> t != TranslationStatus.UP_TO_DATE)) {
            return VariantState.IN_TRANSLATION;
        }
        if (variantPublished.isDueForReview(today)) {
            return VariantState.DUE_FOR_REVIEW;
        }
        return VariantState.UP_TO_DATE;
    }

    private static boolean visible(SopVersion version, Actor actor) {
        return !actor.role().isVendorScoped() || version.status() == SopStatus.PUBLISHED;
    }
}
