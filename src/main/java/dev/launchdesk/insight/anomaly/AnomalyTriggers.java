package dev.launchdesk.insight.anomaly;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import dev.launchdesk.insight.TicketsImported;

/**
 * When scans run by themselves: after every ticket import (its days and markets, once the import has committed)
 * and on the schedule ({@code launchdesk.insight.anomaly.schedule}, the last {@code scheduled-days} days). Days
 * younger than {@link AnomalyScan#lastSettledDay()} are left for a later scan, as their tickets are still open.
 */
@Component
class AnomalyTriggers {

    private final AnomalyScan scan;
    private final AnomalySettings settings;

    AnomalyTriggers(AnomalyScan scan, AnomalySettings settings) {
        this.scan = scan;
        this.settings = settings;
    }

    /** Runs after the import's commit, in a transaction of its own; also when the import was published outside one. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(TicketsImported imported) {
        if (imported.rows() == 0 || imported.firstDay() == null || imported.lastDay() == null) {
            return;
        }
        LocalDate last = min(imported.lastDay(), scan.lastSettledDay());
        LocalDate first = max(imported.firstDay(), last.minusDays(AnomalyScan.MAX_SCAN_DAYS - 1));
        if (!first.isAfter(last)) {
            scan.scan(first, last, imported.markets());
        }
    }

    @Scheduled(cron = "${launchdesk.insight.anomaly.schedule:0 0 * * * *}")
    public void onSchedule() {
        LocalDate last = scan.lastSettledDay();
        scan.scan(last.minusDays(settings.scheduledDays() - 1L), last, Set.of());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
