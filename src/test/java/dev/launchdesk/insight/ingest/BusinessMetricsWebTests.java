package dev.launchdesk.insight.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.Role;
import dev.launchdesk.sop.authoring.DraftForm;
import dev.launchdesk.sop.authoring.NewSopForm;
import dev.launchdesk.sop.authoring.PublishForm;
import dev.launchdesk.sop.variant.RegionalVariants;
import dev.launchdesk.sop.authoring.SopAuthoring;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.library.SopVersion;

/**
 * The business metrics on /actuator/prometheus, read as an admin's monitoring would: imports by kind and outcome with
 * their duration, rows imported and rejected, anomaly scans (count, duration, anomalies found) and SOP propagations
 * (a master change merged cleanly into one variant and with one conflict hunk into another).
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
class BusinessMetricsWebTests {

    record TestActor(UUID userId, String username, String displayName, Role role) implements Actor {
        @Override
        public Optional<UUID> vendorId() {
            return Optional.empty();
        }
    }

    static final Actor EDITOR = new TestActor(UUID.randomUUID(), "putri", "Putri", Role.SOP_EDITOR);
    static final Actor ADMIN = new TestActor(UUID.randomUUID(), "aisha", "Aisha", Role.ADMIN);

    @Autowired
    MockMvc mvc;

    @Autowired
    SopAuthoring authoring;

    @Autowired
    RegionalVariants variants;

    @Autowired
    SopLibrary library;

    @Test
    void prometheusShowsImportsRowsScansAndSopMerges() throws Exception {
        String before = prometheus();
        LocalDate day = TicketFiles.freshDay();
        String p = TicketFiles.prefix();
        String file = TicketFiles.HEADER
                + p + "-1," + day + "T09:00:00+07:00,,,ID,NCS,JKT-1,chat,Refund,600,,,,,,\n"
                + p + "-2," + day + "T09:30:00+07:00,,,ID,NCS,JKT-1,chat,Refund,700,,,,,,\n"
                + p + "-3,yesterday,,,ID,NCS,JKT-1,chat,Refund,700,,,,,,\n";
        mvc.perform(post("/api/v1/tickets/imports?mode=good-rows").with(httpBasic("analyst", "demo")).contentType("text/csv")
                .content(file)).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/tickets/imports").with(httpBasic("analyst", "demo")).contentType("text/csv")
                .content(file)).andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/v1/insights/anomalies/scan?from=" + day + "&to=" + day).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
        publishAMasterChangeThatMergesCleanlyInIdAndConflictsInTh();

        String after = prometheus();

        assertThat(value(after, "launchdesk_imports_seconds_count{kind=\"tickets\",outcome=\"completed\"}")
                - value(before, "launchdesk_imports_seconds_count{kind=\"tickets\",outcome=\"completed\"}")).isEqualTo(1);
        assertThat(value(after, "launchdesk_imports_seconds_count{kind=\"tickets\",outcome=\"rejected\"}")
                - value(before, "launchdesk_imports_seconds_count{kind=\"tickets\",outcome=\"rejected\"}")).isEqualTo(1);
        assertThat(value(after, "launchdesk_import_rows_total{kind=\"tickets\"}")
                - value(before, "launchdesk_import_rows_total{kind=\"tickets\"}")).isEqualTo(2);
        assertThat(value(after, "launchdesk_import_rejected_rows_total{kind=\"tickets\"}")
                - value(before, "launchdesk_import_rejected_rows_total{kind=\"tickets\"}")).isEqualTo(2);
        assertThat(after).contains("launchdesk_imports_seconds_sum{kind=\"tickets\",outcome=\"completed\"}",
                "launchdesk_import_rows_total{kind=\"orders\"}");
        assertThat(value(after, "launchdesk_anomaly_scans_seconds_count")).isGreaterThanOrEqualTo(1);
        assertThat(after).contains("launchdesk_anomaly_scans_seconds_sum", "launchdesk_anomalies_found_total",
                "launchdesk_anomalies_new_total");
        assertThat(value(after, "launchdesk_sop_propagations_total{outcome=\"clean\"}")
                - value(before, "launchdesk_sop_propagations_total{outcome=\"clean\"}")).isEqualTo(1);
        assertThat(value(after, "launchdesk_sop_propagations_total{outcome=\"conflicted\"}")
                - value(before, "launchdesk_sop_propagations_total{outcome=\"conflicted\"}")).isEqualTo(1);
        assertThat(value(after, "launchdesk_sop_merge_conflicts_total") - value(before, "launchdesk_sop_merge_conflicts_total"))
                .isEqualTo(1);
    }

    /** A master with an unchanged variant in ID and a TH variant that rewrote step 1; then the master rewrites step 1 too. */
    private void publishAMasterChangeThatMergesCleanlyInIdAndConflictsInTh() {
        String key = "SPS-MTR-" + (System.nanoTime() % 100_000);
        SopDocument master = authoring.createMaster(new NewSopForm(key, "Metric check", "Refunds",
                "# Metric check\n1. Check the order.\n2. Refund the buyer.\n", null), EDITOR);
        publish(master, LocalDate.of(2019, 6, 1));
        publish(variants.derive(master.id(), "ID", null, EDITOR), LocalDate.of(2019, 6, 2));
        SopDocument thai = variants.derive(master.id(), "TH", null, EDITOR);
        SopVersion thaiDraft = library.versionsOf(thai, ADMIN).get(0);
        authoring.editDraft(thaiDraft.id(), new DraftForm(thaiDraft.title(),
                "# Metric check\n1. Check the order and the parcel photo.\n2. Refund the buyer.\n", "TH photo", thaiDraft.lockVersion()), EDITOR);
        publish(thai, LocalDate.of(2019, 6, 2));
        SopVersion revision = authoring.startRevision(master.id(), EDITOR);
        authoring.editDraft(revision.id(), new DraftForm(revision.title(),
                "# Metric check\n1. Check the order and the payment.\n2. Refund the buyer.\n", "payment", revision.lockVersion()), EDITOR);
        publish(master, LocalDate.of(2019, 7, 1));
    }

    private void publish(SopDocument document, LocalDate effective) {
        UUID draft = library.versionsOf(document, ADMIN).get(0).id();
        authoring.submit(draft, EDITOR);
        authoring.approve(draft, "fine", ADMIN);
        authoring.publish(draft, new PublishForm(effective, effective.plusYears(1)), ADMIN);
    }

    private String prometheus() throws Exception {
        return mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The value of one series ({@code name{labels}}) in the Prometheus text format; 0 when it is not there yet. */
    private static double value(String text, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
