package dev.launchdesk.training.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.launchdesk.sop.SopVersionId;

/** The training modules and their sections. */
@Repository
public class Modules {

    private final JdbcClient jdbc;

    Modules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TrainingModule m) {
        jdbc.sql("""
                insert into training_module (id, sop_key, market_code, title, notes, pinned_version_id, pinned_version_number,
                       validity_months, questions_per_section, pass_mark_percent, attempts_allowed, time_limit_minutes, shuffle,
                       base_module_id, sop_document_id, from_version_id, informational, created_by, created_at)
                values (:id, :key, :market, :title, :notes, :pinned, :pinnedNumber, :validity, :perSection, :passMark, :attempts,
                        :minutes, :shuffle, :base, :document, :from, :informational, :by, :at)
                """).param("id", m.id()).param("key", m.sopKey()).param("market", m.marketCode()).param("title", m.title())
                .param("notes", m.notes()).param("pinned", m.pinnedVersionId().value()).param("pinnedNumber", m.pinnedVersionNumber())
                .param("validity", m.validityMonths()).param("perSection", m.policy().questionsPerSection())
                .param("passMark", m.policy().passMarkPercent()).param("attempts", m.policy().attemptsAllowed())
                .param("minutes", m.policy().timeLimitMinutes()).param("shuffle", m.policy().shuffle()).param("base", m.baseModuleId())
                .param("document", m.sopDocumentId()).param("from", m.fromVersionId() == null ? null : m.fromVersionId().value())
                .param("informational", m.informational()).param("by", m.createdBy()).param("at", Timestamp.from(m.createdAt())).update();
        insertSections(m);
    }

    private void insertSections(TrainingModule m) {
        int position = 0;
        for (ModuleSection s : m.sections()) {
            jdbc.sql("insert into training_module_section (module_id, position, anchor, heading, old_text) values (:m, :p, :a, :h, :o)")
                    .param("m", m.id()).param("p", position++).param("a", s.anchor()).param("h", s.heading()).param("o", s.oldText())
                    .update();
        }
    }

    /** A module's own fields and sections, as changed by its trainer. */
    void update(TrainingModule m) {
        jdbc.sql("""
                update training_module set title = :title, notes = :notes, pinned_version_id = :pinned, pinned_version_number = :pinnedNumber,
                       validity_months = :validity, questions_per_section = :perSection, pass_mark_percent = :passMark,
                       attempts_allowed = :attempts, time_limit_minutes = :minutes, shuffle = :shuffle
                 where id = :id
                """).param("id", m.id()).param("title", m.title()).param("notes", m.notes()).param("pinned", m.pinnedVersionId().value())
                .param("pinnedNumber", m.pinnedVersionNumber()).param("validity", m.validityMonths())
                .param("perSection", m.policy().questionsPerSection()).param("passMark", m.policy().passMarkPercent())
                .param("attempts", m.policy().attemptsAllowed()).param("minutes", m.policy().timeLimitMinutes())
                .param("shuffle", m.policy().shuffle()).update();
        jdbc.sql("delete from training_module_section where module_id = :m").param("m", m.id()).update();
        insertSections(m);
    }

    void markInformational(UUID id) {
        jdbc.sql("update training_module set informational = true where id = :id and base_module_id is not null").param("id", id).update();
    }

    public Optional<TrainingModule> find(UUID id) {
        return list("where id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The modules (not deltas) of a market, or of every market when it is null; of one SOP when {@code sopKey} is given. */
    public List<TrainingModule> baseModules(String marketCode, String sopKey) {
        Map<String, Object> params = new HashMap<>();
        params.put("market", marketCode);
        params.put("key", sopKey);
        return list("where base_module_id is null and (cast(:market as varchar) is null or market_code = :market)"
                + " and (cast(:key as varchar) is null or upper(sop_key) = upper(:key)) order by market_code, sop_key, title", params);
    }

    /** The delta modules of a module, oldest first. */
    public List<TrainingModule> deltasOf(UUID baseModuleId) {
        return list("where base_module_id = :b order by pinned_version_number", Map.of("b", baseModuleId));
    }

    /** The delta module of a module for an SOP version, if one was made. */
    public Optional<TrainingModule> delta(UUID baseModuleId, SopVersionId toVersion) {
        return list("where base_module_id = :b and pinned_version_id = :v", Map.of("b", baseModuleId, "v", toVersion.value()))
                .stream().findFirst();
    }

    public List<TrainingModule> all(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("where id in (:ids)", Map.of("ids", ids));
    }

    private List<TrainingModule> list(String where, Map<String, ?> params) {
        List<TrainingModule> rows = jdbc.sql("select * from training_module " + where).params(params).query(Modules::map).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ModuleSection>> sections = new HashMap<>();
        jdbc.sql("select * from training_module_section where module_id in (:ids) order by module_id, position")
                .param("ids", rows.stream().map(TrainingModule::id).toList())
                .query((rs, n) -> Map.entry(rs.getObject("module_id", UUID.class),
                        new ModuleSection(rs.getString("anchor"), rs.getString("heading"), rs.getString("old_text"))))
                .list().forEach(e -> sections.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(m -> new TrainingModule(m.id(), m.sopKey(), m.marketCode(), m.title(), m.notes(), m.pinnedVersionId(),
                m.pinnedVersionNumber(), m.validityMonths(), m.policy(), m.baseModuleId(), m.sopDocumentId(), m.fromVersionId(),
                m.informational(), sections.getOrDefault(m.id(), List.of()), m.createdBy(), m.createdAt())).toList();
    }

    private static TrainingModule map(ResultSet rs, int n) throws SQLException {
        UUID from = rs.getObject("from_version_id", UUID.class);
        return new TrainingModule(rs.getObject("id", UUID.class), rs.getString("sop_key"), rs.getString("market_code"),
                rs.getString("title"), rs.getString("notes"), new SopVersionId(rs.getObject("pinned_version_id", UUID.class)),
                rs.getInt("pinned_version_number"), rs.getInt("validity_months"),
                new QuizPolicy(rs.getInt("questions_per_section"), rs.getInt("pass_mark_percent"), rs.getInt("attempts_allowed"),
                        rs.getInt("time_limit_minutes"), rs.getBoolean("shuffle")),
                rs.getObject("base_module_id", UUID.class), rs.getObject("sop_document_id", UUID.class),
                from == null ? null : new SopVersionId(from), rs.getBoolean("informational"), List.of(), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
