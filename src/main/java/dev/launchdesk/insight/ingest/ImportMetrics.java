package dev.launchdesk.insight.ingest;

import java.time.Duration;
import java.util.Locale;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The business metrics of imports on {@code /actuator/prometheus}: imports by kind and outcome with their duration
 * ({@code launchdesk_imports_seconds_count / _sum}), rows imported and rows rejected by kind, and imports refused
 * because too many were running ({@code outcome="refused"}).
 */
@Component
class ImportMetrics {

    private final MeterRegistry registry;

    ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (ImportKind kind : ImportKind.values()) {
            rowsImported(kind);
            rowsRejected(kind);
        }
    }

    void finished(ImportKind kind, ImportStatus status, Duration took, long imported, long rejected) {
        Timer.builder("launchdesk.imports").description("Ticket and order-volume imports, by kind and outcome")
                .tag("kind", tag(kind)).tag("outcome", status.name().toLowerCase(Locale.ROOT)).register(registry).record(took);
        if (status == ImportStatus.COMPLETED) {
            rowsImported(kind).increment(imported);
        }
        rowsRejected(kind).increment(rejected);
    }

    void refused(ImportKind kind) {
        Counter.builder("launchdesk.imports.refused").description("Imports refused with 429 because the import slots were taken")
                .tag("kind", tag(kind)).register(registry).increment();
    }

    private Counter rowsImported(ImportKind kind) {
        return Counter.builder("launchdesk.import.rows").description("Rows written by completed imports").baseUnit("rows")
                .tag("kind", tag(kind)).register(registry);
    }

    private Counter rowsRejected(ImportKind kind) {
        return Counter.builder("launchdesk.import.rejected.rows").description("Rows rejected by imports (all modes)").baseUnit("rows")
                .tag("kind", tag(kind)).register(registry);
    }

    private static String tag(ImportKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
