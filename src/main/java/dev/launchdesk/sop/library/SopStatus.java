package dev.launchdesk.sop.library;

/** Where a version is in its life. Only PUBLISHED versions reach agents. */
public enum SopStatus {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED, SUPERSEDED, WITHDRAWN;

    /**
     * The status in words inside a sentence ("in review"), in the request's language (problem.sop.status.*); pages take
     * their labels from sop.status.*.
     */
    public String words() {
        return dev.launchdesk.shared.UserTexts.of("problem.sop.status." + name());
    }

    public boolean isOpen() {
        return this == DRAFT || this == IN_REVIEW || this == APPROVED;
    }
}
