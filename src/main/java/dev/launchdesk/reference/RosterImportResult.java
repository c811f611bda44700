package dev.launchdesk.reference;

/** What a roster import did. Re-importing the same file gives created = updated = 0. */
public record RosterImportResult(String fileName, int rows, int created, int updated, int unchanged) {
}
