package dev.launchdesk.reference;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.PageOf;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;

@Repository
class Agents {

    private static final String LISTING = """
            select a.*, v.name as vendor_name, s.name as site_name, s.market_code
              from agent a join vendor v on v.id = a.vendor_id join site s on s.id = a.site_id
            """;
    private static final String FILTER = """
             where (cast(:scope as uuid) is null or a.vendor_id = :scope)
               and (cast(:vendor as uuid) is null or a.vendor_id = :vendor)
               and (cast(:site as uuid) is null or a.site_id = :site)
               and (cast(:market as varchar) is null or s.market_code = :market)
               and (cast(:status as varchar) is null or a.status = :status)
               and (cast(:language as varchar) is null or (',' || a.languages || ',') like :language)
               and (cast(:text as varchar) is null or lower(a.full_name) like :text or lower(a.external_id) like :text
                    or lower(coalesce(a.email, '')) like :text)
            """;

    private final JdbcClient jdbc;

    Agents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageOf<AgentListing> find(AgentFilter filter, VendorScope scope, int page, int size) {
        Map<String, Object> params = params(filter, scope);
        long total = jdbc.sql("select count(*) from agent a join site s on s.id = a.site_id" + FILTER)
                .params(params).query(Long.class).single();
        List<AgentListing> items = jdbc.sql(LISTING + FILTER + " order by v.name, a.full_name limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(Agents::mapListing).list();
        return new PageOf<>(items, page, size, total);
    }

    Optional<Agent> find(UUID id, VendorScope scope) {
        return jdbc.sql("select * from agent where id = :id and (cast(:scope as uuid) is null or vendor_id = :scope)")
                .param("id", id).param("scope", scope.vendorIdOrNull()).query(Agents::map).optional();
    }

    Optional<AgentListing> listing(UUID id, VendorScope scope) {
        return jdbc.sql(LISTING + " where a.id = :id and (cast(:scope as uuid) is null or a.vendor_id = :scope)")
                .param("id", id).param("scope", scope.vendorIdOrNull()).query(Agents::mapListing).optional();
    }

    Optional<Agent> findByExternalId(UUID vendorId, String externalId) {
        return jdbc.sql("select * from agent where vendor_id = :v and external_id = :e")
                .param("v", vendorId).param("e", externalId).query(Agents::map).optional();
    }

    /** The vendor's agents keyed by external id, for matching a roster import in one query. */
    Map<String, Agent> byExternalId(UUID vendorId) {
        Map<String, Agent> agents = new HashMap<>();
        jdbc.sql("select * from agent where vendor_id = :v").param("v", vendorId).query(Agents::map).list()
                .forEach(a -> agents.put(a.externalId(), a));
        return agents;
    }

    Map<UUID, Long> countBySite(VendorScope scope) {
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.sql("select site_id, count(*) as n from agent where (cast(:scope as uuid) is null or vendor_id = :scope) group by site_id")
                .param("scope", scope.vendorIdOrNull())
                .query((rs, row) -> Map.entry(rs.getObject("site_id", UUID.class), rs.getLong("n")))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    long count(VendorScope scope, AgentStatus status) {
        return jdbc.sql("select count(*) from agent where (cast(:scope as uuid) is null or vendor_id = :scope) and status = :status")
                .param("scope", scope.vendorIdOrNull()).param("status", status.name()).query(Long.class).single();
    }

    void insert(Agent a) {
        jdbc.sql("""
                insert into agent (id, external_id, vendor_id, site_id, full_name, email, languages, skills, status, hired_on,
                                   version, created_at, updated_at)
                values (:id, :ext, :vendor, :site, :name, :email, :languages, :skills, :status, :hired, 0, :at, :at)
                """).params(columns(a)).param("at", Timestamp.from(a.createdAt())).update();
    }

    void update(Agent a) {
        int rows = jdbc.sql("""
                update agent set external_id = :ext, site_id = :site, full_name = :name, email = :email, languages = :languages,
                       skills = :skills, status = :status, hired_on = :hired, version = version + 1, updated_at = :at
                 where id = :id and version = :version
                """).params(columns(a)).param("at", Timestamp.from(a.updatedAt())).param("version", a.version()).update();
        if (rows == 0) {
            throw ConflictException.staleVersion(UserTexts.of("problem.reference.agent.named", String.valueOf(a.externalId())));
        }
    }

    private static Map<String, Object> columns(Agent a) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", a.id());
        p.put("ext", a.externalId());
        p.put("vendor", a.vendorId());
        p.put("site", a.siteId());
        p.put("name", a.fullName());
        p.put("email", a.email());
        p.put("languages", String.join(",", a.languages()));
        p.put("skills", String.join(",", a.skills()));
        p.put("status", a.status().name());
        p.put("hired", a.hiredOn() == null ? null : Date.valueOf(a.hiredOn()));
        return p;
    }

    private static Map<String, Object> params(AgentFilter f, VendorScope scope) {
        Map<String, Object> p = new HashMap<>();
        p.put("scope", scope.vendorIdOrNull());
        p.put("vendor", f.vendorId());
        p.put("site", f.siteId());
        p.put("market", blankToNull(f.marketCode()));
        p.put("status", f.status() == null ? null : f.status().name());
        p.put("language", blankToNull(f.language()) == null ? null : "%," + f.language().trim() + ",%");
        p.put("text", blankToNull(f.text()) == null ? null : "%" + f.text().trim().toLowerCase() + "%");
        return p;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static List<String> list(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).filter(s -> !s.isBlank()).toList();
    }

    private static Agent map(ResultSet rs, int row) throws SQLException {
        Date hired = rs.getDate("hired_on");
        return new Agent(rs.getObject("id", UUID.class), rs.getString("external_id"), rs.getObject("vendor_id", UUID.class),
                rs.getObject("site_id", UUID.class), rs.getString("full_name"), rs.getString("email"), list(rs.getString("languages")),
                list(rs.getString("skills")), AgentStatus.valueOf(rs.getString("status")), hired == null ? null : hired.toLocalDate(),
                rs.getInt("version"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static AgentListing mapListing(ResultSet rs, int row) throws SQLException {
        Date hired = rs.getDate("hired_on");
        return new AgentListing(rs.getObject("id", UUID.class), rs.getString("external_id"), rs.getString("full_name"),
                rs.getString("email"), rs.getObject("vendor_id", UUID.class), rs.getString("vendor_name"),
                rs.getObject("site_id", UUID.class), rs.getString("site_name"), rs.getString("market_code"),
                list(rs.getString("languages")), list(rs.getString("skills")), AgentStatus.valueOf(rs.getString("status")),
                hired == null ? null : hired.toLocalDate(), rs.getInt("version"));
    }
}
