package dev.launchdesk.insight.ingest;

/**
 * Where an import stands: RUNNING while the file is read; COMPLETED when rows were written (in good-rows mode
 * possibly with rejected rows); REJECTED when nothing was written because of bad rows or a bad file; FAILED when the
 * server stopped or broke off (nothing written either).
 */
public enum ImportStatus {
    RUNNING, COMPLETED, REJECTED, FAILED
}
