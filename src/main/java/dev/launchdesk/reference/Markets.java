package dev.launchdesk.reference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.LanguageTags;
import dev.launchdesk.shared.UserTexts;

@Repository
class Markets {

    private final JdbcClient jdbc;

    Markets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Market> all() {
        return jdbc.sql("select * from market order by region, name").query(Markets::map).list();
    }

    Optional<Market> find(String code) {
        return jdbc.sql("select * from market where code = :code").param("code", code).query(Markets::map).optional();
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from market where code = :code").param("code", code).query(Long.class).single() > 0;
    }

    void insert(Market m) {
        jdbc.sql("""
                insert into market (code, name, region, timezone, currency, languages, version, created_at, updated_at)
                values (:code, :name, :region, :timezone, :currency, :languages, 0, :createdAt, :updatedAt)
                """)
                .param("code", m.code()).param("name", m.name()).param("region", m.region().name())
                .param("timezone", m.timezone()).param("currency", m.currency())
                .param("languages", LanguageTags.join(m.languages()))
                .param("createdAt", Timestamp.from(m.createdAt())).param("updatedAt", Timestamp.from(m.updatedAt()))
                .update();
    }

    /** Saves the market if nobody changed it since {@code m.version()} was read. */
    void update(Market m) {
        int rows = jdbc.sql("""
                update market set name = :name, region = :region, timezone = :timezone, currency = :currency,
                       languages = :languages, version = version + 1, updated_at = :updatedAt
                 where code = :code and version = :version
                """)
                .param("code", m.code()).param("name", m.name()).param("region", m.region().name())
                .param("timezone", m.timezone()).param("currency", m.currency())
                .param("languages", LanguageTags.join(m.languages()))
                .param("updatedAt", Timestamp.from(m.updatedAt())).param("version", m.version())
                .update();
        if (rows == 0) {
            throw ConflictException.staleVersion(UserTexts.of("problem.reference.market.named", m.code()));
        }
    }

    private static Market map(ResultSet rs, int row) throws SQLException {
        return new Market(rs.getString("code"), rs.getString("name"), Region.valueOf(rs.getString("region")),
                rs.getString("timezone"), rs.getString("currency"), List.of(rs.getString("languages").split(",")),
                rs.getInt("version"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
