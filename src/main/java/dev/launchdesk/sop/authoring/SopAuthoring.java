package dev.launchdesk.sop.authoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.reference.MarketCode;
import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.reference.PolicyLookup;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.SopVersionId;
import dev.launchdesk.sop.SopVersionPublished;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopDocuments;
import dev.launchdesk.sop.library.SopRuleViolation;
import dev.launchdesk.sop.library.SopSettings;
import dev.launchdesk.sop.library.SopStatus;
import dev.launchdesk.sop.library.SopVersion;
import dev.launchdesk.sop.library.SopVersionView;
import dev.launchdesk.sop.library.SopVersions;
import dev.launchdesk.sop.markdown.SopParameters;
import dev.launchdesk.sop.markdown.SopSections;
import dev.launchdesk.sop.markdown.SopText;

/** Writing SOPs and taking their versions through review: draft → in review → approved → published. */
@Service
@NamedInterface("authoring")
public class SopAuthoring {

    /** The longest review comment (the review_comment column holds 1,000 characters). */
    private static final int MAX_COMMENT_CHARACTERS = 1000;

    private final SopDocuments documents;
    private final SopVersions versions;
    private final PolicyLookup policies;
    private final MarketDirectory markets;
    private final SopSettings settings;
    private final SopReviews reviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SopAuthoring(SopDocuments documents, SopVersions versions, PolicyLookup policies, MarketDirectory markets, SopSettings settings,
                 SopReviews reviews, ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.documents = documents;
        this.versions = versions;
        this.policies = policies;
        this.markets = markets;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public SopDocument createMaster(NewSopForm form, Actor actor) {
        form.check();
        settings.requireFits("body", SopText.of(form.body()));
        String key = form.key().trim().toUpperCase();
        if (documents.exists(key, SopDocument.GLOBAL)) {
            throw InvalidInputException.of("key", UserTexts.of("problem.sop.master.key-taken", key));
        }
        Instant now = clock.instant();
        SopDocument document = SopDocument.master(key, form.title().trim(), form.category().trim(), actor.username(), now);
        documents.insert(document);
        SopVersion draft = SopVersion.authored(document.id(), 1, actor.username(), document.title(), form.body(),
                blankToNull(form.changeNote()), null, now);
        versions.insert(draft);
        events.publishEvent(EntityChanged.created("sop", document.id(), "SOP " + key + " created", document));
        return document;
    }

    @Transactional
    public SopVersion editDraft(UUID versionId, DraftForm form, Actor actor) {
        form.check();
        settings.requireFits("body", SopText.of(form.body()));
        SopVersion version = version(versionId);
        if (version.lockVersion() != form.lockVersion()) {
            throw dev.launchdesk.shared.ConflictException.staleVersion(UserTexts.of("problem.sop.draft.this"));
        }
        SopVersionView before = SopVersionView.of(version);
        version.edit(actor.username(), form.title().trim(), form.body(), blankToNull(form.changeNote()), clock.instant());
        versions.save(version);
        audit(version, "edited", "edited by " + actor.username(), before);
        return version;
    }

    @Transactional
    public SopVersion submit(UUID versionId, Actor actor) {
        SopVersion version = version(versionId);
        SopDocument document = document(version.documentId());
        checkParameters(document, version.body(), todayIn(document));
        SopVersionView before = SopVersionView.of(version);
        version.submit(clock.instant());
        versions.save(version);
        audit(version, "submitted", "submitted for review by " + actor.username(), before);
        return version;
    }

    @Transactional
    public SopVersion approve(UUID versionId, String comment, Actor actor) {
        checkComment(comment);
        SopVersion version = version(versionId);
        SopVersionView before = SopVersionView.of(version);
        version.approve(actor.username(), blankToNull(comment), clock.instant());
        versions.save(version);
        reviews.record(version.id(), actor.username(), SopReviews.Decision.APPROVED, blankToNull(comment), version.reviewedAt());
        audit(version, "approved", "approved by " + actor.username(), before);
        return version;
    }

    @Transactional
    public SopVersion requestChanges(UUID versionId, String comment, Actor actor) {
        checkComment(comment);
        SopVersion version = version(versionId);
        SopVersionView before = SopVersionView.of(version);
        version.requestChanges(actor.username(), comment, clock.instant());
        versions.save(version);
        reviews.record(version.id(), actor.username(), SopReviews.Decision.CHANGES_REQUESTED, comment, version.reviewedAt());
        audit(version, "changes-requested", "sent back to draft by " + actor.username() + ": " + comment, before);
        return version;
    }

    @Transactional
    public SopVersion publish(UUID versionId, PublishForm form, Actor actor) {
        SopVersion version = version(versionId);
        SopDocument document = document(version.documentId());
        LocalDate effective = form == null || form.effectiveDate() == null ? todayIn(document) : form.effectiveDate();
        LocalDate reviewBy = form == null || form.reviewBy() == null ? effective.plusDays(settings.reviewPeriodDays()) : form.reviewBy();
        if (effective.isAfter(todayIn(document))) {
            throw InvalidInputException.of("effectiveDate", UserTexts.of("problem.sop.publish.ahead-of-effective-date", effective.toString()));
        }
        checkParameters(document, version.body(), effective);
        Instant now = clock.instant();
        var previous = versions.published(document.id());
        SopVersionView before = SopVersionView.of(version);
        version.publish(actor.username(), effective, reviewBy, now);
        previous.ifPresent(p -> {
            p.supersede(now);
            versions.save(p);
        });
        versions.save(version);
        documents.retitle(document.id(), version.title(), now);
        audit(version, "published", "published by " + actor.username() + ", effective " + effective, before);
        List<String> changed = SopSections.changed(previous.map(SopVersion::body).orElse(null), version.body());
        events.publishEvent(new SopVersionPublished(document.id(), new SopVersionId(version.id()), document.key(), document.masterId(),
                MarketCode.ofNullable(document.marketCode()), version.number(), effective, changed));
        return version;
    }

    /** Starts the next version as a draft with the text of the newest one. */
    @Transactional
    public SopVersion startRevision(UUID documentId, Actor actor) {
        SopVersion latest = startingPoint(documentId);
        return insertRevision(documentId, latest, latest.title(), latest.body(), null, actor);
    }

    /**
     * Saves the next version as a draft with the text the editor wrote on the new-version page; nothing exists
     * before this, so a new version the editor cancels leaves nothing behind.
     */
    @Transactional
    public SopVersion startRevision(UUID documentId, DraftForm form, Actor actor) {
        form.check();
        settings.requireFits("body", SopText.of(form.body()));
        SopVersion latest = startingPoint(documentId);
        return insertRevision(documentId, latest, form.title().trim(), form.body(), blankToNull(form.changeNote()), actor);
    }

    /** The version the next one starts from: the one in force, else the newest usable one; refused while a version is open. */
    public SopVersion startingPoint(UUID documentId) {
        document(documentId);
        versions.open(documentId).ifPresent(open -> {
            throw new SopRuleViolation(UserTexts.of("problem.sop.revision.version-open", String.valueOf(open.number()), open.status().words()));
        });
        return versions.published(documentId).orElseGet(() -> versions.of(documentId).stream()
                .filter(v -> v.status() != SopStatus.WITHDRAWN && !v.hasConflicts()).findFirst()
                .orElseThrow(() -> new SopRuleViolation(UserTexts.of("problem.sop.revision.nothing-to-start-from"))));
    }

    private SopVersion insertRevision(UUID documentId, SopVersion latest, String title, String body, String changeNote, Actor actor) {
        SopVersion draft = SopVersion.authored(documentId, versions.nextNumber(documentId), actor.username(), title, body, changeNote,
                latest.baseMasterVersionId(), clock.instant());
        versions.insert(draft);
        audit(draft, "created", "revision started by " + actor.username(), null);
        return draft;
    }

    /** Withdraws an open version; it stays in the history. */
    @Transactional
    public SopVersion withdraw(UUID versionId, Actor actor) {
        SopVersion version = version(versionId);
        SopVersionView before = SopVersionView.of(version);
        version.withdraw(clock.instant());
        versions.save(version);
        audit(version, "withdrawn", "withdrawn by " + actor.username(), before);
        return version;
    }

    /** Placeholders must resolve: in a variant, to the market's value in force on the date; in a master, to a known key. */
    void checkParameters(SopDocument document, String body, LocalDate date) {
        Set<String> unknown = new TreeSet<>();
        Set<String> known = document.isMaster() ? policies.knownKeys() : policies.valuesInForce(document.marketCode(), date).keySet();
        for (String key : SopParameters.used(body)) {
            if (!known.contains(key)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            String where = document.isMaster() ? UserTexts.of("problem.sop.parameters.in-any-market")
                    : UserTexts.of("problem.sop.parameters.in-market", document.marketCode(), date.toString());
            throw InvalidInputException.of("body", UserTexts.of("problem.sop.parameters.unknown",
                    unknown.stream().map(k -> "{{" + k + "}}").toList().toString(), where));
        }
    }

    private static void checkComment(String comment) {
        if (comment != null && comment.length() > MAX_COMMENT_CHARACTERS) {
            throw InvalidInputException.of("comment", UserTexts.of("problem.sop.field.at-most", String.valueOf(MAX_COMMENT_CHARACTERS)));
        }
    }

    LocalDate todayIn(SopDocument document) {
        return document.isMaster() ? LocalDate.now(clock) : markets.market(document.marketCode()).today(clock);
    }

    private SopVersion version(UUID id) {
        return versions.find(id).orElseThrow(() -> new NotFoundException(UserTexts.of("problem.sop.version.what"), id));
    }

    private SopDocument document(UUID id) {
        return documents.find(id, VendorScope.all()).orElseThrow(() -> new NotFoundException(UserTexts.of("problem.sop.document.what"), id));
    }

    private void audit(SopVersion version, String action, String what, SopVersionView before) {
        SopDocument document = document(version.documentId());
        events.publishEvent(new EntityChanged("sop_version", version.id().toString(), action,
                document.key() + " (" + document.scope() + ") v" + version.number() + " " + what, before, SopVersionView.of(version)));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
