package dev.launchdesk.sop.library;

/** Who may do what with SOPs, as {@code @PreAuthorize} expressions shared by every SOP capability's pages and API. */
public final class SopAccess {

    /** Writing SOPs: drafts, reviews, variants, translations. */
    public static final String EDITORS = "hasAnyRole('ADMIN', 'SOP_EDITOR')";

    private SopAccess() {
    }
}
