package dev.launchdesk.training.readiness;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.training.certification.TrainingRecord;
import dev.launchdesk.training.certification.TrainingStatus;

/**
 * Every agent's status in each of a list of (base) modules on a day, worked out by the database from the kept history
 * — the certifications recorded by then, the assignments open at the end of that day (of the module and of its delta
 * modules), and whether a quiz was started on the open one — so that a market of 20,000 agents and 40 modules answers
 * in one query per 63 modules, one row per agent, instead of loading 1.6 million history rows. The rule is
 * {@link TrainingRecord#status}'s, as of the day: the certification in force is the one ending last among those
 * recorded by the day. Each row carries, per status, the modules in it as bits of their place in the list. As of today
 * the same rule reads the standing rows kept with every write ({@link #today}) instead of the history.
 */
@Repository
class Standings {

    /** Modules per query: one bit each in a signed 64-bit integer. */
    static final int MODULES_PER_QUERY = 63;

    private static final Map<String, TrainingStatus> CODES = Map.of("A", TrainingStatus.ASSIGNED, "P", TrainingStatus.IN_PROGRESS,
            "C", TrainingStatus.CERTIFIED, "E", TrainingStatus.EXPIRING, "U", TrainingStatus.UPDATE_DUE, "X", TrainingStatus.EXPIRED);

    private final JdbcClient jdbc;
    /** The aggregate or of bigints: PostgreSQL's name, H2's name. */
    private final String bitOr;

    Standings(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            this.bitOr = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()) ? "bit_or" : "bit_or_agg";
        }
    }

    /**
     * The same as {@link #on} for today, from the standing rows kept with every write ({@code training_standing}, one per
     * agent and module) instead of the history: the statuses that depend on the day from the stored end of validity.
     */
    Map<UUID, TrainingStatus[]> today(List<UUID> moduleIds, LocalDate today) {
        return byAgent(moduleIds, chunk -> query(chunk, """
                select s.agent_id, s.module_id, s.valid_until, s.open_assignments as own_open, s.started, s.open_deltas as delta_open
                  from training_standing s
                 where s.module_id in (:modules)
                """, today, Map.of()));
    }

    /**
     * The status of each agent with anything but {@link TrainingStatus#NOT_ASSIGNED} in one of the modules on the day
     * (a day ending at {@code endOfDay}, in the market's timezone): per agent, the status in each module by its place in
     * {@code moduleIds} (null: not assigned).
     */
    Map<UUID, TrainingStatus[]> on(List<UUID> moduleIds, LocalDate day, Instant endOfDay) {
        return byAgent(moduleIds, chunk -> query(chunk, HISTORY, day, Map.of("end", Timestamp.from(endOfDay))));
    }

    private static Map<UUID, TrainingStatus[]> byAgent(List<UUID> moduleIds,
                                                       java.util.function.Function<List<UUID>, Map<UUID, Map<TrainingStatus, Long>>> query) {
        Map<UUID, TrainingStatus[]> byAgent = new HashMap<>();
        for (int from = 0; from < moduleIds.size(); from += MODULES_PER_QUERY) {
            List<UUID> chunk = moduleIds.subList(from, Math.min(moduleIds.size(), from + MODULES_PER_QUERY));
            int offset = from;
            query.apply(chunk).forEach((agent, masks) -> {
                TrainingStatus[] statuses = byAgent.computeIfAbsent(agent, k -> new TrainingStatus[moduleIds.size()]);
                masks.forEach((status, mask) -> {
                    for (int bit = 0; bit < chunk.size(); bit++) {
                        if ((mask & (1L << bit)) != 0) {
                            statuses[offset + bit] = status;
                        }
                    }
                });
            });
        }
        return byAgent;
    }

    /** Per agent and module as of the day ending at {@code :end}: the end of validity in force, and counts of what was open. */
    private static final String HISTORY = """
            select x.agent_id, x.module_id, max(x.valid_until) as valid_until, max(x.own_open) as own_open,
                   max(x.started) as started, max(x.delta_open) as delta_open
              from (select c.agent_id, c.module_id, c.valid_until, 0 as own_open, 0 as started, 0 as delta_open
                      from training_certification c
                     where c.module_id in (:modules) and c.certified_on <= :day
                    union all
                    select a.agent_id, a.module_id, cast(null as date), 1,
                           case when exists (select 1 from training_attempt p where p.assignment_id = a.id
                                                and p.started_at < :end) then 1 else 0 end, 0
                      from training_assignment a
                     where a.module_id in (:modules) and a.assigned_at < :end
                       and (a.completed_at is null or a.completed_at >= :end)
                    union all
                    select a.agent_id, d.base_module_id, cast(null as date), 0, 0, 1
                      from training_assignment a join training_module d on d.id = a.module_id
                     where d.base_module_id in (:modules) and a.assigned_at < :end
                       and (a.completed_at is null or a.completed_at >= :end)) x
             group by x.agent_id, x.module_id
            """;

    /** The status bits per agent, from {@code source}: per agent and module, valid_until and counts own_open, started, delta_open. */
    private Map<UUID, Map<TrainingStatus, Long>> query(List<UUID> modules, String source, LocalDate day, Map<String, Object> more) {
        // each module's bit from a list joined by hash (one probe a row, not a comparison with every module)
        StringBuilder bits = new StringBuilder();
        Map<String, Object> params = new HashMap<>(more);
        for (int i = 0; i < modules.size(); i++) {
            bits.append(i == 0 ? "(cast(:m0 as uuid), cast(1 as bigint))" : ", (:m" + i + ", " + (1L << i) + ")");
            params.put("m" + i, modules.get(i));
        }
        params.put("modules", modules);
        params.put("day", Date.valueOf(day));
        params.put("expiringFrom", Date.valueOf(day.plusDays(TrainingRecord.EXPIRING_DAYS)));
        // a bitwise or of 64-bit integers: a sum would be numeric in PostgreSQL, slower and spilling to disk
        StringBuilder ors = new StringBuilder();
        CODES.keySet().stream().sorted().forEach(code -> ors.append(", ").append(bitOr).append("(case when t.st = '").append(code)
                .append("' then t.bit else 0 end) as s_").append(code));
        String sql = """
                select t.agent_id%s
                  from (select s.agent_id, v.bit,
                               case when s.valid_until is null then case when s.own_open = 0 then 'N' when s.started > 0 then 'P' else 'A' end
                                    when s.valid_until <= :day then 'X'
                                    when s.delta_open > 0 then 'U'
                                    when s.valid_until > :expiringFrom then 'C'
                                    else 'E' end as st
                          from (%s) s join (values %s) as v (module_id, bit) on v.module_id = s.module_id) t
                 where t.st <> 'N'
                 group by t.agent_id
                """.formatted(ors, source, bits);
        Map<UUID, Map<TrainingStatus, Long>> rows = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            Map<TrainingStatus, Long> masks = new LinkedHashMap<>();
            for (String code : CODES.keySet()) {
                long mask = rs.getLong("s_" + code.toLowerCase());
                if (mask != 0) {
                    masks.put(CODES.get(code), mask);
                }
            }
            rows.put(rs.getObject("agent_id", UUID.class), masks);
        });
        return rows;
    }
}
