package dev.launchdesk.sop.variant;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.SopVersionPublished;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopDocuments;
import dev.launchdesk.sop.library.SopRuleViolation;
import dev.launchdesk.sop.library.SopSettings;
import dev.launchdesk.sop.library.SopVersion;
import dev.launchdesk.sop.library.SopVersionView;
import dev.launchdesk.sop.library.SopVersions;
import dev.launchdesk.sop.markdown.SopText;
import dev.launchdesk.sop.merge.ConflictResolution;
import dev.launchdesk.sop.merge.MergeConflict;
import dev.launchdesk.sop.merge.MergeResult;
import dev.launchdesk.sop.merge.ThreeWayMerge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Regional variants of master SOPs: deriving one for a market (and vendor), and merging every new
 * master version into every variant by three-way merge (base = the master version the variant is
 * based on, regional = the variant, master = the new master). A clean merge becomes a draft ready for
 * regional approval; a conflicted one becomes a draft whose hunks the regional editor resolves.
 */
@Service
@NamedInterface("variant")
public class RegionalVariants {

    private static final TypeReference<List<MergeConflict>> CONFLICTS = new TypeReference<>() {
    };

    private final SopDocuments documents;
    private final SopVersions versions;
    private final MarketDirectory markets;
    private final VendorDirectory vendors;
    private final ThreeWayMerge merge = new ThreeWayMerge();
    private final ObjectMapper json;
    private final SopSettings settings;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final Clock clock;

    RegionalVariants(SopDocuments documents, SopVersions versions, MarketDirectory markets, VendorDirectory vendors, ObjectMapper json,
                     SopSettings settings, ApplicationEventPublisher events, MeterRegistry meters, Clock clock) {
        this.settings = settings;
        this.documents = documents;
        this.versions = versions;
        this.markets = markets;
        this.vendors = vendors;
        this.json = json;
        this.events = events;
        this.meters = meters;
        this.clock = clock;
    }

    /** A new variant of the master's published version for a market (and optionally one vendor there). */
    @Transactional
    public SopDocument derive(UUID masterId, String marketCode, UUID vendorId, Actor actor) {
        SopDocument master = documents.find(masterId, VendorScope.all()).filter(SopDocument::isMaster)
                .orElseThrow(() -> new NotFoundException(UserTexts.of("problem.sop.master.what"), masterId));
        SopVersion source = versions.published(masterId).orElseThrow(() ->
                new SopRuleViolation(UserTexts.of("problem.sop.variant.master-unpublished", master.key())));
        if (marketCode == null || marketCode.isBlank()) {
            throw InvalidInputException.of("marketCode", UserTexts.of("problem.sop.field.required"));
        }
        String market = markets.market(marketCode).code();
        String vendorCode = vendorId == null ? null : vendors.vendorName(vendorId)
                .orElseThrow(() -> InvalidInputException.of("vendorId", UserTexts.of("problem.sop.variant.no-such-vendor", vendorId.toString())))
                .code();
        String scope = SopDocument.scopeOf(market, vendorCode);
        if (documents.exists(master.key(), scope)) {
            throw InvalidInputException.of("marketCode", UserTexts.of("problem.sop.variant.exists", master.key(), scope));
        }
        Instant now = clock.instant();
        SopDocument variant = SopDocument.variant(master, market, vendorId, vendorCode, source.title(), actor.username(), now);
        documents.insert(variant);
        SopVersion draft = SopVersion.derived(variant.id(), source, "Derived from master v" + source.number(), actor.username(), now);
        versions.insert(draft);
        events.publishEvent(EntityChanged.created("sop", variant.id(), "Variant " + master.key() + " (" + scope + ") derived from master v"
                + source.number(), variant));
        return variant;
    }

    /**
     * Every published master version is merged into every variant of that master, in the same transaction: a
     * reaction inside the SOP module, not of one module to another's event, and part of what publishing a master
     * means. The publication and its proposed drafts commit together, so the matrix never shows a published master
     * whose variants have not heard of it, and a merge that fails fails the publication with an error the editor
     * sees instead of leaving variants silently behind (50 variants merge in about 0.1 s, see the README's benchmark).
     * It is idempotent as well: a variant whose newest version is already based on this master version is left alone.
     */
    @EventListener
    void on(SopVersionPublished published) {
        if (published.isMaster()) {
            propagate(published.documentId(), published.versionId().value());
        }
    }

