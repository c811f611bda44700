package dev.launchdesk.training.certification;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.sop.SopVersionId;
import dev.launchdesk.training.standing.TrainingStandings;

/** The certification history (insert only; each insert refreshes the agent's {@link TrainingStandings standing}), the expiry notices sent, and which assignments have an attempt started. */
@Repository
public class Certifications {

    private final JdbcClient jdbc;
    private final TrainingStandings standings;

    Certifications(JdbcClient jdbc, TrainingStandings standings) {
        this.jdbc = jdbc;
        this.standings = standings;
    }

    public void insert(Certification c) {
        jdbc.sql("""
                insert into training_certification (id, agent_id, module_id, through_module_id, sop_document_id, sop_version_id,
                       sop_version_number, certified_on, valid_until, attempt_id, recorded_at)
                values (:id, :agent, :module, :through, :document, :version, :number, :on, :until, :attempt, :at)
                """).param("id", c.id()).param("agent", c.agentId()).param("module", c.moduleId()).param("through", c.throughModuleId())
                .param("document", c.sopDocumentId()).param("version", c.sopVersionId().value()).param("number", c.sopVersionNumber())
                .param("on", Date.valueOf(c.certifiedOn())).param("until", Date.valueOf(c.validUntil())).param("attempt", c.attemptId())
                .param("at", Timestamp.from(c.recordedAt())).update();
        standings.refresh(c.moduleId(), c.agentId());
    }

    public List<Certification> of(UUID agentId, UUID moduleId) {
        return jdbc.sql("select * from training_certification where agent_id = :a and module_id = :m order by certified_on, recorded_at")
                .param("a", agentId).param("m", moduleId).query(Certifications::map).list();
    }

    public List<Certification> ofModules(Collection<UUID> moduleIds) {
        if (moduleIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from training_certification where module_id in (:ids)").param("ids", moduleIds)
                .query(Certifications::map).list();
    }

    public List<Certification> ofAgent(UUID agentId) {
        return jdbc.sql("select * from training_certification where agent_id = :a order by certified_on, recorded_at").param("a", agentId)
                .query(Certifications::map).list();
    }

    /** The assignments (of the modules) on which an attempt was started. */
    Set<UUID> startedAssignments(Collection<UUID> moduleIds) {
        if (moduleIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select distinct assignment_id from training_attempt where module_id in (:ids)")
                .param("ids", moduleIds).query(UUID.class).list());
    }

    /** Records that the notice was sent; false when it had been sent before (then nothing is sent again). */
    boolean noteSent(UUID agentId, UUID moduleId, LocalDate validUntil, ReminderStage stage, Instant now) {
        return jdbc.sql("""
                insert into training_expiry_notice (agent_id, module_id, valid_until, stage, sent_at)
                select :a, :m, :until, :stage, :at
                 where not exists (select 1 from training_expiry_notice
                                    where agent_id = :a and module_id = :m and valid_until = :until and stage = :stage)
                """).param("a", agentId).param("m", moduleId).param("until", Date.valueOf(validUntil)).param("stage", stage.name())
                .param("at", Timestamp.from(now)).update() > 0;
    }

    private static Certification map(ResultSet rs, int n) throws SQLException {
        return new Certification(rs.getObject("id", UUID.class), rs.getObject("agent_id", UUID.class), rs.getObject("module_id", UUID.class),
                rs.getObject("through_module_id", UUID.class), rs.getObject("sop_document_id", UUID.class),
                new SopVersionId(rs.getObject("sop_version_id", UUID.class)), rs.getInt("sop_version_number"),
                rs.getDate("certified_on").toLocalDate(), rs.getDate("valid_until").toLocalDate(), rs.getObject("attempt_id", UUID.class),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
