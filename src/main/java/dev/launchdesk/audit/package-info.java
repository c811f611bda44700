/**
 * Append-only audit trail: who changed what, when, with the state before and after.
 * It records every {@link dev.launchdesk.shared.EntityChanged} inside the writing transaction.
 */
package dev.launchdesk.audit;
