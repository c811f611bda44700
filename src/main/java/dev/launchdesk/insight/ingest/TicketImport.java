package dev.launchdesk.insight.ingest;

import java.time.Instant;

/** One import of a ticket or order-volume file and its outcome. */
public record TicketImport(long id, ImportKind kind, String fileName, FileFormat format, ImportMode mode,
                           ImportSource source, ImportStatus status, long rowsRead, long rowsImported, long rowsRejected,
                           long bytesRead, String message, String importedBy, Instant startedAt, Instant finishedAt) {

    /** Rejected rows can be downloaded when they were kept: good-rows imports and (the first ones of) rejected files. */
    public boolean rejectedRowsKept() {
        return rowsRejected > 0 && status != ImportStatus.RUNNING;
    }
}
