package dev.launchdesk.sop;

/** Where a version is in its life. Only PUBLISHED versions reach agents. */
public enum SopStatus {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED, SUPERSEDED, WITHDRAWN;

    boolean isOpen() {
        return this == DRAFT || this == IN_REVIEW || this == APPROVED;
    }
}
