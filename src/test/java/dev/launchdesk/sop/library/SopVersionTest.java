package dev.launchdesk.sop.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SopVersionTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    private SopVersion draft() {
        return SopVersion.authored(UUID.randomUUID(), 1, "putri", "Refunds", "# Refunds\n", null, null, NOW);
    }

    @Test
    void eachFactoryNamesHowTheVersionCameToBe() {
        SopVersion master = draft();
        assertThat(master.origin()).isEqualTo(VersionOrigin.AUTHORED);
        assertThat(master.author()).isEqualTo("putri");
        assertThat(master.status()).isEqualTo(SopStatus.DRAFT);
        assertThat(master.hasConflicts()).isFalse();

        UUID variant = UUID.randomUUID();
        SopVersion derived = SopVersion.derived(variant, master, "Derived from master v1", "nadia", NOW);
        assertThat(derived.documentId()).isEqualTo(variant);
        assertThat(derived.number()).isEqualTo(1);
        assertThat(derived.origin()).isEqualTo(VersionOrigin.DERIVED);
        assertThat(derived.title()).isEqualTo("Refunds");
        assertThat(derived.body()).isEqualTo(master.body());
        assertThat(derived.changeNote()).isEqualTo("Derived from master v1");
        assertThat(derived.baseMasterVersionId()).isEqualTo(master.id());
        assertThat(derived.author()).isEqualTo("nadia");
        assertThat(derived.createdAt()).isEqualTo(NOW);
        assertThat(derived.updatedAt()).isEqualTo(NOW);
        assertThat(derived.lockVersion()).isZero();

        UUID masterV2 = UUID.randomUUID();
        SopVersion proposed = SopVersion.proposed(variant, 2, "Refunds", "# Refunds v2\n", "Master v2 merged cleanly", masterV2, null,
                derived.id(), NOW);
        assertThat(proposed.origin()).isEqualTo(VersionOrigin.PROPAGATED);
        assertThat(proposed.author()).isNull();
        assertThat(proposed.baseMasterVersionId()).isEqualTo(masterV2);
        assertThat(proposed.mergedFromVersionId()).isEqualTo(derived.id());
        assertThat(proposed.status()).isEqualTo(SopStatus.DRAFT);
    }

    @Test
    void walksTheWholeWorkflow() {
        SopVersion version = draft();
        version.submit(NOW);
        version.approve("aisha", "ok", NOW);
        version.publish("aisha", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 30), NOW);
        assertThat(version.status()).isEqualTo(SopStatus.PUBLISHED);
        assertThat(version.reviewer()).isEqualTo("aisha");
        assertThat(version.isDueForReview(LocalDate.of(2027, 5, 29))).isFalse();
        assertThat(version.isDueForReview(LocalDate.of(2027, 5, 30))).isTrue();
    }

    @Test
    void theAuthorCannotApproveTheirOwnVersion() {
        SopVersion version = draft();
        version.submit(NOW);
        assertThatThrownBy(() -> version.approve("putri", null, NOW)).isInstanceOf(SopRuleViolation.class)
                .hasMessage("four eyes: putri wrote this version and cannot approve it; ask another reviewer");
        assertThat(version.status()).isEqualTo(SopStatus.IN_REVIEW);
    }

    @Test
    void aStepOutOfOrderNamesTheStatusInWords() {
        SopVersion version = draft();
        version.submit(NOW);
        assertThatThrownBy(() -> version.edit("putri", "Refunds", "# Refunds\n", null, NOW)).isInstanceOf(SopRuleViolation.class)
                .hasMessage("only a draft can be edited; this version is in review");
        assertThatThrownBy(() -> version.publish("aisha", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 30), NOW))
                .isInstanceOf(SopRuleViolation.class).hasMessage("only an approved version can be published; this version is in review");
        assertThat(version.status()).isEqualTo(SopStatus.IN_REVIEW);
    }

    @Test
    void whoeverEditedTheTextCannotApproveItEither() {
        SopVersion version = draft();
        version.edit("aisha", "Refunds", "# Refunds, rewritten\n", null, NOW);
        version.submit(NOW);
        assertThatThrownBy(() -> version.approve("aisha", null, NOW)).isInstanceOf(SopRuleViolation.class).hasMessageContaining("edited");
        version.approve("daniel", null, NOW);
        assertThat(version.status()).isEqualTo(SopStatus.APPROVED);
    }

    @Test
    void textWithConflictMarkersCannotGoToReview() {
        SopVersion version = draft();
        version.edit("putri", "Refunds", "# Refunds\n<<<<<<< regional\na\n=======\nb\n>>>>>>> master\n", null, NOW);
        assertThatThrownBy(() -> version.submit(NOW)).isInstanceOf(SopRuleViolation.class).hasMessageContaining("markers");
    }

    @Test
    void onlyADraftCanBeEdited() {
        SopVersion version = draft();
        version.submit(NOW);
        assertThatThrownBy(() -> version.edit("putri", "x", "y", null, NOW)).isInstanceOf(SopRuleViolation.class);
        assertThat(version.body()).isEqualTo("# Refunds\n");
    }

    @Test
    void stepsCannotBeSkipped() {
        SopVersion version = draft();
        assertThatThrownBy(() -> version.approve("aisha", null, NOW)).isInstanceOf(SopRuleViolation.class);
        assertThatThrownBy(() -> version.publish("aisha", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1), NOW))
                .isInstanceOf(SopRuleViolation.class);
    }

    @Test
    void aConflictedMergeCannotGoToReview() {
        SopVersion version = SopVersion.proposed(UUID.randomUUID(), 2, "Refunds", "# Refunds\n", "Master v2 merged with 1 conflict(s) to resolve",
                UUID.randomUUID(), "[{\"baseStart\":1}]", UUID.randomUUID(), NOW);
        assertThatThrownBy(() -> version.submit(NOW)).isInstanceOf(SopRuleViolation.class).hasMessageContaining("conflicts");
        version.resolveConflicts("putri", "# Refunds resolved\n", "1 conflict(s) resolved by putri", NOW);
        version.submit(NOW);
        assertThat(version.status()).isEqualTo(SopStatus.IN_REVIEW);
    }

    @Test
    void changesRequestedGoBackToDraftWithTheComment() {
        SopVersion version = draft();
        version.submit(NOW);
        assertThatThrownBy(() -> version.requestChanges("aisha", " ", NOW)).isInstanceOf(SopRuleViolation.class);
        version.requestChanges("aisha", "Add the evidence rule", NOW);
        assertThat(version.status()).isEqualTo(SopStatus.DRAFT);
        assertThat(version.reviewComment()).isEqualTo("Add the evidence rule");
    }

    @Test
    void reviewByMustFollowTheEffectiveDate() {
        SopVersion version = draft();
        version.submit(NOW);
        version.approve("aisha", null, NOW);
        assertThatThrownBy(() -> version.publish("aisha", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), NOW))
                .isInstanceOf(SopRuleViolation.class);
    }
}
