package dev.launchdesk.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.LanguageTags;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;

@Repository
class Sites {

    private final JdbcClient jdbc;

    Sites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Site> all(VendorScope scope) {
        return withServedMarkets(jdbc.sql("select * from site where (cast(:scope as uuid) is null or vendor_id = :scope) order by market_code, name")
                .param("scope", scope.vendorIdOrNull()).query(Sites::map).list());
    }

    List<Site> ofVendor(UUID vendorId) {
        return withServedMarkets(jdbc.sql("select * from site where vendor_id = :v order by market_code, name")
                .param("v", vendorId).query(Sites::map).list());
    }

    List<Site> inMarket(String marketCode, VendorScope scope) {
        return withServedMarkets(jdbc.sql("select * from site where market_code = :m and (cast(:scope as uuid) is null or vendor_id = :scope) order by name")
                .param("m", marketCode).param("scope", scope.vendorIdOrNull()).query(Sites::map).list());
    }

    /** The sites in the market first, then the sites elsewhere that serve it. */
    List<Site> serving(String marketCode, VendorScope scope) {
        return withServedMarkets(jdbc.sql("""
                select * from site
                 where (market_code = :m or id in (select site_id from site_market where market_code = :m))
                   and (cast(:scope as uuid) is null or vendor_id = :scope)
                 order by case when market_code = :m then 0 else 1 end, name
                """).param("m", marketCode).param("scope", scope.vendorIdOrNull()).query(Sites::map).list());
    }

    Optional<Site> find(UUID id, VendorScope scope) {
        return jdbc.sql("select * from site where id = :id and (cast(:scope as uuid) is null or vendor_id = :scope)")
                .param("id", id).param("scope", scope.vendorIdOrNull()).query(Sites::map).optional()
                .map(site -> withServedMarkets(List.of(site)).get(0));
    }

    private List<Site> withServedMarkets(List<Site> sites) {
        if (sites.isEmpty()) {
            return sites;
        }
        java.util.Map<UUID, List<String>> served = new java.util.HashMap<>();
        jdbc.sql("select site_id, market_code from site_market where site_id in (:ids) order by market_code")
                .param("ids", sites.stream().map(Site::id).toList())
                .query((rs, row) -> served.computeIfAbsent(rs.getObject("site_id", UUID.class), k -> new java.util.ArrayList<>())
                        .add(rs.getString("market_code")))
                .list();
        return sites.stream().map(s -> s.withServesMarkets(served.getOrDefault(s.id(), List.of()))).toList();
    }

    private void replaceServedMarkets(Site s) {
        jdbc.sql("delete from site_market where site_id = :id").param("id", s.id()).update();
        for (String market : s.servesMarkets()) {
            jdbc.sql("insert into site_market (site_id, market_code) values (:id, :m)").param("id", s.id()).param("m", market).update();
        }
    }

    boolean codeTaken(UUID vendorId, String code, UUID except) {
        return jdbc.sql("""
                select count(*) from site where vendor_id = :v and upper(code) = upper(:code)
                   and (cast(:except as uuid) is null or id <> :except)
                """).param("v", vendorId).param("code", code).param("except", except).query(Long.class).single() > 0;
    }

    void insert(Site s) {
        jdbc.sql("""
                insert into site (id, vendor_id, code, name, market_code, city, languages, version, created_at, updated_at)
                values (:id, :vendor, :code, :name, :market, :city, :languages, 0, :at, :at)
                """).param("id", s.id()).param("vendor", s.vendorId()).param("code", s.code()).param("name", s.name())
                .param("market", s.marketCode()).param("city", s.city()).param("languages", LanguageTags.join(s.languages()))
                .param("at", Timestamp.from(s.createdAt())).update();
        replaceServedMarkets(s);
    }

    void update(Site s) {
        int rows = jdbc.sql("""
                update site set code = :code, name = :name, market_code = :market, city = :city, languages = :languages,
                       version = version + 1, updated_at = :at
                 where id = :id and version = :version
                """).param("id", s.id()).param("code", s.code()).param("name", s.name()).param("market", s.marketCode())
                .param("city", s.city()).param("languages", LanguageTags.join(s.languages()))
                .param("at", Timestamp.from(s.updatedAt())).param("version", s.version()).update();
        if (rows == 0) {
            throw ConflictException.staleVersion(UserTexts.of("problem.reference.site.named", s.name()));
        }
        replaceServedMarkets(s);
    }

    private static Site map(ResultSet rs, int row) throws SQLException {
        return new Site(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class), rs.getString("code"),
                rs.getString("name"), rs.getString("market_code"), rs.getString("city"), List.of(rs.getString("languages").split(",")),
                List.of(), rs.getInt("version"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
