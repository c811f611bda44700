package dev.launchdesk.sop.acknowledgement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SopAcknowledgements {

    private final JdbcClient jdbc;

    SopAcknowledgements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the agent acknowledged each of the versions they did acknowledge. */
    Map<UUID, Instant> ofAgent(UUID agentId, Collection<UUID> versionIds) {
        Map<UUID, Instant> acknowledged = new HashMap<>();
        if (versionIds.isEmpty()) {
            return acknowledged;
        }
        jdbc.sql("select version_id, acknowledged_at from sop_acknowledgement where agent_id = :a and version_id in (:v)")
                .param("a", agentId).param("v", versionIds)
                .query((rs, row) -> Map.entry(rs.getObject("version_id", UUID.class), rs.getTimestamp("acknowledged_at").toInstant()))
                .list().forEach(e -> acknowledged.put(e.getKey(), e.getValue()));
        return acknowledged;
    }

    /** When each agent acknowledged the version, for the agents who did. */
    Map<UUID, Instant> ofVersion(UUID versionId) {
        Map<UUID, Instant> acknowledged = new HashMap<>();
        jdbc.sql("select agent_id, acknowledged_at from sop_acknowledgement where version_id = :v").param("v", versionId)
                .query((rs, row) -> Map.entry(rs.getObject("agent_id", UUID.class), rs.getTimestamp("acknowledged_at").toInstant()))
                .list().forEach(e -> acknowledged.put(e.getKey(), e.getValue()));
        return acknowledged;
    }

    boolean insertIfAbsent(UUID versionId, UUID agentId, Instant at, String by) {
        if (jdbc.sql("select count(*) from sop_acknowledgement where version_id = :v and agent_id = :a")
                .param("v", versionId).param("a", agentId).query(Long.class).single() > 0) {
            return false;
        }
        jdbc.sql("insert into sop_acknowledgement (id, version_id, agent_id, acknowledged_at, acknowledged_by) values (:id, :v, :a, :at, :by)")
                .param("id", UUID.randomUUID()).param("v", versionId).param("a", agentId).param("at", Timestamp.from(at)).param("by", by)
                .update();
        return true;
    }
}
