package dev.launchdesk.insight.anomaly;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import dev.launchdesk.insight.TicketsImported;

/**
 * When scans run by themselves: after every ticket import (its days and markets) and on the schedule
 * ({@code launchdesk.insight.anomaly.schedule}, the last {@code scheduled-days} days). Days younger than
 * {@link AnomalyScan#lastSettledDay()} are left for a later scan, as their tickets are still open.
 * <p>
 * The import's scan is an application module listener: it runs after the import has committed, on another thread
 * (the import answers as soon as its rows are in), and its {@link TicketsImported} is kept in the event publication
 * registry until the scan has finished. A scan that failed or was cut off by a stop is run again: on the next start
 * and, while the server runs, by the retry of unfinished module reactions ({@code launchdesk.events.*}). A scan twice over the same days changes nothing
 * (an anomaly is one row per KPI, scope and day).
 */
@Component
class AnomalyTriggers {

    private final AnomalyScan scan;
    private final AnomalySettings settings;

    AnomalyTriggers(AnomalyScan scan, AnomalySettings settings) {
        this.scan = scan;
        this.settings = settings;
    }

    /** Runs after the import's commit, asynchronously, in a transaction of its own. */
    @ApplicationModuleListener
    public void on(TicketsImported imported) {
        if (imported.rows() == 0 || imported.firstDay() == null || imported.lastDay() == null) {
            return;
        }
        LocalDate last = min(imported.lastDay(), scan.lastSettledDay());
        LocalDate first = max(imported.firstDay(), last.minusDays(AnomalyScan.MAX_SCAN_DAYS - 1));
        if (!first.isAfter(last)) {
            scan.scan(first, last, imported.marketCodes());
        }
    }

    /** Once per cluster: the nodes' runs at the same hour find the lock taken (held at least a minute). */
    @SchedulerLock(name = "anomaly-scan", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
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
