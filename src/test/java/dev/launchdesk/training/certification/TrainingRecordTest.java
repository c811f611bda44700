package dev.launchdesk.training.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.sop.SopVersionId;
import dev.launchdesk.training.assignment.Assignment;
import dev.launchdesk.training.catalog.ModuleSection;
import dev.launchdesk.training.catalog.QuizPolicy;
import dev.launchdesk.training.catalog.TrainingModule;

/** The certification state machine on a fixed clock: assigned → in progress → certified → expiring → expired, update due, re-enrolment, reminders. */
class TrainingRecordTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-02T08:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.now(CLOCK);
    static final UUID AGENT = UUID.randomUUID();
    static final UUID DOCUMENT = UUID.randomUUID();
    static final TrainingModule MODULE = module(null, 12);
    static final TrainingModule DELTA = module(MODULE.id(), 12);

    final List<Assignment> assignments = new ArrayList<>();
    final List<Assignment> deltas = new ArrayList<>();
    final List<Certification> certifications = new ArrayList<>();
    final java.util.Set<UUID> started = new java.util.HashSet<>();

    static TrainingModule module(UUID base, int validityMonths) {
        return new TrainingModule(UUID.randomUUID(), "SPS-RFD-001", "MY", "Refunds", "", new SopVersionId(UUID.randomUUID()), 2,
                validityMonths, QuizPolicy.DEFAULT, base, base == null ? null : DOCUMENT, null, false,
                List.of(new ModuleSection("wrong-or-missing-item", "Wrong or missing item", null)), "trainer", CLOCK.instant());
    }

    TrainingRecord record() {
        return new TrainingRecord(AGENT, MODULE, assignments, deltas, started, certifications);
    }

    Assignment assign(TrainingModule module, int cycle, LocalDate due) {
        Assignment a = Assignment.of(module.id(), AGENT, cycle, null, due, "trainer", CLOCK.instant());
        (module.isDelta() ? deltas : assignments).add(a);
        return a;
    }

    Certification pass(TrainingModule module, int sopVersion, LocalDate on) {
        Certification c = record().certify(module, DOCUMENT, new SopVersionId(UUID.randomUUID()), sopVersion, null, on,
                on.atStartOfDay().toInstant(ZoneOffset.UTC));
        certifications.add(c);
        List<Assignment> list = module.isDelta() ? deltas : assignments;
        list.replaceAll(a -> a.isOpen() ? new Assignment(a.id(), a.moduleId(), a.agentId(), a.cycle(), a.ruleId(), a.dueOn(), a.assignedBy(),
                a.assignedAt(), on.atStartOfDay().toInstant(ZoneOffset.UTC)) : a);
        return c;
    }

    @Test
    void walksFromAssignedThroughCertifiedAndExpiringToExpired() {
        assertThat(record().status(TODAY)).isEqualTo(TrainingStatus.NOT_ASSIGNED);
        Assignment first = assign(MODULE, 1, TODAY.plusDays(14));
        assertThat(record().status(TODAY)).isEqualTo(TrainingStatus.ASSIGNED);
        started.add(first.id());
        assertThat(record().status(TODAY)).isEqualTo(TrainingStatus.IN_PROGRESS);

        Certification c = pass(MODULE, 2, TODAY);
        assertThat(c.validUntil()).isEqualTo(LocalDate.of(2032, 3, 2));
        assertThat(record().status(TODAY)).isEqualTo(TrainingStatus.CERTIFIED);
        assertThat(record().status(LocalDate.of(2032, 1, 31))).as("31 days before (2032 is a leap year)").isEqualTo(TrainingStatus.CERTIFIED);
        assertThat(record().status(LocalDate.of(2032, 2, 1))).as("30 days before").isEqualTo(TrainingStatus.EXPIRING);
        assertThat(record().status(LocalDate.of(2032, 3, 1))).as("last valid day").isEqualTo(TrainingStatus.EXPIRING);
        assertThat(record().status(LocalDate.of(2032, 3, 2))).isEqualTo(TrainingStatus.EXPIRED);
    }

    @Test
    void aDeltaMakesTheCertificationUpdateDueUntilPassedAndKeepsItsValidity() {
        assign(MODULE, 1, TODAY);
        Certification first = pass(MODULE, 1, TODAY);
        assertThat(record().isCertifiedOnOlderVersionOf(DOCUMENT, 2, TODAY)).isTrue();
        assertThat(record().isCertifiedOnOlderVersionOf(UUID.randomUUID(), 2, TODAY)).as("another market's variant").isFalse();
        assertThat(record().isCertifiedOnOlderVersionOf(DOCUMENT, 1, TODAY)).as("the same version").isFalse();

        assign(DELTA, 1, TODAY.plusDays(20));
        assertThat(record().status(TODAY.plusDays(5))).isEqualTo(TrainingStatus.UPDATE_DUE);
        Certification updated = pass(DELTA, 2, TODAY.plusDays(6));
        assertThat(updated.validUntil()).isEqualTo(first.validUntil());
        assertThat(updated.throughModuleId()).isEqualTo(DELTA.id());
        assertThat(record().status(TODAY.plusDays(6))).isEqualTo(TrainingStatus.CERTIFIED);
        assertThat(record().isCertifiedOnOlderVersionOf(DOCUMENT, 2, TODAY.plusDays(6))).isFalse();
        assertThat(certifications).as("history kept, never overwritten").hasSize(2);
    }

    @Test
    void anExpiredCertificationIsNotUpdatedByADelta() {
        assign(MODULE, 1, TODAY);
        pass(MODULE, 1, TODAY);
        LocalDate later = TODAY.plusMonths(13);
        assertThat(record().isCertifiedOnOlderVersionOf(DOCUMENT, 2, later)).isFalse();
        assertThatThrownBy(() -> record().certify(DELTA, DOCUMENT, new SopVersionId(UUID.randomUUID()), 2, null, later, CLOCK.instant()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void reEnrolmentOpensThirtyDaysBeforeExpiryAndRenewsFromThePass() {
        assign(MODULE, 1, TODAY);
        Certification first = pass(MODULE, 1, TODAY);
        assertThatThrownBy(() -> record().reenrolmentDue(TODAY.plusMonths(6))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("30 days");
        LocalDate expiring = first.validUntil().minusDays(10);
        assertThat(record().reenrolmentDue(expiring)).isEqualTo(first.validUntil().minusDays(1));
        assign(MODULE, 2, first.validUntil().minusDays(1));
        assertThatThrownBy(() -> record().reenrolmentDue(expiring)).as("open already").isInstanceOf(ConflictException.class);

        Certification renewed = pass(MODULE, 1, expiring);
        assertThat(renewed.validUntil()).isEqualTo(expiring.plusMonths(12));
        assertThat(record().status(first.validUntil())).as("renewed before expiry").isEqualTo(TrainingStatus.CERTIFIED);
        assertThat(record().current()).contains(renewed);
    }

    @Test
    void afterExpiryReEnrolmentIsDueInTwoWeeks() {
        assign(MODULE, 1, TODAY);
        Certification first = pass(MODULE, 1, TODAY);
        assertThat(record().reenrolmentDue(first.validUntil().plusDays(3))).isEqualTo(first.validUntil().plusDays(17));
    }

    @Test
    void remindersAre30And7And1DaysBeforeAndWhenExpired() {
        assign(MODULE, 1, TODAY);
        Certification c = pass(MODULE, 1, TODAY);
        LocalDate end = c.validUntil();
        assertThat(record().reminderDue(end.minusDays(31))).isEmpty();
        assertThat(record().reminderDue(end.minusDays(30))).contains(ReminderStage.DAYS_30);
        assertThat(record().reminderDue(end.minusDays(8))).contains(ReminderStage.DAYS_30);
        assertThat(record().reminderDue(end.minusDays(7))).contains(ReminderStage.DAYS_7);
        assertThat(record().reminderDue(end.minusDays(1))).contains(ReminderStage.DAYS_1);
        assertThat(record().reminderDue(end)).contains(ReminderStage.EXPIRED);
        assertThat(record().reminderDue(end.plusDays(40))).contains(ReminderStage.EXPIRED);
    }

    @Test
    void passingTheWholeModuleAgainMovesTheRemindersToTheNewEnd() {
        assign(MODULE, 1, TODAY);
        Certification first = pass(MODULE, 1, TODAY);
        assign(MODULE, 2, first.validUntil());
        Certification renewed = pass(MODULE, 1, first.validUntil().minusDays(5));
        assertThat(record().reminderDue(first.validUntil())).as("the old end passes unnoticed").isEmpty();
        assertThat(record().reminderDue(renewed.validUntil().minusDays(7))).contains(ReminderStage.DAYS_7);
        assertThat(Set.copyOf(certifications)).hasSize(2);
    }
}
