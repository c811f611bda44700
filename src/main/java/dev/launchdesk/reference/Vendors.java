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
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;

@Repository
class Vendors {

    private final JdbcClient jdbc;

    Vendors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Vendor> all(VendorScope scope) {
        return jdbc.sql("select * from vendor where (cast(:scope as uuid) is null or id = :scope) order by name")
                .param("scope", scope.vendorIdOrNull()).query(Vendors::map).list();
    }

    Optional<Vendor> find(UUID id, VendorScope scope) {
        return jdbc.sql("select * from vendor where id = :id and (cast(:scope as uuid) is null or id = :scope)")
                .param("id", id).param("scope", scope.vendorIdOrNull()).query(Vendors::map).optional();
    }

    Optional<Vendor> findByCode(String code, VendorScope scope) {
        return jdbc.sql("select * from vendor where upper(code) = upper(:code) and (cast(:scope as uuid) is null or id = :scope)")
                .param("code", code).param("scope", scope.vendorIdOrNull()).query(Vendors::map).optional();
    }

    boolean codeOrNameTaken(String code, String name, UUID except) {
        return jdbc.sql("""
                select count(*) from vendor
                 where (upper(code) = upper(:code) or lower(name) = lower(:name)) and (cast(:except as uuid) is null or id <> :except)
                """).param("code", code).param("name", name).param("except", except).query(Long.class).single() > 0;
    }

    void insert(Vendor v) {
        jdbc.sql("""
                insert into vendor (id, code, name, contact_email, active, version, created_at, updated_at)
                values (:id, :code, :name, :email, :active, 0, :at, :at)
                """).param("id", v.id()).param("code", v.code()).param("name", v.name()).param("email", v.contactEmail())
                .param("active", v.active()).param("at", Timestamp.from(v.createdAt())).update();
    }

    void update(Vendor v) {
        int rows = jdbc.sql("""
                update vendor set code = :code, name = :name, contact_email = :email, active = :active,
                       version = version + 1, updated_at = :at
                 where id = :id and version = :version
                """).param("id", v.id()).param("code", v.code()).param("name", v.name()).param("email", v.contactEmail())
                .param("active", v.active()).param("at", Timestamp.from(v.updatedAt())).param("version", v.version()).update();
        if (rows == 0) {
            throw ConflictException.staleVersion(UserTexts.of("problem.reference.vendor.named", v.name()));
        }
    }

    static Vendor map(ResultSet rs, int row) throws SQLException {
        return new Vendor(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"), rs.getString("contact_email"),
                rs.getBoolean("active"), rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
