package dev.launchdesk.sop.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.modulith.NamedInterface;

import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.sop.markdown.SopText;

/**
 * One version of an SOP. Its content can change only while it is a draft; after that each step of
 * draft → in review → approved → published is a method that checks its rule (e.g. four eyes) first.
 */
@NamedInterface("library")
public final class SopVersion {

    private final UUID id;
    private final UUID documentId;
    private final int number;
    private final VersionOrigin origin;
    /** Who wrote the version; {@code null} for a propagated draft, which the system proposed for the master's change. */
    private final String author;
    private final Instant createdAt;
    private final UUID baseMasterVersionId;
    private final UUID mergedFromVersionId;
    private SopStatus status;
    private String editedBy;
    private String title;
    private SopText body;
    private String changeNote;
    private String conflicts;
    private Instant updatedAt;
    private Instant submittedAt;
    private String reviewer;
    private Instant reviewedAt;
    private String reviewComment;
    private String publishedBy;
    private Instant publishedAt;
    private LocalDate effectiveDate;
    private LocalDate reviewBy;
    private int lockVersion;

    private SopVersion(Stored s) {
        this.id = s.id;
        this.documentId = s.documentId;
        this.number = s.number;
        this.status = s.status;
        this.origin = s.origin;
        this.title = s.title;
        this.body = SopText.of(s.body);
        this.changeNote = s.changeNote;
        this.baseMasterVersionId = s.baseMasterVersionId;
        this.conflicts = s.conflicts;
        this.author = s.author;
        this.createdAt = s.createdAt;
        this.updatedAt = s.updatedAt;
        this.submittedAt = s.submittedAt;
        this.reviewer = s.reviewer;
        this.reviewedAt = s.reviewedAt;
        this.reviewComment = s.reviewComment;
        this.publishedBy = s.publishedBy;
        this.publishedAt = s.publishedAt;
        this.effectiveDate = s.effectiveDate;
        this.reviewBy = s.reviewBy;
        this.lockVersion = s.lockVersion;
        this.editedBy = s.editedBy;
        this.mergedFromVersionId = s.mergedFromVersionId;
    }

    /** A draft a person writes: the first version of a new master, or a new revision of an SOP (based on the same master version as the one it revises). */
    public static SopVersion authored(UUID documentId, int number, String author, String title, String body, String changeNote,
                                      UUID baseMasterVersionId, Instant now) {
        return new Stored(UUID.randomUUID(), documentId, number).status(SopStatus.DRAFT).origin(VersionOrigin.AUTHORED)
                .text(title, body, changeNote).baseMasterVersion(baseMasterVersionId).author(author).created(now).build();
    }

    /** The first draft of a new regional variant: the master version's text, based on it. */
    public static SopVersion derived(UUID variantId, SopVersion masterVersion, String changeNote, String author, Instant now) {
        return new Stored(UUID.randomUUID(), variantId, 1).status(SopStatus.DRAFT).origin(VersionOrigin.DERIVED)
                .text(masterVersion.title(), masterVersion.body(), changeNote).baseMasterVersion(masterVersion.id()).author(author)
                .created(now).build();
    }

    /**
     * A draft proposed by merging a master change into the regional version {@code mergedFrom}. No person wrote it (the
     * system did, for the master's change), so it has no author: four eyes then concerns only whoever resolves its
     * conflicts or edits it ({@link #editedBy()}).
     */
    public static SopVersion proposed(UUID documentId, int number, String title, String body, String changeNote, UUID baseMasterVersionId,
                               String conflicts, UUID mergedFrom, Instant now) {
        return new Stored(UUID.randomUUID(), documentId, number).status(SopStatus.DRAFT).origin(VersionOrigin.PROPAGATED)
                .text(title, body, changeNote).baseMasterVersion(baseMasterVersionId).conflicts(conflicts).mergedFrom(mergedFrom)
                .created(now).build();
    }

    /** A version as it was stored, field by field (the repository reads rows back through it). */
    public static Stored stored(UUID id, UUID documentId, int number) {
        return new Stored(id, documentId, number);
    }

    /** The state of a version as stored: each step names what it sets, {@link #build()} makes the version. */
    public static final class Stored {

