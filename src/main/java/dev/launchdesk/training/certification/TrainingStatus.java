package dev.launchdesk.training.certification;

/**
 * Where an agent is in a module: assigned → in progress → certified → expiring (30 days before the end of validity) →
 * expired; update due while a delta retraining of an SOP change is outstanding.
 */
public enum TrainingStatus {
    NOT_ASSIGNED, ASSIGNED, IN_PROGRESS, CERTIFIED, EXPIRING, UPDATE_DUE, EXPIRED;

    /** Certified on the SOP version in force: counts towards readiness. */
    public boolean isCertifiedOnCurrentVersion() {
        return this == CERTIFIED || this == EXPIRING;
    }
}
