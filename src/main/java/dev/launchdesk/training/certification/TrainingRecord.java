package dev.launchdesk.training.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.sop.SopVersionId;
import dev.launchdesk.training.assignment.Assignment;
import dev.launchdesk.training.catalog.TrainingModule;

/**
 * One agent in one module: its assignments (every cycle), the assignments of its delta modules, the attempts started
 * and the certifications (history). The certification state machine: the status on a day, certifying a pass, the
 * re-enrolment before expiry, the reminder due and whether an SOP change concerns the agent — each a method that
 * checks its rule.
 */
public final class TrainingRecord {

    /** A certification is expiring from this many days before its end of validity. */
    public static final int EXPIRING_DAYS = 30;
    /** A re-enrolment after expiry is due this many days later. */
    static final int REENROLMENT_DUE_DAYS = 14;

    private final UUID agentId;
    private final TrainingModule module;
    private final List<Assignment> assignments;
    private final List<Assignment> deltaAssignments;
    private final Set<UUID> startedAssignments;
    private final List<Certification> certifications;

    public TrainingRecord(UUID agentId, TrainingModule module, List<Assignment> assignments, List<Assignment> deltaAssignments,
                          Set<UUID> startedAssignments, List<Certification> certifications) {
        this.agentId = agentId;
        this.module = module;
        this.assignments = List.copyOf(assignments);
        this.deltaAssignments = List.copyOf(deltaAssignments);
        this.startedAssignments = startedAssignments; // shared by the records of one load, read only
        this.certifications = List.copyOf(certifications);
    }

    /** The newest certification, the one in force (or the last that was). */
    public Optional<Certification> current() {
        return certifications.stream().max(Comparator.comparing(Certification::certifiedOn).thenComparing(Certification::recordedAt));
    }

    public TrainingStatus status(LocalDate today) {
        Optional<Certification> current = current();
        if (current.isEmpty() || current.get().certifiedOn().isAfter(today)) {
            Optional<Assignment> open = openAssignment();
            if (open.isEmpty()) {
                return TrainingStatus.NOT_ASSIGNED;
            }
            return startedAssignments.contains(open.get().id()) ? TrainingStatus.IN_PROGRESS : TrainingStatus.ASSIGNED;
        }
        LocalDate validUntil = current.get().validUntil();
        if (!today.isBefore(validUntil)) {
            return TrainingStatus.EXPIRED;
        }
        if (openDelta().isPresent()) {
            return TrainingStatus.UPDATE_DUE;
        }
        return today.isBefore(validUntil.minusDays(EXPIRING_DAYS)) ? TrainingStatus.CERTIFIED : TrainingStatus.EXPIRING;
    }

    /** The open assignment of the module itself (the first or a re-enrolment). */
    public Optional<Assignment> openAssignment() {
        return assignments.stream().filter(Assignment::isOpen).max(Comparator.comparingInt(Assignment::cycle));
    }

    /** The newest outstanding delta retraining. */
    public Optional<Assignment> openDelta() {
        return deltaAssignments.stream().filter(Assignment::isOpen).max(Comparator.comparing(Assignment::assignedAt));
    }

    /**
     * The certification a pass records: through the module itself, valid for the module's validity from the day; through
     * a delta module, on the delta's SOP version with the end of validity of the certification it updates (a delta needs a
     * certification in force).
     */
    public Certification certify(TrainingModule passed, UUID sopDocumentId, SopVersionId sopVersionId, int sopVersionNumber, UUID attemptId,
                                 LocalDate today, Instant now) {
        if (!passed.certifiesModuleId().equals(module.id())) {
            throw new IllegalArgumentException("module " + passed.id() + " does not certify " + module.id());
        }
        LocalDate validUntil;
        if (passed.isDelta()) {
            Certification updated = current().filter(c -> c.isValidOn(today)).orElseThrow(() -> new ConflictException(
                    UserTexts.of("problem.training.certification.update-expired")));
            validUntil = updated.validUntil();
        } else {
            validUntil = today.plusMonths(module.validityMonths());
        }
        return new Certification(UUID.randomUUID(), agentId, module.id(), passed.id(), sopDocumentId, sopVersionId, sopVersionNumber, today,
                validUntil, attemptId, now);
    }

    /**
     * The due date of a re-enrolment: allowed while expiring (due the last valid day) or once expired (due in
     * {@value #REENROLMENT_DUE_DAYS} days), and not while the module is open already.
     */
    public LocalDate reenrolmentDue(LocalDate today) {
        TrainingStatus status = status(today);
        if (openAssignment().isPresent()) {
            throw new ConflictException(UserTexts.of("problem.training.reenrolment.open-already"));
        }
        return switch (status) {
            case EXPIRING, UPDATE_DUE -> {
                LocalDate lastValidDay = current().orElseThrow().validUntil().minusDays(1);
                if (today.isBefore(current().orElseThrow().validUntil().minusDays(EXPIRING_DAYS))) {
                    throw new ConflictException(UserTexts.of("problem.training.reenrolment.too-early", String.valueOf(EXPIRING_DAYS),
                            String.valueOf(current().orElseThrow().validUntil())));
                }
                yield lastValidDay;
            }
            case EXPIRED -> today.plusDays(REENROLMENT_DUE_DAYS);
            default -> throw new ConflictException(UserTexts.of("problem.training.reenrolment.not-due", String.valueOf(EXPIRING_DAYS),
                    UserTexts.of("problem.training.status." + status.name())));
        };
    }

    /** The reminder due on the day for the certification in force (the most urgent stage reached), if any. */
    public Optional<ReminderStage> reminderDue(LocalDate today) {
        return current().flatMap(c -> ReminderStage.reachedOn(today, c.validUntil()));
    }

    /**
     * Whether a new version ({@code number}) of the SOP document concerns this agent: certified in force on an older
     * version of exactly that document (the variant, or master, in force for the agent's market and vendor).
     */
    public boolean isCertifiedOnOlderVersionOf(UUID sopDocumentId, int number, LocalDate today) {
        return current().filter(c -> c.isValidOn(today) && c.sopDocumentId().equals(sopDocumentId) && c.sopVersionNumber() < number)
                .isPresent();
    }

    public UUID agentId() {
        return agentId;
    }

    public TrainingModule module() {
        return module;
    }

    public List<Certification> certifications() {
        return certifications;
    }

    public List<Assignment> assignments() {
        return assignments;
    }

    public List<Assignment> deltaAssignments() {
        return deltaAssignments;
    }
}
