package dev.launchdesk.reference;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PolicyParameters {

    private final JdbcClient jdbc;

    PolicyParameters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every value ever recorded for the market, newest effective date first within each key. */
    List<PolicyParameter> history(String marketCode) {
        return jdbc.sql("select * from policy_parameter where market_code = :m order by param_key, effective_from desc")
                .param("m", marketCode).query(PolicyParameters::map).list();
    }

    /** For each key, the value in force on {@code date}. */
    List<PolicyParameter> inForce(String marketCode, LocalDate date) {
        return jdbc.sql("""
                select p.* from policy_parameter p
                 where p.market_code = :m and p.effective_from = (
                       select max(q.effective_from) from policy_parameter q
                        where q.market_code = p.market_code and q.param_key = p.param_key and q.effective_from <= :d)
                 order by p.param_key
                """).param("m", marketCode).param("d", Date.valueOf(date)).query(PolicyParameters::map).list();
    }

    Optional<PolicyParameter> inForce(String marketCode, String key, LocalDate date) {
        return jdbc.sql("""
                select * from policy_parameter
                 where market_code = :m and param_key = :k and effective_from <= :d
                 order by effective_from desc limit 1
                """).param("m", marketCode).param("k", key).param("d", Date.valueOf(date))
                .query(PolicyParameters::map).optional();
    }

    java.util.Set<String> knownKeys() {
        return new java.util.TreeSet<>(jdbc.sql("select distinct param_key from policy_parameter").query(String.class).list());
    }

    boolean exists(String marketCode, String key, LocalDate effectiveFrom) {
        return jdbc.sql("select count(*) from policy_parameter where market_code = :m and param_key = :k and effective_from = :d")
                .param("m", marketCode).param("k", key).param("d", Date.valueOf(effectiveFrom))
                .query(Long.class).single() > 0;
    }

    void insert(PolicyParameter p) {
        jdbc.sql("""
                insert into policy_parameter (id, market_code, param_key, param_value, effective_from, note, recorded_by, recorded_at)
                values (:id, :m, :k, :v, :d, :note, :by, :at)
                """)
                .param("id", p.id()).param("m", p.marketCode()).param("k", p.key()).param("v", p.value())
                .param("d", Date.valueOf(p.effectiveFrom())).param("note", p.note()).param("by", p.recordedBy())
                .param("at", Timestamp.from(p.recordedAt()))
                .update();
    }

    private static PolicyParameter map(ResultSet rs, int row) throws SQLException {
        return new PolicyParameter(rs.getObject("id", java.util.UUID.class), rs.getString("market_code"), rs.getString("param_key"),
                rs.getString("param_value"), rs.getDate("effective_from").toLocalDate(), rs.getString("note"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
