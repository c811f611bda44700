package dev.launchdesk.training.certification;

import java.time.LocalDate;
import java.util.Optional;

/** The expiry reminders: 30, 7 and 1 days before the end of validity, and once it has passed. */
public enum ReminderStage {
    DAYS_30(30), DAYS_7(7), DAYS_1(1), EXPIRED(0);

    private final int daysBefore;

    ReminderStage(int daysBefore) {
        this.daysBefore = daysBefore;
    }

    public int daysBefore() {
        return daysBefore;
    }

    /** The most urgent stage reached on the day for a validity ending on {@code validUntil}; empty before 30 days ahead. */
    public static Optional<ReminderStage> reachedOn(LocalDate today, LocalDate validUntil) {
        ReminderStage reached = null;
        for (ReminderStage stage : values()) {
            if (!today.isBefore(validUntil.minusDays(stage.daysBefore))) {
                reached = stage;
            }
        }
        return Optional.ofNullable(reached);
    }
}
