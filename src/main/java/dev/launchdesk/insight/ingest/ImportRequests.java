package dev.launchdesk.insight.ingest;

import java.util.Locale;

import dev.launchdesk.shared.UserTexts;

/** Reads what an HTTP import request asks for: which kind of file, in which format and mode. */
final class ImportRequests {

    private ImportRequests() {
    }

    static ImportKind kind(String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("tickets")) {
            return ImportKind.TICKETS;
        }
        if (value.trim().toLowerCase(Locale.ROOT).matches("orders?|order-volumes?")) {
            return ImportKind.ORDERS;
        }
        throw new ImportRejectedException("kind", UserTexts.of("problem.insight.import.kind-unknown", value.trim()));
    }

    static String fileName(String given, FileFormat format, ImportKind kind) {
        if (given != null && !given.isBlank()) {
            String name = given.strip().replace('\\', '/');
            return name.substring(name.lastIndexOf('/') + 1);
        }
        return (kind == ImportKind.ORDERS ? "orders" : "tickets") + (format == FileFormat.JSONL ? ".jsonl" : ".csv");
    }
}
