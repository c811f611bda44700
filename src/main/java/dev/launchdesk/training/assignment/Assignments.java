package dev.launchdesk.training.assignment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.training.standing.TrainingStandings;

/** Assignments and assignment rules; every write of an assignment refreshes the agent's {@link TrainingStandings standing}. */
@Repository
@org.springframework.modulith.NamedInterface("assignment")
public class Assignments {

    private final JdbcClient jdbc;
    private final TrainingStandings standings;

    Assignments(JdbcClient jdbc, TrainingStandings standings) {
        this.jdbc = jdbc;
        this.standings = standings;
    }

    /** Inserts the assignment unless the agent has that module's cycle already; whether it was inserted. */
    boolean insertIfAbsent(Assignment a) {
        boolean inserted = insertRow(a);
        if (inserted) {
            standings.refresh(a.moduleId(), a.agentId());
        }
        return inserted;
    }

    /** Inserts each assignment (all of one module) unless the agent has that cycle already; how many were inserted. */
    int insertAllIfAbsent(UUID moduleId, List<Assignment> all) {
        List<UUID> agents = new java.util.ArrayList<>();
        for (Assignment a : all) {
            if (!a.moduleId().equals(moduleId)) {
                throw new IllegalArgumentException("assignment " + a.id() + " is not of module " + moduleId);
            }
            if (insertRow(a)) {
                agents.add(a.agentId());
            }
        }
        standings.refresh(moduleId, agents);
        return agents.size();
    }

    private boolean insertRow(Assignment a) {
        return jdbc.sql("""
                insert into training_assignment (id, module_id, agent_id, cycle, rule_id, due_on, assigned_by, assigned_at, completed_at)
                select :id, :module, :agent, :cycle, :rule, :due, :by, :at, null
                 where not exists (select 1 from training_assignment where module_id = :module and agent_id = :agent and cycle = :cycle)
                """).param("id", a.id()).param("module", a.moduleId()).param("agent", a.agentId()).param("cycle", a.cycle())
                .param("rule", a.ruleId()).param("due", Date.valueOf(a.dueOn())).param("by", a.assignedBy())
                .param("at", Timestamp.from(a.assignedAt())).update() > 0;
    }

    public Optional<Assignment> find(UUID id) {
        return jdbc.sql("select * from training_assignment where id = :id").param("id", id).query(Assignments::map).optional();
    }

    public List<Assignment> ofAgent(UUID agentId) {
        return jdbc.sql("select * from training_assignment where agent_id = :a order by assigned_at").param("a", agentId)
                .query(Assignments::map).list();
    }

    public List<Assignment> of(UUID moduleId, UUID agentId) {
        return jdbc.sql("select * from training_assignment where module_id = :m and agent_id = :a order by cycle")
                .param("m", moduleId).param("a", agentId).query(Assignments::map).list();
    }

    /** Every assignment of the modules, for readiness and lists. */
    public List<Assignment> ofModules(Collection<UUID> moduleIds) {
        if (moduleIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from training_assignment where module_id in (:ids)").param("ids", moduleIds)
                .query(Assignments::map).list();
    }

    /** Open assignments due on or before the day, for reminders and the work queue. */
    public List<Assignment> openDueBy(java.time.LocalDate day) {
        return jdbc.sql("select * from training_assignment where completed_at is null and due_on <= :d order by due_on")
                .param("d", Date.valueOf(day)).query(Assignments::map).list();
    }

    /** Marks an open assignment completed; false when it was completed before. */
    public boolean complete(UUID id, Instant at) {
        boolean completed = jdbc.sql("update training_assignment set completed_at = :at where id = :id and completed_at is null")
                .param("id", id).param("at", Timestamp.from(at)).update() > 0;
        if (completed) {
            standings.refreshOfAssignment(id);
        }
        return completed;
    }

    /**
     * Dates the open assignments of a module as made at {@code assignedAt}, due on {@code dueOn}: for history loaded after
     * the fact (a retraining another system made when its SOP version took effect, the demo's story), so that readiness
     * as of earlier days reads it from when it was made. How many were dated.
     */
    public int dateOpenAssignments(UUID moduleId, Instant assignedAt, java.time.LocalDate dueOn) {
        int dated = jdbc.sql("update training_assignment set assigned_at = :at, due_on = :due where module_id = :m and completed_at is null")
                .param("m", moduleId).param("at", Timestamp.from(assignedAt)).param("due", Date.valueOf(dueOn)).update();
        standings.refreshModule(moduleId);
        return dated;
    }

    void insert(AssignmentRule r) {
        jdbc.sql("""
                insert into training_assignment_rule (id, module_id, vendor_id, site_id, language, skill, due_days, created_by, created_at)
                values (:id, :module, :vendor, :site, :language, :skill, :days, :by, :at)
                """).param("id", r.id()).param("module", r.moduleId()).param("vendor", r.vendorId()).param("site", r.siteId())
                .param("language", r.language()).param("skill", r.skill()).param("days", r.dueDays()).param("by", r.createdBy())
                .param("at", Timestamp.from(r.createdAt())).update();
    }

    List<AssignmentRule> rules() {
        return jdbc.sql("select * from training_assignment_rule order by created_at").query(Assignments::rule).list();
    }

    List<AssignmentRule> rulesOf(UUID moduleId) {
        return jdbc.sql("select * from training_assignment_rule where module_id = :m order by created_at").param("m", moduleId)
                .query(Assignments::rule).list();
    }

    private static AssignmentRule rule(ResultSet rs, int n) throws SQLException {
        return new AssignmentRule(rs.getObject("id", UUID.class), rs.getObject("module_id", UUID.class), rs.getObject("vendor_id", UUID.class),
                rs.getObject("site_id", UUID.class), rs.getString("language"), rs.getString("skill"), rs.getInt("due_days"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    private static Assignment map(ResultSet rs, int n) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new Assignment(rs.getObject("id", UUID.class), rs.getObject("module_id", UUID.class), rs.getObject("agent_id", UUID.class),
                rs.getInt("cycle"), rs.getObject("rule_id", UUID.class), rs.getDate("due_on").toLocalDate(), rs.getString("assigned_by"),
                rs.getTimestamp("assigned_at").toInstant(), completed == null ? null : completed.toInstant());
    }
}