        private final UUID id;
        private final UUID documentId;
        private final int number;
        private SopStatus status;
        private VersionOrigin origin;
        private String title;
        private String body;
        private String changeNote;
        private UUID baseMasterVersionId;
        private String conflicts;
        private String author;
        private Instant createdAt;
        private Instant updatedAt;
        private Instant submittedAt;
        private String reviewer;
        private Instant reviewedAt;
        private String reviewComment;
        private String publishedBy;
        private Instant publishedAt;
        private LocalDate effectiveDate;
        private LocalDate reviewBy;
        private int lockVersion;
        private String editedBy;
        private UUID mergedFromVersionId;

        private Stored(UUID id, UUID documentId, int number) {
            this.id = id;
            this.documentId = documentId;
            this.number = number;
        }

        public Stored status(SopStatus status) {
            this.status = status;
            return this;
        }

        public Stored origin(VersionOrigin origin) {
            this.origin = origin;
            return this;
        }

        public Stored text(String title, String body, String changeNote) {
            this.title = title;
            this.body = body;
            this.changeNote = changeNote;
            return this;
        }

        public Stored baseMasterVersion(UUID baseMasterVersionId) {
            this.baseMasterVersionId = baseMasterVersionId;
            return this;
        }

        public Stored conflicts(String conflicts) {
            this.conflicts = conflicts;
            return this;
        }

        public Stored author(String author) {
            this.author = author;
            return this;
        }

        /** Created now and not changed since. */
        public Stored created(Instant now) {
            return created(now, now);
        }

        public Stored created(Instant createdAt, Instant updatedAt) {
            this.createdAt = createdAt;
            this.updatedAt = updatedAt;
            return this;
        }

        public Stored submitted(Instant submittedAt) {
            this.submittedAt = submittedAt;
            return this;
        }

        public Stored reviewed(String reviewer, Instant reviewedAt, String reviewComment) {
            this.reviewer = reviewer;
            this.reviewedAt = reviewedAt;
            this.reviewComment = reviewComment;
            return this;
        }

        public Stored published(String publishedBy, Instant publishedAt, LocalDate effectiveDate, LocalDate reviewBy) {
            this.publishedBy = publishedBy;
            this.publishedAt = publishedAt;
            this.effectiveDate = effectiveDate;
            this.reviewBy = reviewBy;
            return this;
        }

        public Stored lockVersion(int lockVersion) {
            this.lockVersion = lockVersion;
            return this;
        }

        public Stored editedBy(String editedBy) {
            this.editedBy = editedBy;
            return this;
        }

        public Stored mergedFrom(UUID mergedFromVersionId) {
            this.mergedFromVersionId = mergedFromVersionId;
            return this;
        }

        public SopVersion build() {
            return new SopVersion(this);
        }
    }

    public void edit(String editor, String newTitle, String newBody, String newChangeNote, Instant now) {
        require(status == SopStatus.DRAFT, () -> UserTexts.of("problem.sop.version.edit-not-draft", status.words()));
        require(!hasConflicts(), () -> UserTexts.of("problem.sop.version.edit-with-conflicts"));
        editedBy = editor;
        title = newTitle;
        body = SopText.of(newBody);
        changeNote = newChangeNote;
        updatedAt = now;
    }

    /**
     * Replaces the text of a propagated draft once every conflict hunk is resolved; the change note then says so
     * (the merge's note, "with conflicts to resolve", would be stale).
     */
    public void resolveConflicts(String editor, String resolvedBody, String resolvedNote, Instant now) {
        require(status == SopStatus.DRAFT && conflicts != null, () -> UserTexts.of("problem.sop.conflicts.none-in-this-version"));
        editedBy = editor;
        body = SopText.of(resolvedBody);
        changeNote = resolvedNote;
        conflicts = null;
        updatedAt = now;
    }

    public void submit(Instant now) {
        require(status == SopStatus.DRAFT, () -> UserTexts.of("problem.sop.review.submit-not-draft", status.words()));
        require(!hasConflicts(), () -> UserTexts.of("problem.sop.review.submit-with-conflicts"));
        require(!hasConflictMarkers(body.markdown()), () -> UserTexts.of("problem.sop.review.conflict-markers"));
        status = SopStatus.IN_REVIEW;
        submittedAt = now;
        updatedAt = now;
    }

