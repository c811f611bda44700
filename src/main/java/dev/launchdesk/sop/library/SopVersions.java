package dev.launchdesk.sop.library;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.UserTexts;

@Repository
public class SopVersions {

    private final JdbcClient jdbc;

    SopVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SopVersion> of(UUID documentId) {
        return jdbc.sql("select * from sop_version where document_id = :d order by number desc")
                .param("d", documentId).query(SopVersions::map).list();
    }

    public Optional<SopVersion> find(UUID id) {
        return jdbc.sql("select * from sop_version where id = :id").param("id", id).query(SopVersions::map).optional();
    }

    public Optional<SopVersion> published(UUID documentId) {
        return jdbc.sql("select * from sop_version where document_id = :d and status = 'PUBLISHED'")
                .param("d", documentId).query(SopVersions::map).optional();
    }

    public Optional<SopVersion> open(UUID documentId) {
        return jdbc.sql("select * from sop_version where document_id = :d and status in ('DRAFT', 'IN_REVIEW', 'APPROVED')")
                .param("d", documentId).query(SopVersions::map).optional();
    }

    /** Every version not yet published nor closed (drafts, in review, approved), of every SOP. */
    public List<SopVersion> openVersions() {
        return jdbc.sql("select * from sop_version where status in ('DRAFT', 'IN_REVIEW', 'APPROVED') order by updated_at")
                .query(SopVersions::map).list();
    }

    /** The newest version of each document, keyed by document id. */
    Map<UUID, SopVersion> latest(Collection<UUID> documentIds) {
        Map<UUID, SopVersion> latest = new HashMap<>();
        if (documentIds.isEmpty()) {
            return latest;
        }
        jdbc.sql("""
                select v.* from sop_version v
                 where v.document_id in (:ids)
                   and v.number = (select max(w.number) from sop_version w where w.document_id = v.document_id)
                """).param("ids", documentIds).query(SopVersions::map).list().forEach(v -> latest.put(v.documentId(), v));
        return latest;
    }

    /** The published version of each document that has one. */
    public Map<UUID, SopVersion> publishedOf(Collection<UUID> documentIds) {
        Map<UUID, SopVersion> published = new HashMap<>();
        if (documentIds.isEmpty()) {
            return published;
        }
        jdbc.sql("select * from sop_version where document_id in (:ids) and status = 'PUBLISHED'")
                .param("ids", documentIds).query(SopVersions::map).list().forEach(v -> published.put(v.documentId(), v));
        return published;
    }

    List<SopVersion> dueForReview(LocalDate today) {
        return jdbc.sql("select * from sop_version where status = 'PUBLISHED' and review_by <= :d order by review_by")
                .param("d", Date.valueOf(today)).query(SopVersions::map).list();
    }

    public int nextNumber(UUID documentId) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from sop_version where document_id = :d")
                .param("d", documentId).query(Integer.class).single();
    }

    public void insert(SopVersion v) {
        jdbc.sql("""
                insert into sop_version (id, document_id, number, status, origin, title, body, change_note, base_master_version_id,
                                         conflicts, author, created_at, updated_at, lock_version, merged_from_version_id)
                values (:id, :doc, :number, :status, :origin, :title, :body, :note, :base, :conflicts, :author, :at, :at, 0, :mergedFrom)
                """).param("id", v.id()).param("doc", v.documentId()).param("number", v.number())
                .param("status", v.status().name()).param("origin", v.origin().name()).param("title", v.title())
                .param("body", v.body()).param("note", v.changeNote()).param("base", v.baseMasterVersionId())
                .param("conflicts", v.conflicts()).param("author", v.author()).param("at", Timestamp.from(v.createdAt()))
                .param("mergedFrom", v.mergedFromVersionId()).update();
    }

    /** Saves the version's state if nobody saved it since it was read; otherwise the caller is told. */
    public void save(SopVersion v) {
        int rows = jdbc.sql("""
                update sop_version set status = :status, title = :title, body = :body, change_note = :note, conflicts = :conflicts,
                       updated_at = :updated, submitted_at = :submitted, reviewer = :reviewer, reviewed_at = :reviewed,
                       review_comment = :comment, published_by = :publishedBy, published_at = :publishedAt,
                       effective_date = :effective, review_by = :reviewBy, edited_by = :editedBy, lock_version = lock_version + 1
                 where id = :id and lock_version = :lock
                """).param("id", v.id()).param("status", v.status().name()).param("title", v.title()).param("body", v.body())
                .param("note", v.changeNote()).param("conflicts", v.conflicts()).param("updated", ts(v.updatedAt()))
                .param("submitted", ts(v.submittedAt())).param("reviewer", v.reviewer()).param("reviewed", ts(v.reviewedAt()))
                .param("comment", v.reviewComment()).param("publishedBy", v.publishedBy()).param("publishedAt", ts(v.publishedAt()))
                .param("effective", v.effectiveDate() == null ? null : Date.valueOf(v.effectiveDate()))
                .param("reviewBy", v.reviewBy() == null ? null : Date.valueOf(v.reviewBy()))
                .param("editedBy", v.editedBy()).param("lock", v.lockVersion()).update();
        if (rows == 0) {
            throw ConflictException.staleVersion(UserTexts.of("problem.sop.version.named", String.valueOf(v.number())));
        }
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static SopVersion map(ResultSet rs, int row) throws SQLException {
        return SopVersion.stored(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class), rs.getInt("number"))
                .status(SopStatus.valueOf(rs.getString("status"))).origin(VersionOrigin.valueOf(rs.getString("origin")))
                .text(rs.getString("title"), rs.getString("body"), rs.getString("change_note"))
                .baseMasterVersion(rs.getObject("base_master_version_id", UUID.class)).conflicts(rs.getString("conflicts"))
                .author(rs.getString("author")).created(instant(rs, "created_at"), instant(rs, "updated_at"))
                .submitted(instant(rs, "submitted_at"))
                .reviewed(rs.getString("reviewer"), instant(rs, "reviewed_at"), rs.getString("review_comment"))
                .published(rs.getString("published_by"), instant(rs, "published_at"), date(rs, "effective_date"), date(rs, "review_by"))
                .lockVersion(rs.getInt("lock_version")).editedBy(rs.getString("edited_by"))
                .mergedFrom(rs.getObject("merged_from_version_id", UUID.class)).build();
    }
}
