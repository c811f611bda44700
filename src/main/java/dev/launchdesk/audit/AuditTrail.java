package dev.launchdesk.audit;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.shared.PageOf;

/** The audit trail's table: append and read, nothing else (the database rejects updates and deletes too). */
@Repository
public class AuditTrail {

    private static final String FILTER = """
             where (cast(:entityType as varchar) is null or entity_type = :entityType)
               and (cast(:entityId as varchar) is null or entity_id = :entityId)
               and (cast(:actor as varchar) is null or actor = :actor)
               and (cast(:text as varchar) is null or lower(summary) like :text)
               and (cast(:fromTs as timestamp with time zone) is null or occurred_at >= :fromTs)
               and (cast(:toTs as timestamp with time zone) is null or occurred_at < :toTs)
            """;

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(AuditEntry entry) {
        jdbc.sql("""
                insert into audit_entry (occurred_at, actor, entity_type, entity_id, action, summary, before_state, after_state)
                values (:occurredAt, :actor, :entityType, :entityId, :action, :summary, :before, :after)
                """)
                .param("occurredAt", Timestamp.from(entry.occurredAt()))
                .param("actor", entry.actor())
                .param("entityType", entry.entityType())
                .param("entityId", entry.entityId())
                .param("action", entry.action())
                .param("summary", entry.summary())
                .param("before", entry.beforeState())
                .param("after", entry.afterState())
                .update();
    }

    public PageOf<AuditEntry> find(AuditQuery query, int page, int size) {
        Map<String, Object> params = params(query);
        long total = jdbc.sql("select count(*) from audit_entry" + FILTER).params(params).query(Long.class).single();
        List<AuditEntry> items = jdbc.sql("select * from audit_entry" + FILTER + " order by id desc limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(AuditTrail::map)
                .list();
        return new PageOf<>(items, page, size, total);
    }

    public List<String> entityTypes() {
        return jdbc.sql("select distinct entity_type from audit_entry order by entity_type").query(String.class).list();
    }

    private static Map<String, Object> params(AuditQuery q) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("entityType", blankToNull(q.entityType()));
        params.put("entityId", blankToNull(q.entityId()));
        params.put("actor", blankToNull(q.actor()));
        params.put("text", q.text() == null || q.text().isBlank() ? null : "%" + q.text().toLowerCase().trim() + "%");
        params.put("fromTs", q.from() == null ? null : Timestamp.from(q.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        params.put("toTs", q.to() == null ? null : Timestamp.from(q.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        return params;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static AuditEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"), rs.getString("summary"),
                rs.getString("before_state"), rs.getString("after_state"));
    }
}
