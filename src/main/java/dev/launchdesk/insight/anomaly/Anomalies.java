package dev.launchdesk.insight.anomaly;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.shared.PageOf;

/**
 * The anomalies found. A vendor-restricted reader passes its vendor code: it then only reads anomalies of that
 * vendor's market × vendor scope, never a market's or all markets' totals (they include other vendors' tickets).
 */
@Repository
class Anomalies {

    /** What a list asks for; null or blank fields do not filter. */
    record Filter(AnomalyStatus status, String market, Kpi kpi, String vendor) {
    }

    /** How far around an anomaly its episode is looked for (an episode longer than this is cut there). */
    static final int EPISODE_REACH = 60;

    private final JdbcClient jdbc;

    Anomalies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a finding: a new row (answered with its id), or the row found before for the same KPI, scope and day
     * with its figures updated (answered empty; its review status is kept).
     */
    Optional<Long> record(Kpi kpi, String market, String vendor, WeeklyBaseline.Estimate e, Instant now) {
        int inserted = jdbc.sql("""
                        insert into anomaly (kpi, market_code, vendor_code, anomaly_day, actual, expected, scale, score, direction, tickets,
                                             status, detected_at, updated_at)
                        values (:kpi, :market, :vendor, :day, :actual, :expected, :scale, :score, :direction, :tickets, 'OPEN', :now, :now)
                        on conflict do nothing
                        """).params(figures(kpi, market, vendor, e)).param("now", Timestamp.from(now)).update();
        if (inserted == 1) {
            return Optional.of(idOf(kpi, market, vendor, e.day()));
        }
        jdbc.sql("""
                update anomaly set actual = :actual, expected = :expected, scale = :scale, score = :score, direction = :direction,
                       tickets = :tickets, updated_at = :now
                 where kpi = :kpi and market_code = :market and vendor_code = :vendor and anomaly_day = :day
                """).params(figures(kpi, market, vendor, e)).param("now", Timestamp.from(now)).update();
        return Optional.empty();
    }

    Optional<Anomaly> find(long id, String restrictedVendor) {
        return jdbc.sql("select * from anomaly where id = :id" + scopeClause())
                .param("id", id).param("rv", restrictedVendor).query(Anomalies::map).optional();
    }

    /** Newest day first, then the strongest score. */
    PageOf<Anomaly> list(Filter filter, String restrictedVendor, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, restrictedVendor, params);
        long total = jdbc.sql("select count(*) from anomaly" + where).params(params).query(Long.class).single();
        List<Anomaly> items = jdbc.sql("select * from anomaly" + where
                        + " order by anomaly_day desc, abs(score) desc, id desc limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size).query(Anomalies::map).list();
        return new PageOf<>(items, page, size, total);
    }