    /** Four eyes: the reviewer must not be the author nor the last person who changed the text. */
    public void approve(String approver, String comment, Instant now) {
        require(status == SopStatus.IN_REVIEW, () -> UserTexts.of("problem.sop.review.approve-not-in-review", status.words()));
        require(author == null || !approver.equals(author), () -> UserTexts.of("problem.sop.review.four-eyes-author", approver));
        require(!approver.equals(editedBy), () -> UserTexts.of("problem.sop.review.four-eyes-editor", approver));
        status = SopStatus.APPROVED;
        reviewer = approver;
        reviewedAt = now;
        reviewComment = comment;
        updatedAt = now;
    }

    public void requestChanges(String requestedBy, String comment, Instant now) {
        require(status == SopStatus.IN_REVIEW, () -> UserTexts.of("problem.sop.review.changes-not-in-review", status.words()));
        require(comment != null && !comment.isBlank(), () -> UserTexts.of("problem.sop.review.changes-unsaid"));
        status = SopStatus.DRAFT;
        reviewer = requestedBy;
        reviewedAt = now;
        reviewComment = comment;
        updatedAt = now;
    }

    public void publish(String publisher, LocalDate effective, LocalDate reviewByDate, Instant now) {
        require(status == SopStatus.APPROVED, () -> UserTexts.of("problem.sop.publish.not-approved", status.words()));
        require(!hasConflicts(), () -> UserTexts.of("problem.sop.publish.with-conflicts"));
        require(reviewByDate.isAfter(effective), () -> UserTexts.of("problem.sop.publish.review-by-not-after-effective"));
        status = SopStatus.PUBLISHED;
        publishedBy = publisher;
        publishedAt = now;
        effectiveDate = effective;
        reviewBy = reviewByDate;
        updatedAt = now;
    }

    public void supersede(Instant now) {
        require(status == SopStatus.PUBLISHED, () -> UserTexts.of("problem.sop.version.supersede-not-published"));
        status = SopStatus.SUPERSEDED;
        updatedAt = now;
    }

    /** An open version replaced by a propagated draft; kept, never deleted, so nothing is lost. */
    public void withdraw(Instant now) {
        require(status.isOpen(), () -> UserTexts.of("problem.sop.version.withdraw-not-open"));
        status = SopStatus.WITHDRAWN;
        updatedAt = now;
    }

    static boolean hasConflictMarkers(String text) {
        return text.startsWith("<<<<<<< regional") || text.contains("\n<<<<<<< regional") || text.contains("\n>>>>>>> master");
    }

    public boolean hasConflicts() {
        return conflicts != null;
    }

    public boolean isDueForReview(LocalDate today) {
        return status == SopStatus.PUBLISHED && reviewBy != null && !reviewBy.isAfter(today);
    }

    /** Refuses the step unless the condition holds, with the rule's text in the request's language (only resolved when refused). */
    private static void require(boolean condition, Supplier<String> problem) {
        if (!condition) {
            throw new SopRuleViolation(problem.get());
        }
    }

    public UUID id() { return id; }
    public UUID documentId() { return documentId; }
    public int number() { return number; }
    public SopStatus status() { return status; }
    public VersionOrigin origin() { return origin; }
    public String title() { return title; }
    public String body() { return body.markdown(); }
    public SopText text() { return body; }
    public String changeNote() { return changeNote; }
    public UUID baseMasterVersionId() { return baseMasterVersionId; }
    public String conflicts() { return conflicts; }
    public String author() { return author; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant submittedAt() { return submittedAt; }
    public String reviewer() { return reviewer; }
    public Instant reviewedAt() { return reviewedAt; }
    public String reviewComment() { return reviewComment; }
    public String publishedBy() { return publishedBy; }
    public Instant publishedAt() { return publishedAt; }
    public LocalDate effectiveDate() { return effectiveDate; }
    public LocalDate reviewBy() { return reviewBy; }
    public int lockVersion() { return lockVersion; }
    public String editedBy() { return editedBy; }
    public UUID mergedFromVersionId() { return mergedFromVersionId; }
}
