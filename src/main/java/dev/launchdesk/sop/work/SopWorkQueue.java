package dev.launchdesk.sop.work;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

import dev.launchdesk.identity.AccessRules.Capability;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.sop.acknowledgement.AcknowledgementDesk;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopDocuments;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.library.SopStatus;
import dev.launchdesk.sop.library.SopVersion;
import dev.launchdesk.sop.library.SopVersions;
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

    /** Items of one kind shown one by one; more become one item that links to their list. */
    static final int SHOWN = 5;

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
        if (Capability.EDIT_SOPS.allows(actor.role())) {
            editorWork(actor, items);
        }
        if (actor.role() == Role.AGENT && actor.agentId().isPresent()) {
            List<AcknowledgementDesk.AgentSop> unread = acknowledgements.sopsOf(acknowledgements.agentOf(actor)).stream()
                    .filter(s -> s.acknowledgedAt() == null)
                    .sorted(Comparator.comparing((AcknowledgementDesk.AgentSop s) -> s.version().effectiveDate()).reversed()).toList();
            unread.stream().limit(SHOWN).forEach(s -> items.add(new WorkItem("sop-acknowledge", Urgency.NOW, WorkItem.text(s.version().title()),
                    WorkItem.message("work.sop-acknowledge.detail", label(s.document()), s.version().number(), s.version().effectiveDate()),
                    "/sops/read/" + s.version().id(), null)));
            if (unread.size() > SHOWN) {
                items.add(new WorkItem("sop-acknowledge", Urgency.NOW, WorkItem.message("work.sop-acknowledge.more", unread.size() - SHOWN),
                        WorkItem.message("work.sop-acknowledge.more.detail", unread.size()), "/my/sops", null));
            }
        }
        return items;
    }

    private void editorWork(Actor actor, List<WorkItem> items) {
        // the documents once (two queries), not one query per open version on every home page view
        Map<UUID, SopDocument> byId = new HashMap<>();
        documents.masters().forEach(d -> byId.put(d.id(), d));
        documents.variants(VendorScope.all()).forEach(d -> byId.put(d.id(), d));
        for (SopVersion version : versions.openVersions()) {
            Optional<SopDocument> found = Optional.ofNullable(byId.get(version.documentId()));
            if (found.isEmpty() || found.get().retiredAt() != null) {
                continue;
            }
            SopDocument document = found.get();
            MessageSourceResolvable title = WorkItem.text(version.title());
            String page = "/sops/versions/" + version.id();
            if (version.status() == SopStatus.DRAFT && version.hasConflicts()) {
                items.add(new WorkItem("sop-conflict", Urgency.NOW, title,
                        WorkItem.message("work.sop-conflict.detail", label(document), version.number()), page + "/resolve", null));
            } else if (version.status() == SopStatus.IN_REVIEW && !wroteOrEdited(version, actor)) {
                items.add(new WorkItem("sop-review", Urgency.NOW, title, WorkItem.message("work.sop-review.detail", label(document),
                        version.number(), author(version), day(version.submittedAt())), page, null));
            } else if (version.status() == SopStatus.DRAFT && version.reviewer() != null && version.reviewComment() != null
                    && wroteOrEdited(version, actor)) {
                items.add(new WorkItem("sop-changes-requested", Urgency.NOW, title, WorkItem.message("work.sop-changes-requested.detail",
                        label(document), version.number(), version.reviewer(), version.reviewComment()), page, null));
            } else if (version.status() == SopStatus.APPROVED) {
                items.add(new WorkItem("sop-publish", Urgency.SOON, title,
                        WorkItem.message("work.sop-publish.detail", label(document), version.number(), version.reviewer()), page, null));
            }
        }
        List<Map.Entry<SopDocument, SopVersion>> due = library.dueForReview(VendorScope.all()).stream()
                .sorted(Comparator.comparing((Map.Entry<SopDocument, SopVersion> e) -> e.getValue().reviewBy())).toList();
        if (due.size() <= SHOWN) {
            due.forEach(e -> items.add(new WorkItem("sop-due-review", Urgency.SOON, WorkItem.text(e.getValue().title()),
                    WorkItem.message("work.sop-due-review.detail", label(e.getKey()), e.getValue().number()), "/sops/" + e.getKey().id(),
                    e.getValue().reviewBy())));
        } else {
            // many SOPs at once (a whole catalogue published on one day): one item for the list of them, not a flood
            long sops = due.stream().map(e -> e.getValue().title()).distinct().count();
            items.add(new WorkItem("sop-due-review", Urgency.SOON, WorkItem.message("work.sop-due-review.many", due.size()),
                    WorkItem.message("work.sop-due-review.many.detail", sops), "/sops/due", due.get(0).getValue().reviewBy()));
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
