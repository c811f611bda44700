package dev.launchdesk.sop.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.launchdesk.sop.SopSteps;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.Role;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.SopVersionPublished;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.library.SopRuleViolation;
import dev.launchdesk.sop.library.SopStatus;
import dev.launchdesk.sop.library.SopVersion;
import dev.launchdesk.sop.library.VariantState;
import dev.launchdesk.sop.library.VersionOrigin;
import dev.launchdesk.sop.merge.ConflictResolution;
import dev.launchdesk.sop.variant.RegionalVariants;

@SpringBootTest
@RecordApplicationEvents
public class SopWorkflowIntegrationTests {

    record TestActor(UUID userId, String username, String displayName, Role role) implements Actor {
        @Override
        public Optional<UUID> vendorId() {
            return Optional.empty();
        }
    }

    public static final Actor PUTRI = new TestActor(UUID.randomUUID(), "putri", "Putri", Role.SOP_EDITOR);
    public static final Actor AISHA = new TestActor(UUID.randomUUID(), "aisha", "Aisha", Role.ADMIN);

    public static final String MASTER_V1 = """
            # Late shipment waivers
            ## Steps
            1. Open the order in Order Console.
            2. Check the courier scan history.
            3. Waive the penalty if the courier caused the delay.
            ## Escalation
            Escalate to Tier 2 after {{sla.resolution.hours}} hours.
            """;

    @Autowired
    SopAuthoring authoring;

    @Autowired
    RegionalVariants variants;

    @Autowired
    SopLibrary library;

    @Autowired
    ApplicationEvents events;

    @Test
    void aMasterGoesThroughFourEyesReviewAndPublishes() {
        SopDocument master = authoring.createMaster(new NewSopForm(key(), "Late shipment waivers", "Logistics", MASTER_V1, null), PUTRI);
        UUID v1 = steps().latest(master).id();

        authoring.submit(v1, PUTRI);
        assertThatThrownBy(() -> authoring.approve(v1, null, PUTRI)).isInstanceOf(SopRuleViolation.class);
        authoring.approve(v1, "fine", AISHA);
        assertThatThrownBy(() -> authoring.publish(v1, new PublishForm(LocalDate.now().plusDays(30), null), AISHA))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ahead of the effective date");
        SopVersion published = authoring.publish(v1, new PublishForm(LocalDate.of(2026, 11, 1), null), AISHA);

        assertThat(published.status()).isEqualTo(SopStatus.PUBLISHED);
        assertThat(published.reviewBy()).isEqualTo(LocalDate.of(2026, 11, 1).plusDays(180));
        assertThat(events.stream(SopVersionPublished.class)).singleElement().satisfies(e -> {
            assertThat(e.isMaster()).isTrue();
            assertThat(e.changedSections()).containsExactly("Late shipment waivers", "Steps", "Escalation");
        });
    }

