package dev.launchdesk.insight.ingest;

import java.util.Locale;

import dev.launchdesk.shared.UserTexts;

/** The file formats an import reads: CSV (RFC 4180, UTF-8, header row) or JSON Lines (one JSON object per line). */
public enum FileFormat {
    CSV, JSONL;

    /** The format named by a request parameter, the content type or the file name; CSV when nothing says otherwise. */
    public static FileFormat detect(String requested, String contentType, String fileName) {
        if (requested != null && !requested.isBlank()) {
            return switch (requested.trim().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "jsonl", "ndjson", "json" -> JSONL;
                default -> throw new ImportRejectedException("format",
                        UserTexts.of("problem.insight.import.format-unknown", requested.trim()));
            };
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (type.contains("ndjson") || type.contains("jsonl") || type.contains("json-seq") || type.startsWith("application/json")
                || name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return JSONL;
        }
        return CSV;
    }
}
