package dev.launchdesk.audit;

import java.time.Instant;

/** One recorded change. Never updated, never deleted. */
public record AuditEntry(long id, Instant occurredAt, String actor, String entityType, String entityId,
                         String action, String summary, String beforeState, String afterState) {
}
