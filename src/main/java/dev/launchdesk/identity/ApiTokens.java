package dev.launchdesk.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokens {

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ApiToken> ofUser(UUID userId) {
        return jdbc.sql("select * from api_token where user_id = :u order by created_at desc").param("u", userId).query(ApiTokens::map).list();
    }

    Optional<ApiToken> find(UUID id, UUID userId) {
        return jdbc.sql("select * from api_token where id = :id and user_id = :u").param("id", id).param("u", userId)
                .query(ApiTokens::map).optional();
    }

    Optional<ApiToken> findByHash(String hash) {
        return jdbc.sql("select * from api_token where token_hash = :h").param("h", hash).query(ApiTokens::map).optional();
    }

    void insert(ApiToken token, String hash) {
        jdbc.sql("""
                insert into api_token (id, user_id, name, token_hash, token_prefix, created_at, expires_at)
                values (:id, :user, :name, :hash, :prefix, :created, :expires)
                """).param("id", token.id()).param("user", token.userId()).param("name", token.name()).param("hash", hash)
                .param("prefix", token.prefix()).param("created", Timestamp.from(token.createdAt()))
                .param("expires", token.expiresAt() == null ? null : Timestamp.from(token.expiresAt())).update();
    }

    void markUsed(UUID id, Instant when) {
        jdbc.sql("update api_token set last_used_at = :at where id = :id").param("at", Timestamp.from(when)).param("id", id).update();
    }

    void revoke(UUID id, Instant when) {
        jdbc.sql("update api_token set revoked_at = :at where id = :id and revoked_at is null")
                .param("at", Timestamp.from(when)).param("id", id).update();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("name"),
                rs.getString("token_prefix"), instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "last_used_at"),
                instant(rs, "revoked_at"));
    }
}
