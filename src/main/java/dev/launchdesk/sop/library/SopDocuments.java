package dev.launchdesk.sop.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.shared.VendorScope;

@Repository
public class SopDocuments {

    /** A vendor-scoped reader sees masters, market variants and their own vendor's variants. */
    private static final String SCOPE = " (cast(:scope as uuid) is null or vendor_id is null or vendor_id = :scope) ";

    private final JdbcClient jdbc;

    SopDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SopDocument> masters() {
        return jdbc.sql("select * from sop_document where master_id is null order by sop_key").query(SopDocuments::map).list();
    }

    public List<SopDocument> variantsOf(UUID masterId, VendorScope scope) {
        return jdbc.sql("select * from sop_document where master_id = :m and" + SCOPE + "order by scope")
                .param("m", masterId).param("scope", scope.vendorIdOrNull()).query(SopDocuments::map).list();
    }

    public List<SopDocument> variants(VendorScope scope) {
        return jdbc.sql("select * from sop_document where master_id is not null and" + SCOPE + "order by sop_key, scope")
                .param("scope", scope.vendorIdOrNull()).query(SopDocuments::map).list();
    }

    public Optional<SopDocument> find(UUID id, VendorScope scope) {
        return jdbc.sql("select * from sop_document where id = :id and" + SCOPE)
                .param("id", id).param("scope", scope.vendorIdOrNull()).query(SopDocuments::map).optional();
    }

    public boolean exists(String key, String scope) {
        return jdbc.sql("select count(*) from sop_document where upper(sop_key) = upper(:k) and scope = :s")
                .param("k", key).param("s", scope).query(Long.class).single() > 0;
    }

    public void insert(SopDocument d) {
        jdbc.sql("""
                insert into sop_document (id, sop_key, scope, master_id, market_code, vendor_id, title, category, owner, language,
                                          created_at, updated_at)
                values (:id, :key, :scope, :master, :market, :vendor, :title, :category, :owner, :language, :at, :at)
                """).param("id", d.id()).param("key", d.key()).param("scope", d.scope()).param("master", d.masterId())
                .param("market", d.marketCode()).param("vendor", d.vendorId()).param("title", d.title())
                .param("category", d.category()).param("owner", d.owner()).param("language", d.language())
                .param("at", Timestamp.from(d.createdAt())).update();
    }

    public void retitle(UUID id, String title, Instant now) {
        jdbc.sql("update sop_document set title = :t, updated_at = :at where id = :id")
                .param("t", title).param("at", Timestamp.from(now)).param("id", id).update();
    }

    private static SopDocument map(ResultSet rs, int row) throws SQLException {
        Timestamp retired = rs.getTimestamp("retired_at");
        return new SopDocument(rs.getObject("id", UUID.class), rs.getString("sop_key"), rs.getString("scope"),
                rs.getObject("master_id", UUID.class), rs.getString("market_code"), rs.getObject("vendor_id", UUID.class),
                rs.getString("title"), rs.getString("category"), rs.getString("owner"), rs.getString("language"),
                retired == null ? null : retired.toInstant(), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