    /** Merges the master version into each variant; returns the drafts it proposed. */
    @Transactional
    public List<SopVersion> propagate(UUID masterId, UUID masterVersionId) {
        SopVersion master = versions.find(masterVersionId)
                .orElseThrow(() -> new NotFoundException(UserTexts.of("problem.sop.version.what"), masterVersionId));
        return documents.variantsOf(masterId, VendorScope.all()).stream()
                .map(variant -> proposeUpdate(variant, master))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<SopVersion> proposeUpdate(SopDocument variant, SopVersion master) {
        Optional<SopVersion> open = versions.open(variant.id());
        // A draft that still holds conflict markers is no regional text to merge: merge the regional version it came from again.
        Optional<SopVersion> current = open.isPresent() && open.get().hasConflicts()
                ? Optional.ofNullable(open.get().mergedFromVersionId()).flatMap(versions::find)
                : open.or(() -> versions.published(variant.id()));
        if (current.isEmpty() || master.id().equals(current.get().baseMasterVersionId()) || current.get().baseMasterVersionId() == null) {
            return Optional.empty();
        }
        SopVersion regional = current.get();
        String base = versions.find(regional.baseMasterVersionId()).map(SopVersion::body).orElse("");
        MergeResult result = merge.merge(base, regional.body(), master.body());
        meters.counter("launchdesk.sop.propagations", "outcome", result.clean() ? "clean" : "conflicted").increment();
        meters.counter("launchdesk.sop.merge.conflicts").increment(result.conflicts().size());
        Instant now = clock.instant();
        open.ifPresent(o -> {
            o.withdraw(now);
            versions.save(o);
        });
        String note = "Master v" + master.number() + " merged" + (result.clean() ? " cleanly"
                : " with " + result.conflicts().size() + " conflict(s) to resolve");
        SopVersion draft = SopVersion.proposed(variant.id(), versions.nextNumber(variant.id()), regional.title(), result.merged(), note,
                master.id(), result.clean() ? null : toJson(result.conflicts()), regional.id(), now);
        versions.insert(draft);
        events.publishEvent(new EntityChanged("sop_version", draft.id().toString(), "propagated",
                variant.key() + " (" + variant.scope() + ") v" + draft.number() + ": " + note
                        + "; merged regional v" + regional.number()
                        + open.map(o -> "; open v" + o.number() + " withdrawn").orElse(""), null, SopVersionView.of(draft)));
        return Optional.of(draft);
    }

    /** The conflict hunks of a propagated draft, for the resolution page. */
    public List<MergeConflict> conflictsOf(SopVersion version) {
        if (!version.hasConflicts()) {
            return List.of();
        }
        try {
            return json.readValue(version.conflicts(), CONFLICTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored conflicts of version " + version.id() + " cannot be read", e);
        }
    }

    /** Applies a choice per conflict hunk (take master / keep regional / edit); all hunks must be resolved at once. */
    @Transactional
    public SopVersion resolve(UUID versionId, List<ConflictResolution> resolutions, Actor actor) {
        SopVersion version = versions.find(versionId)
                .orElseThrow(() -> new NotFoundException(UserTexts.of("problem.sop.version.what"), versionId));
        if (resolutions == null || resolutions.stream().anyMatch(java.util.Objects::isNull)) {
            throw InvalidInputException.of("resolutions", UserTexts.of("problem.sop.conflicts.resolution-missing"));
        }
        List<MergeConflict> conflicts = conflictsOf(version);
        if (conflicts.isEmpty()) {
            throw new SopRuleViolation(UserTexts.of("problem.sop.conflicts.none", String.valueOf(version.number())));
        }
        checkOnePerHunk(resolutions, conflicts.size());
        String resolved;
        try {
            resolved = new MergeResult(false, version.body(), conflicts).resolve(resolutions);
        } catch (IllegalArgumentException | IllegalStateException storedConflictsDoNotFit) {
            throw new SopRuleViolation(UserTexts.of("problem.sop.conflicts.out-of-date", String.valueOf(version.number())));
        }
        settings.requireFits("resolutions", SopText.of(resolved));
        SopVersionView before = SopVersionView.of(version);
        String note = versions.find(version.baseMasterVersionId()).map(m -> "Master v" + m.number() + " merged; ").orElse("")
                + conflicts.size() + " conflict(s) resolved by " + actor.username();
        version.resolveConflicts(actor.username(), resolved, note, clock.instant());
        versions.save(version);
        events.publishEvent(new EntityChanged("sop_version", versionId.toString(), "conflicts-resolved",
                "v" + version.number() + ": " + conflicts.size() + " merge conflict(s) resolved by " + actor.username(), before,
                SopVersionView.of(version)));
        return version;
    }

    /** Each hunk resolved exactly once, or a 400 naming the first hunk that is not (hunks counted from 0, as the API sends them). */
    private static void checkOnePerHunk(List<ConflictResolution> resolutions, int hunks) {
        Set<Integer> resolved = new HashSet<>();
        for (ConflictResolution resolution : resolutions) {
            if (resolution.hunk() < 0 || resolution.hunk() >= hunks) {
                throw InvalidInputException.of("resolutions", UserTexts.of("problem.sop.conflicts.no-such-hunk",
                        String.valueOf(resolution.hunk()), String.valueOf(hunks)));
            }
            if (!resolved.add(resolution.hunk())) {
                throw InvalidInputException.of("resolutions",
                        UserTexts.of("problem.sop.conflicts.resolved-twice", String.valueOf(resolution.hunk())));
            }
        }
        for (int hunk = 0; hunk < hunks; hunk++) {
            if (!resolved.contains(hunk)) {
                throw InvalidInputException.of("resolutions", UserTexts.of("problem.sop.conflicts.unresolved",
                        String.valueOf(hunk), String.valueOf(hunks)));
            }
        }
    }

    private String toJson(List<MergeConflict> conflicts) {
        try {
            return json.writeValueAsString(conflicts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store merge conflicts", e);
        }
    }
}
