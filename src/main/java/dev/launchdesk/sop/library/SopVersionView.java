package dev.launchdesk.sop.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A version as the API and the audit trail show it. */
public record SopVersionView(UUID id, UUID documentId, int number, SopStatus status, VersionOrigin origin, String title, String body,
                             String changeNote, UUID baseMasterVersionId, boolean hasConflicts, String author, Instant createdAt,
                             String reviewer, Instant reviewedAt, String reviewComment, String publishedBy, Instant publishedAt,
                             LocalDate effectiveDate, LocalDate reviewBy, int lockVersion) {

    public static SopVersionView of(SopVersion v) {
        return new SopVersionView(v.id(), v.documentId(), v.number(), v.status(), v.origin(), v.title(), v.body(), v.changeNote(),
                v.baseMasterVersionId(), v.hasConflicts(), v.author(), v.createdAt(), v.reviewer(), v.reviewedAt(), v.reviewComment(),
                v.publishedBy(), v.publishedAt(), v.effectiveDate(), v.reviewBy(), v.lockVersion());
    }
}