    private static String where(Filter filter, String restrictedVendor, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1").append(scopeClause());
        params.put("rv", restrictedVendor);
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.kpi() != null) {
            where.append(" and kpi = :kpi");
            params.put("kpi", filter.kpi().name());
        }
        if (filter.market() != null && !filter.market().isBlank()) {
            where.append(" and market_code = :market");
            params.put("market", filter.market().strip().toUpperCase());
        }
        if (filter.vendor() != null && !filter.vendor().isBlank()) {
            where.append(" and vendor_code = :vendor");
            params.put("vendor", filter.vendor().strip().toUpperCase());
        }
        return where.toString();
    }

    /**
     * The episodes of the anomalies passing the filter (runs of consecutive days of one KPI and scope, see
     * {@link AnomalyEpisode}), newest first. The anomalies are folded into episodes in memory: a scan keeps at most
     * one row per KPI, scope and day, so even years of them are a few thousand rows.
     */
    PageOf<AnomalyEpisode> episodes(Filter filter, String restrictedVendor, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, restrictedVendor, params);
        List<Anomaly> all = jdbc.sql("select * from anomaly" + where + " order by kpi, market_code, vendor_code, anomaly_day")
                .params(params).query(Anomalies::map).list();
        List<AnomalyEpisode> episodes = new java.util.ArrayList<>(AnomalyEpisode.of(all));
        episodes.sort(AnomalyEpisode.NEWEST_FIRST);
        int from = (int) Math.min((long) page * size, episodes.size());
        int to = Math.min(from + size, episodes.size());
        return new PageOf<>(List.copyOf(episodes.subList(from, to)), page, size, episodes.size());
    }

    /** The episode an anomaly belongs to: its run of consecutive days of the same KPI and scope (within {@link #EPISODE_REACH} days). */
    AnomalyEpisode episodeOf(Anomaly anomaly) {
        List<Anomaly> near = jdbc.sql("select * from anomaly where kpi = :kpi and market_code = :market and vendor_code = :vendor"
                        + " and anomaly_day between :from and :to order by anomaly_day")
                .param("kpi", anomaly.kpi().name()).param("market", anomaly.market()).param("vendor", anomaly.vendor())
                .param("from", Date.valueOf(anomaly.day().minusDays(EPISODE_REACH)))
                .param("to", Date.valueOf(anomaly.day().plusDays(EPISODE_REACH)))
                .query(Anomalies::map).list();
        return AnomalyEpisode.of(near).stream().filter(e -> !anomaly.day().isBefore(e.start()) && !anomaly.day().isAfter(e.end()))
                .findFirst().orElseThrow();
    }

    void saveReview(Anomaly a) {
        jdbc.sql("""
                update anomaly set status = :status, status_by = :by, status_at = :at, status_note = :note, updated_at = :at
                 where id = :id
                """).param("status", a.status().name()).param("by", a.statusBy()).param("at", Timestamp.from(a.statusAt()))
                .param("note", a.statusNote()).param("id", a.id()).update();
    }

    /**
     * The launches on the slice's tickets between the days, each with the first day it appears on in the slice (from
     * {@code ticket_value_day}, the launches seen per day, market and vendor, which does not grow with the tickets).
     */
    Map<String, LocalDate> launchesBetween(String market, String vendor, LocalDate from, LocalDate to) {
        Map<String, LocalDate> launches = new java.util.TreeMap<>();
        jdbc.sql("""
                        select dimension_value, min(created_day) from ticket_value_day
                         where dimension = 'LAUNCH' and dimension_value <> ''
                           and (:market = '' or market_code = :market) and (:vendor = '' or vendor_code = :vendor)
                           and dimension_value in (select distinct dimension_value from ticket_value_day
                                               where dimension = 'LAUNCH' and created_day between :from and :to
                                                 and (:market = '' or market_code = :market) and (:vendor = '' or vendor_code = :vendor))
                         group by dimension_value
                        """).param("market", market).param("vendor", vendor).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((ResultSet rs) -> {
                    launches.put(rs.getString(1), rs.getDate(2).toLocalDate());
                });
        return launches;
    }

    private long idOf(Kpi kpi, String market, String vendor, LocalDate day) {
        return jdbc.sql("select id from anomaly where kpi = :kpi and market_code = :market and vendor_code = :vendor and anomaly_day = :day")
                .param("kpi", kpi.name()).param("market", market).param("vendor", vendor).param("day", Date.valueOf(day))
                .query(Long.class).single();
    }

    /** A vendor-restricted reader sees only its vendor's market × vendor rows (":rv" is its vendor code or null). */
    private static String scopeClause() {
        return " and (cast(:rv as varchar) is null or vendor_code = :rv)";
    }

    private static Map<String, Object> figures(Kpi kpi, String market, String vendor, WeeklyBaseline.Estimate e) {
        Map<String, Object> p = new HashMap<>();
        p.put("kpi", kpi.name());
        p.put("market", market);
        p.put("vendor", vendor);
        p.put("day", Date.valueOf(e.day()));
        p.put("actual", e.actual());
        p.put("expected", e.expected());
        p.put("scale", e.scale());
        p.put("score", e.score());
        p.put("direction", Direction.of(e.score()).name());
        p.put("tickets", e.tickets());
        return p;
    }

    static Anomaly map(ResultSet rs, int row) throws SQLException {
        return new Anomaly(rs.getLong("id"), Kpi.valueOf(rs.getString("kpi")), rs.getString("market_code"), rs.getString("vendor_code"),
                rs.getDate("anomaly_day").toLocalDate(), rs.getDouble("actual"), rs.getDouble("expected"), rs.getDouble("scale"),
                rs.getDouble("score"), Direction.valueOf(rs.getString("direction")), rs.getLong("tickets"),
                AnomalyStatus.valueOf(rs.getString("status")), rs.getString("status_by"), instant(rs.getTimestamp("status_at")),
                rs.getString("status_note"), instant(rs.getTimestamp("detected_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
