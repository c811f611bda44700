package dev.launchdesk.shared;

/**
 * Published by every module for every write, inside the writing transaction. The audit trail
 * records it synchronously, so a change and its audit entry commit or roll back together.
 *
 * @param entityType e.g. "market", "agent"
 * @param entityId   the changed row's identifier
 * @param action     what happened, e.g. "created", "updated", "imported"
 * @param summary    one line a person reads in the audit trail
 * @param before     the state before (null when created); serialised to JSON by the audit trail
 * @param after      the state after (null when removed)
 */
public record EntityChanged(String entityType, String entityId, String action, String summary, Object before, Object after) {

    public static EntityChanged created(String entityType, Object id, String summary, Object after) {
        return new EntityChanged(entityType, String.valueOf(id), "created", summary, null, after);
    }

    public static EntityChanged updated(String entityType, Object id, String summary, Object before, Object after) {
        return new EntityChanged(entityType, String.valueOf(id), "updated", summary, before, after);
    }
}
