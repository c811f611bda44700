package dev.launchdesk.sop.authoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review decisions on each version, oldest first: a version sent back and then approved keeps both comments. */
@Repository
class SopReviews {

    /** One reviewer's decision on a version. */
    record Review(String reviewer, Decision decision, String comment, Instant reviewedAt) {
    }

    enum Decision { APPROVED, CHANGES_REQUESTED }

    private final JdbcClient jdbc;

    SopReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID versionId, String reviewer, Decision decision, String comment, Instant at) {
        jdbc.sql("""
                insert into sop_review (id, version_id, reviewer, decision, comment, reviewed_at)
                values (:id, :version, :reviewer, :decision, :comment, :at)
                """).param("id", UUID.randomUUID()).param("version", versionId).param("reviewer", reviewer)
                .param("decision", decision.name()).param("comment", comment).param("at", Timestamp.from(at)).update();
    }

    List<Review> of(UUID versionId) {
        return jdbc.sql("select reviewer, decision, comment, reviewed_at from sop_review where version_id = :v order by reviewed_at, id")
                .param("v", versionId)
                .query((rs, row) -> new Review(rs.getString("reviewer"), Decision.valueOf(rs.getString("decision")), rs.getString("comment"),
                        rs.getTimestamp("reviewed_at").toInstant()))
                .list();
    }
}
