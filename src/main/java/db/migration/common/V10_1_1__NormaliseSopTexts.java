package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.sop.markdown.SopText;
import dev.launchdesk.sop.merge.MergeResult;
import dev.launchdesk.sop.merge.ThreeWayMerge;
import dev.launchdesk.sop.translation.SopSegment;
import dev.launchdesk.sop.translation.SopSegmenter;

/**
 * Brings the SOP texts stored before {@link SopText} to its form, so old and new versions merge and compare line by
 * line (a browser stored every edited text with CRLF, and each merge of such a master conflicted over the whole text):
 * <ol>
 *   <li>every version's text is normalised;</li>
 *   <li>a propagated draft whose conflicts are still open is merged again from its three (now normalised) texts, so a
 *       conflict that was only line endings is gone; its change note says what happened;</li>
 *   <li>a translation keeps its targets: where a published text's normalisation changed a segment's source (its
 *       fingerprint), a target made for the old source is moved to the new fingerprint, and target texts are normalised
 *       as an import now does it.</li>
 * </ol>
 * Java, not SQL, because the normalisation, the merge and the segmenter are the application's own; it runs the same on
 * H2 and PostgreSQL.
 */
public class V10_1_1__NormaliseSopTexts extends BaseJavaMigration {

    private static final TypeReference<Map<String, Target>> TARGETS = new TypeReference<>() {
    };

    private final ObjectMapper json = new ObjectMapper();

    /** A translation target as stored in {@code sop_translation.targets}. */
    record Target(String fingerprint, String text) {
    }

    private record Row(UUID id, UUID documentId, String status, String body, String conflicts, UUID baseMasterVersionId,
                       UUID mergedFromVersionId, String changeNote) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<UUID, Row> rows = versions(connection);
        Map<UUID, String> normalised = new HashMap<>();
        rows.values().forEach(r -> normalised.put(r.id(), SopText.of(r.body()).markdown()));
        for (Row row : rows.values()) {
            if (row.conflicts() != null) {
                if (row.status().equals("DRAFT")) {
                    mergeAgain(connection, row, rows, normalised);
                }
            } else if (!normalised.get(row.id()).equals(row.body())) {
                update(connection, "update sop_version set body = ? where id = ?", normalised.get(row.id()), row.id());
            }
        }
        moveTranslations(connection, rows, normalised);
    }

    private static Map<UUID, Row> versions(Connection connection) throws SQLException {
        Map<UUID, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select id, document_id, status, body, conflicts, "
                + "base_master_version_id, merged_from_version_id, change_note from sop_version");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Row row = new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, UUID.class), rs.getObject(7, UUID.class), rs.getString(8));
                rows.put(row.id(), row);
            }
        }
        return rows;
    }

    /** base = the master version the merged regional version was based on, regional = that version, master = the new one. */
    private void mergeAgain(Connection connection, Row draft, Map<UUID, Row> rows, Map<UUID, String> normalised)
            throws SQLException, JsonProcessingException {
        Row regional = draft.mergedFromVersionId() == null ? null : rows.get(draft.mergedFromVersionId());
        Row master = draft.baseMasterVersionId() == null ? null : rows.get(draft.baseMasterVersionId());
        if (regional == null || master == null) {
            return;
        }
        String base = regional.baseMasterVersionId() == null ? "" : normalised.getOrDefault(regional.baseMasterVersionId(), "");
        MergeResult result = new ThreeWayMerge().merge(base, normalised.get(regional.id()), normalised.get(master.id()));
        String note = (draft.changeNote() == null ? "" : draft.changeNote() + "; ")
                + (result.clean() ? "merged again cleanly after line endings and invisible characters were normalised"
                : "merged again after line endings and invisible characters were normalised: "
                        + result.conflicts().size() + " conflict(s) to resolve");
        try (PreparedStatement update = connection.prepareStatement(
                "update sop_version set body = ?, conflicts = ?, change_note = ? where id = ?")) {
            update.setString(1, result.merged());
            update.setString(2, result.clean() ? null : json.writeValueAsString(result.conflicts()));
            update.setString(3, note.length() > 500 ? note.substring(0, 500) : note);
            update.setObject(4, draft.id());
            update.executeUpdate();
        }
    }

    private void moveTranslations(Connection connection, Map<UUID, Row> rows, Map<UUID, String> normalised)
            throws SQLException, JsonProcessingException {
        Map<String, String> fingerprints = new HashMap<>();
        rows.values().stream().filter(r -> !normalised.get(r.id()).equals(r.body()) && r.conflicts() == null)
                .forEach(r -> fingerprintMoves(r, normalised.get(r.id()), fingerprints));
        Map<UUID, String> changed = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select id, document_id, targets from sop_translation");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String stored = rs.getString(3);
                Map<String, Target> targets = json.readValue(stored, TARGETS);
                Map<String, Target> moved = new LinkedHashMap<>();
                UUID documentId = rs.getObject(2, UUID.class);
                targets.forEach((segment, t) -> moved.put(segment, new Target(
                        fingerprints.getOrDefault(documentId + " " + segment + " " + t.fingerprint(), t.fingerprint()),
                        t.text() == null ? null : SopText.inline(t.text()))));
                if (!moved.equals(targets)) {
                    changed.put(rs.getObject(1, UUID.class), json.writeValueAsString(moved));
                }
            }
        }
        for (Map.Entry<UUID, String> update : changed.entrySet()) {
            update(connection, "update sop_translation set targets = ? where id = ?", update.getValue(), update.getKey());
        }
    }

    /** For each segment whose fingerprint the normalisation changes: "document segment old-fingerprint" to the new one. */
    private static void fingerprintMoves(Row row, String normalised, Map<String, String> moves) {
        Map<String, String> after = new HashMap<>();
        SopSegmenter.segment(normalised).segments().forEach(s -> after.put(s.id(), s.fingerprint()));
        List<SopSegment> before = SopSegmenter.segment(row.body()).segments();
        for (SopSegment segment : before) {
            String now = after.get(segment.id());
            if (now != null && !Objects.equals(now, segment.fingerprint())) {
                moves.put(row.documentId() + " " + segment.id() + " " + segment.fingerprint(), now);
            }
        }
    }

    private static void update(Connection connection, String sql, String value, UUID id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, value);
            update.setObject(2, id);
            update.executeUpdate();
        }
    }
}
