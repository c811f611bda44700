package dev.launchdesk.sop;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.Role;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.shared.WorkItem;
import dev.launchdesk.shared.WorkItem.Urgency;
import dev.launchdesk.shared.WorkQueue;

/**
 * The SOP module's part of the home page's work queue. For SOP editors (and admins): reviews to do (versions in review
 * that they neither wrote nor edited, so four eyes lets them approve), merge conflicts to resolve, their own drafts sent
 * back with changes requested, approved versions to publish, and published versions past their review-by date. For
 * agents: the SOPs in force for them that they have not acknowledged yet.
 */
@Component
class SopWorkQueue implements WorkQueue {

    private static final java.util.Set<Role> EDITORS = java.util.EnumSet.of(Role.ADMIN, Role.SOP_EDITOR);

    private final SopVersions versions;
    private final SopDocuments documents;
    private final SopLibrary library;
    private final AcknowledgementDesk acknowledgements;

    SopWorkQueue(SopVersions versions, SopDocuments documents, SopLibrary library, AcknowledgementDesk acknowledgements) {
        this.versions = versions;
        this.documents = documents;
        this.library = library;
        this.acknowledgements = acknowledgements;
    }

    @Override
    public List<WorkItem> workFor(Actor actor) {
        List<WorkItem> items = new ArrayList<>();
        if (EDITORS.contains(actor.role())) {
            editorWork(actor, items);
        }
        if (actor.role() == Role.AGENT && actor.agentId().isPresent()) {
            acknowledgements.sopsOf(acknowledgements.agentOf(actor)).stream().filter(s -> s.acknowledgedAt() == null)
                    .forEach(s -> items.add(new WorkItem("sop-acknowledge", Urgency.NOW, s.version().title(), "work.sop-acknowledge.detail",
                            List.of(label(s.document()), s.version().number(), s.version().effectiveDate()),
                            "/sops/read/" + s.version().id(), null)));
        }
        return items;
    }

    private void editorWork(Actor actor, List<WorkItem> items) {
        for (SopVersion version : versions.openVersions()) {
            Optional<SopDocument> found = documents.find(version.documentId(), VendorScope.all());
            if (found.isEmpty() || found.get().retiredAt() != null) {
                continue;
            }
            SopDocument document = found.get();
            String title = version.title();
            List<Object> where = List.of(label(document), version.number());
            if (version.status() == SopStatus.DRAFT && version.hasConflicts()) {
                items.add(new WorkItem("sop-conflict", Urgency.NOW, title, "work.sop-conflict.detail", where,
                        "/sops/versions/" + version.id() + "/resolve", null));
            } else if (version.status() == SopStatus.IN_REVIEW && !wroteOrEdited(version, actor)) {
                items.add(new WorkItem("sop-review", Urgency.NOW, title, "work.sop-review.detail",
                        java.util.Arrays.asList(label(document), version.number(), author(version), day(version.submittedAt())),
                        "/sops/versions/" + version.id(), null));
            } else if (version.status() == SopStatus.DRAFT && version.reviewer() != null && version.reviewComment() != null
                    && wroteOrEdited(version, actor)) {
                items.add(new WorkItem("sop-changes-requested", Urgency.NOW, title, "work.sop-changes-requested.detail",
                        List.of(label(document), version.number(), version.reviewer(), version.reviewComment()),
                        "/sops/versions/" + version.id(), null));
            } else if (version.status() == SopStatus.APPROVED) {
                items.add(new WorkItem("sop-publish", Urgency.SOON, title, "work.sop-publish.detail",
                        List.of(label(document), version.number(), version.reviewer()), "/sops/versions/" + version.id(), null));
            }
        }
        for (Map.Entry<SopDocument, SopVersion> due : library.dueForReview(VendorScope.all())) {
            SopVersion version = due.getValue();
            items.add(new WorkItem("sop-due-review", Urgency.SOON, version.title(), "work.sop-due-review.detail",
                    List.of(label(due.getKey()), version.number()), "/sops/" + due.getKey().id(), version.reviewBy()));
        }
    }

    private static boolean wroteOrEdited(SopVersion version, Actor actor) {
        return actor.username().equals(version.author()) || actor.username().equals(version.editedBy());
    }

    /** GLOBAL for a master, else the variant's scope (MY, MY/LUMEN). */
    private static String label(SopDocument document) {
        return document.scope();
    }

    private static String author(SopVersion version) {
        return version.editedBy() != null ? version.editedBy() : version.author() != null ? version.author() : "LaunchDesk";
    }

    private static LocalDate day(java.time.Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
