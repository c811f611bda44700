package dev.launchdesk.sop.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import db.migration.common.V10_1_1__NormaliseSopTexts;
import dev.launchdesk.sop.SopSteps;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.sop.authoring.DraftForm;
import dev.launchdesk.sop.authoring.NewSopForm;
import dev.launchdesk.sop.authoring.SopAuthoring;
import dev.launchdesk.sop.authoring.SopWorkflowIntegrationTests;
import dev.launchdesk.sop.merge.MergeResult;
import dev.launchdesk.sop.merge.ThreeWayMerge;
import dev.launchdesk.sop.translation.SopSegment;
import dev.launchdesk.sop.translation.SopSegmenter;
import dev.launchdesk.sop.variant.RegionalVariants;

/**
 * Texts stored before SOP texts were normalised (a master saved from the browser with CRLF, its propagated drafts in
 * conflict over the whole text) are brought to the normalised form by migration V10_1_1, on H2 and PostgreSQL.
 */
@SpringBootTest
class SopTextMigrationIntegrationTests {

    static final Actor PUTRI = SopWorkflowIntegrationTests.PUTRI;
    static final Actor AISHA = SopWorkflowIntegrationTests.AISHA;

    @Autowired
    SopAuthoring authoring;

    @Autowired
    RegionalVariants variants;

    @Autowired
    SopLibrary library;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ObjectMapper json;

    @Test
    void aDraftInConflictOnlyOverLineEndingsIsMergedAgainCleanlyAndTranslationsStayCurrent() throws Exception {
        String v1 = SopWorkflowIntegrationTests.MASTER_V1;
        SopDocument master = authoring.createMaster(new NewSopForm(key(), "Late shipment waivers", "Logistics", v1, null), PUTRI);
        steps().publish(steps().latest(master).id());
        SopDocument id = variants.derive(master.id(), "ID", null, PUTRI);
        String regional = v1.replace("2. Check the courier scan history.", "2. Check the J&T or SiCepat scan history.");
        SopVersion idDraft = steps().latest(id);
        authoring.editDraft(idDraft.id(), new DraftForm(idDraft.title(), regional, null, idDraft.lockVersion()), PUTRI);
        steps().publish(idDraft.id());
        SopVersion v2 = authoring.startRevision(master.id(), PUTRI);
        String masterV2 = v1.replace("# Late shipment waivers", "# Late shipment waivers (couriers)");
        authoring.editDraft(v2.id(), new DraftForm("Late shipment waivers", masterV2, null, v2.lockVersion()), PUTRI);
        steps().publish(v2.id());
        SopVersion proposed = steps().latest(id);

        // as the application stored it before: the master with the browser's CRLF, and the merge of that in conflict
        String storedMaster = masterV2.replace("\n", "\r\n");
        MergeResult oldMerge = new ThreeWayMerge().merge(v1, regional, storedMaster);
        assertThat(oldMerge.clean()).isFalse();
        jdbc.sql("update sop_version set body = :body where id = :id").param("body", storedMaster).param("id", v2.id()).update();
        jdbc.sql("update sop_version set body = :body, conflicts = :conflicts, change_note = :note where id = :id")
                .param("body", oldMerge.merged()).param("conflicts", json.writeValueAsString(oldMerge.conflicts()))
                .param("note", "Master v2 merged with 1 conflict(s) to resolve").param("id", proposed.id()).update();
        // and a translation of the ID text made when a heading was stored decomposed (NFD)
        String publishedId = library.published(id.id()).orElseThrow().body();
        String decomposed = publishedId.replace("## Escalation", "## Escalation (cafe\u0301)");
        UUID publishedIdVersion = library.published(id.id()).orElseThrow().id();
        jdbc.sql("update sop_version set body = :body where id = :id").param("body", decomposed).param("id", publishedIdVersion).update();
        SopSegment heading = SopSegmenter.segment(decomposed).segments().stream().filter(g -> g.source().contains("cafe\u0301"))
                .findFirst().orElseThrow();
        jdbc.sql("""
                insert into sop_translation (id, document_id, language, version_id, targets, lock_version)
                values (:id, :doc, 'id', :version, :targets, 0)
                """).param("id", UUID.randomUUID()).param("doc", id.id()).param("version", publishedIdVersion)
                .param("targets", json.writeValueAsString(Map.of(heading.id(),
                        Map.of("fingerprint", heading.fingerprint(), "text", "Pembebasan denda  \r\n(kafe\u0301)"))))
                .update();

        migrate();

        assertThat(jdbc.sql("select body from sop_version where id = :id").param("id", v2.id()).query(String.class).single())
                .isEqualTo(masterV2);
        SopVersion merged = library.findVersion(proposed.id()).orElseThrow();
        assertThat(merged.hasConflicts()).isFalse();
        assertThat(merged.body()).isEqualTo(decomposed.replace("cafe\u0301", "café")
                .replace("# Late shipment waivers\n", "# Late shipment waivers (couriers)\n"));
        assertThat(merged.changeNote()).contains("merged again cleanly");
        String targets = jdbc.sql("select targets from sop_translation where document_id = :doc").param("doc", id.id())
                .query(String.class).single();
        SopSegment normalisedHeading = SopSegmenter.segment(decomposed.replace("cafe\u0301", "café")).segments().stream()
                .filter(g -> g.id().equals(heading.id())).findFirst().orElseThrow();
        assertThat(json.readTree(targets).get(heading.id()).get("fingerprint").asText()).isEqualTo(normalisedHeading.fingerprint());
        assertThat(json.readTree(targets).get(heading.id()).get("text").asText()).isEqualTo("Pembebasan denda  \n(kafé)");
    }

    private void migrate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            new V10_1_1__NormaliseSopTexts().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
    }

    private static String key() {
        return "MIG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replaceAll("[^A-Z0-9]", "X") + "-001";
    }

    private SopSteps steps() {
        return new SopSteps(authoring, library, PUTRI, AISHA);
    }
}
