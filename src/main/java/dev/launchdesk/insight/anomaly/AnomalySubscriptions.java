package dev.launchdesk.insight.anomaly;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.insight.kpi.Kpi;

/** Who follows which anomalies. */
@Repository
class AnomalySubscriptions {

    private final JdbcClient jdbc;

    AnomalySubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AnomalySubscription> of(UUID userId) {
        return jdbc.sql("select * from anomaly_subscription where user_id = :u order by market_code, kpi")
                .param("u", userId).query(AnomalySubscriptions::map).list();
    }

    /** Adds the subscription unless the user has it already; answers the stored one either way. */
    AnomalySubscription add(UUID userId, String market, Kpi kpi, Instant now) {
        jdbc.sql("""
                        insert into anomaly_subscription (id, user_id, market_code, kpi, created_at)
                        values (:id, :u, :market, :kpi, :now) on conflict do nothing
                        """).param("id", UUID.randomUUID()).param("u", userId).param("market", market)
                .param("kpi", kpi == null ? "" : kpi.name()).param("now", Timestamp.from(now)).update();
        return jdbc.sql("select * from anomaly_subscription where user_id = :u and market_code = :market and kpi = :kpi")
                .param("u", userId).param("market", market).param("kpi", kpi == null ? "" : kpi.name())
                .query(AnomalySubscriptions::map).single();
    }

    /** Removes one of the user's own subscriptions; false when the user has none with that id. */
    boolean remove(UUID id, UUID userId) {
        return jdbc.sql("delete from anomaly_subscription where id = :id and user_id = :u").param("id", id).param("u", userId).update() == 1;
    }

    /** The users following an anomaly of the KPI in the market ('' = an all-markets anomaly, followed only by "all markets"). */
    List<UUID> followers(String market, Kpi kpi) {
        return jdbc.sql("""
                        select distinct user_id from anomaly_subscription
                         where (market_code = '' or market_code = :market) and (kpi = '' or kpi = :kpi)
                        """).param("market", market).param("kpi", kpi.name()).query(UUID.class).list();
    }

    private static AnomalySubscription map(ResultSet rs, int row) throws SQLException {
        String kpi = rs.getString("kpi");
        return new AnomalySubscription(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("market_code"),
                kpi.isEmpty() ? null : Kpi.valueOf(kpi), rs.getTimestamp("created_at").toInstant());
    }
}