    @Test
    void anUnknownPolicyParameterIsRefusedBeforeReview() {
        SopDocument master = authoring.createMaster(new NewSopForm(key(), "Typo", "Logistics",
                "Reply within {{sla.first_respons.hours}} hours.", null), PUTRI);
        SopVersion draft = steps().latest(master);

        assertThatThrownBy(() -> authoring.submit(draft.id(), PUTRI)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).contains("{{sla.first_respons.hours}}"));
        assertThat(steps().latest(master).status()).isEqualTo(SopStatus.DRAFT);
    }

    @Test
    void aSecondEditorWithAStaleDraftIsToldAndChangesNothing() {
        SopDocument master = authoring.createMaster(new NewSopForm(key(), "Stale", "Logistics", MASTER_V1, null), PUTRI);
        SopVersion draft = steps().latest(master);
        authoring.editDraft(draft.id(), new DraftForm("Stale", MASTER_V1 + "First editor.\n", null, draft.lockVersion()), PUTRI);

        assertThatThrownBy(() -> authoring.editDraft(draft.id(), new DraftForm("Stale", MASTER_V1 + "Second editor.\n", null,
                draft.lockVersion()), AISHA)).isInstanceOf(ConflictException.class);
        assertThat(steps().latest(master).body()).contains("First editor.").doesNotContain("Second editor.");
    }

    @Test
    void aMasterChangeIsMergedIntoEveryVariantCleanlyOrWithConflictsToResolve() {
        SopDocument master = authoring.createMaster(new NewSopForm(key(), "Late shipment waivers", "Logistics", MASTER_V1, null), PUTRI);
        steps().publish(steps().latest(master).id());
        SopDocument id = variants.derive(master.id(), "ID", null, PUTRI);
        SopDocument gb = variants.derive(master.id(), "GB", null, PUTRI);
        adaptAndPublish(id, MASTER_V1.replace("2. Check the courier scan history.", "2. Check the J&T or SiCepat scan history."));
        adaptAndPublish(gb, MASTER_V1.replace("Escalate to Tier 2", "Escalate to the UK Tier 2 desk"));

        SopVersion v2 = authoring.startRevision(master.id(), PUTRI);
        String masterV2 = MASTER_V1.replace("2. Check the courier scan history.", "2. Check the courier scan history and the seller's handover photo.")
                .replace("1. Open the order in Order Console.", "1. Open the order in Order Console (new layout).");
        authoring.editDraft(v2.id(), new DraftForm("Late shipment waivers", masterV2, "Handover photo", v2.lockVersion()), PUTRI);
        steps().publish(v2.id());

        SopVersion gbDraft = steps().latest(gb);
        assertThat(gbDraft.origin()).isEqualTo(VersionOrigin.PROPAGATED);
        assertThat(gbDraft.hasConflicts()).isFalse();
        assertThat(gbDraft.body()).contains("(new layout)", "handover photo", "UK Tier 2 desk");
        assertThat(gbDraft.baseMasterVersionId()).isEqualTo(v2.id());

        SopVersion idDraft = steps().latest(id);
        assertThat(idDraft.hasConflicts()).isTrue();
        assertThat(idDraft.body()).contains("<<<<<<< regional", "J&T or SiCepat", "handover photo", ">>>>>>> master", "(new layout)");
        assertThat(library.matrix(VendorScope.all()).stream().filter(r -> r.master().id().equals(master.id())).findFirst().orElseThrow()
                .cells()).satisfies(cells -> {
                    assertThat(cells.get("ID").state()).isEqualTo(VariantState.CONFLICT);
                    assertThat(cells.get("GB").state()).isEqualTo(VariantState.MASTER_UPDATED);
                    assertThat(cells.get("TH").state()).isEqualTo(VariantState.NONE);
                });

        assertThatThrownBy(() -> authoring.submit(idDraft.id(), PUTRI)).isInstanceOf(SopRuleViolation.class);
        assertThatThrownBy(() -> variants.resolve(idDraft.id(), List.of(), PUTRI)).isInstanceOf(InvalidInputException.class);
        assertThat(steps().latest(id).hasConflicts()).isTrue();

        // Adjacent edits of both sides form one hunk, as in git: the master's line 1 and both sides' line 2.
        assertThat(variants.conflictsOf(idDraft)).singleElement().satisfies(c -> {
            assertThat(c.regional()).containsExactly("1. Open the order in Order Console.", "2. Check the J&T or SiCepat scan history.");
            assertThat(c.master()).containsExactly("1. Open the order in Order Console (new layout).",
                    "2. Check the courier scan history and the seller's handover photo.");
        });
        variants.resolve(idDraft.id(), List.of(ConflictResolution.edit(0, "1. Open the order in Order Console (new layout).\r\n"
                + "2. Check the J&T or SiCepat scan history and the seller's handover photo.")), PUTRI);
        SopVersion resolved = steps().latest(id);
        assertThat(resolved.hasConflicts()).isFalse();
        assertThat(resolved.body()).doesNotContain("<<<<<<<").contains("J&T or SiCepat scan history and the seller's handover photo", "(new layout)");
        steps().publish(resolved.id());
        assertThat(library.published(id.id()).orElseThrow().baseMasterVersionId()).isEqualTo(v2.id());
    }

    @Test
    void anOpenRegionalDraftIsWithdrawnAndMergedInNotLost() {
        SopDocument master = authoring.createMaster(new NewSopForm(key(), "Late shipment waivers", "Logistics", MASTER_V1, null), PUTRI);
        steps().publish(steps().latest(master).id());
        SopDocument my = variants.derive(master.id(), "MY", null, PUTRI);
        steps().publish(steps().latest(my).id());
        SopVersion regionalDraft = authoring.startRevision(my.id(), PUTRI);
        authoring.editDraft(regionalDraft.id(), new DraftForm("Late shipment waivers", MASTER_V1 + "Pos Laju delays count as courier delays.\n",
                null, regionalDraft.lockVersion()), PUTRI);

        SopVersion v2 = authoring.startRevision(master.id(), PUTRI);
        authoring.editDraft(v2.id(), new DraftForm("Late shipment waivers", MASTER_V1.replace("Order Console", "Order Console v2"), null,
                v2.lockVersion()), PUTRI);
        steps().publish(v2.id());

        List<SopVersion> versions = library.versionsOf(my, AISHA);
        assertThat(versions.get(0).body()).contains("Pos Laju delays", "Order Console v2");
        assertThat(versions).filteredOn(v -> v.id().equals(regionalDraft.id())).singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(SopStatus.WITHDRAWN));
    }

    private void adaptAndPublish(SopDocument variant, String body) {
        SopVersion draft = steps().latest(variant);
        authoring.editDraft(draft.id(), new DraftForm(draft.title(), body, "Local", draft.lockVersion()), PUTRI);
        steps().publish(draft.id());
    }

    private static String key() {
        return "TST-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replaceAll("[^A-Z0-9]", "X") + "-001";
    }

    private SopSteps steps() {
        return new SopSteps(authoring, library, PUTRI, AISHA);
    }
}
