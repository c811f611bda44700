package dev.launchdesk.sop.library;

/** Where a version is in its life. Only PUBLISHED versions reach agents. */
public enum SopStatus {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED, SUPERSEDED, WITHDRAWN;

    /** The status in words for messages ("in review"); pages take their labels from the message bundle (sop.status.*). */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public boolean isOpen() {
        return this == DRAFT || this == IN_REVIEW || this == APPROVED;
    }
}
