package dev.launchdesk.sop.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The change feed of the SOP search ({@code sop_search_change}): which SOPs' published text changed, in the order of a
 * sequence. Every app node follows it into its own Lucene index, so a publication on one node is found on all.
 */
@Repository
class SopSearchFeed {

    /** One SOP to read into the index again. */
    record Change(long position, UUID documentId) {
    }

    private final JdbcClient jdbc;

    SopSearchFeed(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID documentId, Instant now) {
        jdbc.sql("insert into sop_search_change (document_id, recorded_at) values (:d, :now)")
                .param("d", documentId).param("now", Timestamp.from(now)).update();
    }

    /** The newest position, 0 for an empty feed. */
    long lastPosition() {
        return jdbc.sql("select coalesce(max(seq), 0) from sop_search_change").query(Long.class).single();
    }

    List<Change> after(long position, int limit) {
        return jdbc.sql("select seq, document_id from sop_search_change where seq > :p order by seq limit :limit")
                .param("p", position).param("limit", limit)
                .query((rs, n) -> new Change(rs.getLong("seq"), rs.getObject("document_id", UUID.class))).list();
    }

    int forgetBefore(Instant cutoff) {
        return jdbc.sql("delete from sop_search_change where recorded_at < :cutoff").param("cutoff", Timestamp.from(cutoff)).update();
    }
}
