package dev.launchdesk.sop;

import java.util.UUID;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.sop.authoring.DraftForm;
import dev.launchdesk.sop.authoring.SopAuthoring;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.library.SopVersion;

/**
 * The SOP workflow's steps through its services, for integration and module tests: an author writes, an approver (not
 * the author: four eyes) approves and publishes. The web tests' counterpart is {@code SopThroughTheApi}.
 */
public record SopSteps(SopAuthoring authoring, SopLibrary library, Actor author, Actor approver) {

    /** A new draft of the document with this text, written by the author. */
    public SopVersion revise(SopDocument document, String text) {
        SopVersion draft = authoring.startRevision(document.id(), author);
        authoring.editDraft(draft.id(), new DraftForm(draft.title(), text, "Revised", draft.lockVersion()), author);
        return draft;
    }

    /** Submitted by the author, approved and published by the approver. */
    public void publish(UUID versionId) {
        authoring.submit(versionId, author);
        authoring.approve(versionId, null, approver);
        authoring.publish(versionId, null, approver);
    }

    /** The document's newest version. */
    public SopVersion latest(SopDocument document) {
        return library.versionsOf(document, approver).get(0);
    }
}
