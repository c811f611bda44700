package dev.launchdesk.training.standing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place every writer of the training history goes through after its write, in the same transaction: each
 * agent's standing row in a (base) module — the end of validity of the certification in force, the open assignments of
 * the module, how many of them have a quiz started, the outstanding delta retrainings — worked out again from that
 * agent's history in the module. A write of a delta module's history refreshes the standing in its base module.
 * Writers of one module take turns on the module's row (a lock until commit), so each refresh reads every write
 * committed before it: two writes at the same time cannot leave a standing that misses one of them. The rule is the
 * migration's backfill ({@code V20_61__training_standing.sql}); readiness as of today reads these rows.
 */
@Repository
public class TrainingStandings {

    /** Agents per statement: well below every database's limit of bound parameters. */
    private static final int AGENTS_PER_STATEMENT = 1_000;

    /** Per agent of the base module ({@code %1$s}: which agents): the facts of the history kept in the standing row. */
    private static final String RECOMPUTE = """
            insert into training_standing (module_id, agent_id, valid_until, certified_version, open_assignments, started, open_deltas)
            select :base, x.agent_id, max(x.valid_until), max(x.version), sum(x.own_open), sum(x.started), sum(x.delta_open)
              from (select c.agent_id, c.valid_until, c.sop_version_number as version, 0 as own_open, 0 as started, 0 as delta_open
                      from training_certification c
                     where c.module_id = :base %1$s
                    union all
                    select a.agent_id, cast(null as date), cast(null as integer), case when a.completed_at is null then 1 else 0 end,
                           case when a.completed_at is null and exists (select 1 from training_attempt p where p.assignment_id = a.id)
                                then 1 else 0 end, 0
                      from training_assignment a
                     where a.module_id = :base %1$s
                    union all
                    select a.agent_id, cast(null as date), cast(null as integer), 0, 0, case when a.completed_at is null then 1 else 0 end
                      from training_assignment a join training_module d on d.id = a.module_id
                     where d.base_module_id = :base %1$s) x
             group by x.agent_id
            """;

    private static final String OF_AGENTS = "and agent_id in (:agents)";

    private final JdbcClient jdbc;
    /** PostgreSQL: a lock that leaves the key shared, so history rows referencing the module can still be written. */
    private final String lock;

    TrainingStandings(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            this.lock = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()) ? "for no key update" : "for update";
        }
    }

    /** After a write of the agents' history in the module (or in a delta module of it). */
    @Transactional
    public void refresh(UUID moduleId, Collection<UUID> agentIds) {
        if (agentIds.isEmpty()) {
            return;
        }
        UUID base = lockBaseOf(moduleId);
        List<UUID> agents = new ArrayList<>(new LinkedHashSet<>(agentIds));
        for (int from = 0; from < agents.size(); from += AGENTS_PER_STATEMENT) {
            List<UUID> chunk = agents.subList(from, Math.min(agents.size(), from + AGENTS_PER_STATEMENT));
            jdbc.sql("delete from training_standing where module_id = :base " + OF_AGENTS).param("base", base).param("agents", chunk).update();
            jdbc.sql(RECOMPUTE.formatted(OF_AGENTS)).param("base", base).param("agents", chunk).update();
        }
    }

    @Transactional
    public void refresh(UUID moduleId, UUID agentId) {
        refresh(moduleId, List.of(agentId));
    }

    /** After a write of an assignment (its completion). */
    @Transactional
    public void refreshOfAssignment(UUID assignmentId) {
        jdbc.sql("select module_id, agent_id from training_assignment where id = :id").param("id", assignmentId)
                .query((rs, n) -> List.of(rs.getObject("module_id", UUID.class), rs.getObject("agent_id", UUID.class))).optional()
                .ifPresent(row -> refresh(row.get(0), row.get(1)));
    }

    /**
     * After history of the module (or a delta of it) was written for many agents at once (dated, or loaded in bulk):
     * the standing of every agent in it, worked out again.
     */
    @Transactional
    public void refreshModule(UUID moduleId) {
        UUID base = lockBaseOf(moduleId);
        jdbc.sql("delete from training_standing where module_id = :base").param("base", base).update();
        jdbc.sql(RECOMPUTE.formatted("")).param("base", base).update();
    }

    /** The base module of the module (itself, or the module a delta updates), locked for this transaction's refresh. */
    private UUID lockBaseOf(UUID moduleId) {
        UUID base = jdbc.sql("select coalesce(base_module_id, id) from training_module where id = :id").param("id", moduleId)
                .query(UUID.class).optional().orElseThrow(() -> new IllegalArgumentException("no training module " + moduleId));
        jdbc.sql("select id from training_module where id = :id " + lock).param("id", base).query(UUID.class).list();
        return base;
    }
}
