package dev.launchdesk.sop.translation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.UserTexts;

@Repository
class SopTranslations {

    private static final TypeReference<Map<String, SopTranslation.Target>> TARGETS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    SopTranslations(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<SopTranslation> of(UUID documentId) {
        return jdbc.sql("select * from sop_translation where document_id = :d order by language").param("d", documentId)
                .query(this::map).list();
    }

    List<SopTranslation> ofDocuments(List<UUID> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from sop_translation where document_id in (:ids)").param("ids", documentIds).query(this::map).list();
    }

    Optional<SopTranslation> find(UUID documentId, String language) {
        return jdbc.sql("select * from sop_translation where document_id = :d and language = :l")
                .param("d", documentId).param("l", language).query(this::map).optional();
    }

    void insert(SopTranslation t) {
        jdbc.sql("""
                insert into sop_translation (id, document_id, language, version_id, targets, exported_version_id, exported_at,
                                             imported_at, imported_by, lock_version)
                values (:id, :doc, :lang, :version, :targets, :exported, :exportedAt, :importedAt, :importedBy, 0)
                """).param("id", t.id()).param("doc", t.documentId()).param("lang", t.language()).param("version", t.versionId())
                .param("targets", toJson(t.targets())).param("exported", t.exportedVersionId()).param("exportedAt", ts(t.exportedAt()))
                .param("importedAt", ts(t.importedAt())).param("importedBy", t.importedBy()).update();
    }

    void save(SopTranslation t) {
        int rows = jdbc.sql("""
                update sop_translation set version_id = :version, targets = :targets, exported_version_id = :exported,
                       exported_at = :exportedAt, imported_at = :importedAt, imported_by = :importedBy, lock_version = lock_version + 1
                 where id = :id and lock_version = :lock
                """).param("id", t.id()).param("version", t.versionId()).param("targets", toJson(t.targets()))
                .param("exported", t.exportedVersionId()).param("exportedAt", ts(t.exportedAt())).param("importedAt", ts(t.importedAt()))
                .param("importedBy", t.importedBy()).param("lock", t.lockVersion()).update();
        if (rows == 0) {
            throw ConflictException.staleVersion(UserTexts.of("problem.sop.translation.this"));
        }
    }

    private String toJson(Map<String, SopTranslation.Target> targets) {
        try {
            return json.writeValueAsString(targets);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store translation targets", e);
        }
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private SopTranslation map(ResultSet rs, int row) throws SQLException {
        try {
            return new SopTranslation(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class), rs.getString("language"),
                    rs.getObject("version_id", UUID.class), json.readValue(rs.getString("targets"), TARGETS),
                    rs.getObject("exported_version_id", UUID.class), instant(rs, "exported_at"), instant(rs, "imported_at"),
                    rs.getString("imported_by"), rs.getInt("lock_version"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored translation targets cannot be read", e);
        }
    }
}
