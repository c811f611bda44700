package dev.launchdesk.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.Role;
import dev.launchdesk.shared.UserTexts;

@Repository
class Users {

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UserAccount> all() {
        return jdbc.sql("select * from app_user order by username").query(Users::map).list();
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    Optional<UserAccount> find(UUID id) {
        return jdbc.sql("select * from app_user where id = :id").param("id", id).query(Users::map).optional();
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select * from app_user where username = :u").param("u", username).query(Users::map).optional();
    }

    void insert(UserAccount u) {
        jdbc.sql("""
                insert into app_user (id, username, display_name, email, password_hash, role, vendor_id, agent_id, enabled, version, created_at, updated_at)
                values (:id, :username, :displayName, :email, :hash, :role, :vendor, :agent, :enabled, 0, :at, :at)
                """).param("id", u.id()).param("username", u.username()).param("displayName", u.displayName())
                .param("email", u.email()).param("hash", u.passwordHash()).param("role", u.role().name())
                .param("vendor", u.vendorId()).param("agent", u.agentId()).param("enabled", u.enabled())
                .param("at", Timestamp.from(u.createdAt())).update();
    }

    void update(UserAccount u) {
        int rows = jdbc.sql("""
                update app_user set username = :username, display_name = :displayName, email = :email, password_hash = :hash,
                       role = :role, vendor_id = :vendor, agent_id = :agent, enabled = :enabled, version = version + 1, updated_at = :at
                 where id = :id and version = :version
                """).param("id", u.id()).param("username", u.username()).param("displayName", u.displayName())
                .param("email", u.email()).param("hash", u.passwordHash()).param("role", u.role().name())
                .param("vendor", u.vendorId()).param("agent", u.agentId()).param("enabled", u.enabled())
                .param("at", Timestamp.from(u.updatedAt()))
                .param("version", u.version()).update();
        if (rows == 0) {
            throw ConflictException.staleVersion(UserTexts.of("problem.identity.user.named", u.username()));
        }
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
                rs.getObject("vendor_id", UUID.class), rs.getObject("agent_id", UUID.class), rs.getBoolean("enabled"), rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
