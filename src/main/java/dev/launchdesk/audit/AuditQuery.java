package dev.launchdesk.audit;

import java.time.LocalDate;

/** Filters for browsing the audit trail; every field is optional. Dates are UTC days, both inclusive. */
public record AuditQuery(String entityType, String entityId, String actor, String text, LocalDate from, LocalDate to) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
