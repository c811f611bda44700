package dev.launchdesk.training.delta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.identity.UserAdministration;
import dev.launchdesk.identity.UserView;
import dev.launchdesk.notify.NotificationKind;
import dev.launchdesk.notify.NotificationRequest;
import dev.launchdesk.notify.Notifications;
import dev.launchdesk.sop.PublishedSections;
import dev.launchdesk.sop.PublishedSections.PublishedSop;
import dev.launchdesk.sop.SopVersionPublished;
import dev.launchdesk.training.DeltaRetrainingAssigned;
import dev.launchdesk.training.assignment.AssignmentDesk;
import dev.launchdesk.training.bank.QuestionBank;
import dev.launchdesk.training.catalog.MarketDays;
import dev.launchdesk.training.catalog.ModuleCatalog;
import dev.launchdesk.training.catalog.TrainingModule;
import dev.launchdesk.training.certification.TrainingRecord;
import dev.launchdesk.training.certification.TrainingRecords;

/**
 * Retraining on exactly what changed. When an SOP version is published (after its commit, retried from the event
 * publication registry until done), each module of that SOP linked to a changed section gets a delta module of only
 * the changed sections (old → new), assigned to exactly the agents certified on an older version of the SOP document
 * that changed: a market's variant reaches that market's agents, a vendor's variant that vendor's, a master the agents
 * of markets without a variant (their certifications are on the master). Their certification is update due until they
 * pass it. Questions on changed sections are flagged for the trainers to review. A replayed event assigns nothing twice.
 */
@Component
@org.springframework.modulith.NamedInterface("delta")
public class DeltaRetraining {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DeltaRetraining.class);

    /** A delta retraining is due this many days after the change takes effect (or is published, if later). */
    static final int DUE_DAYS = 14;

    private final PublishedSections sops;
    private final ModuleCatalog catalog;
    private final TrainingRecords records;
    private final AssignmentDesk assignments;
    private final QuestionBank bank;
    private final UserAdministration users;
    private final Notifications notifications;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final MarketDays days;

    DeltaRetraining(PublishedSections sops, ModuleCatalog catalog, TrainingRecords records, AssignmentDesk assignments, QuestionBank bank,
                    UserAdministration users, Notifications notifications, MessageSource messages, ApplicationEventPublisher events,
                    MarketDays days) {
        this.sops = sops;
        this.catalog = catalog;
        this.records = records;
        this.assignments = assignments;
        this.bank = bank;
        this.users = users;
        this.notifications = notifications;
        this.messages = messages;
        this.events = events;
        this.days = days;
    }

    @ApplicationModuleListener
    void on(SopVersionPublished published) {
        retrain(published);
    }

    /** How many agents were given a delta module now (0 for a replay). */
    @Transactional
    public int retrain(SopVersionPublished published) {
        if (published.changedSections().isEmpty()) {
            return 0;
        }
        Optional<PublishedSop> after = sops.version(published.versionId());
        Optional<PublishedSop> before = after.flatMap(a -> previous(a));
        if (after.isEmpty() || before.isEmpty()) {
            return 0;
        }
        Set<String> changed = changedAnchors(published.changedSections(), before.get(), after.get());
        String market = published.marketCode() == null ? null : published.marketCode().value();
        int assigned = 0;
        for (TrainingModule module : catalog.modules(market, published.sopKey())) {
            List<String> hit = module.anchors().stream().filter(changed::contains).toList();
            if (hit.isEmpty()) {
                continue;
            }
            LocalDate today = days.today(module);
            LocalDate effective = published.effectiveDate() == null ? today : published.effectiveDate();
            LocalDate due = (effective.isAfter(today) ? effective : today).plusDays(DUE_DAYS);
            List<UUID> affected = records.of(List.of(module)).values().stream()
                    .filter(r -> r.isCertifiedOnOlderVersionOf(after.get().documentId(), after.get().number(), today))
                    .map(TrainingRecord::agentId).toList();
            if (affected.isEmpty()) {
                log.debug("{} v{}: module {} has changed sections {} but no agent certified on an older version", published.sopKey(),
                        published.number(), module.id(), hit);
                continue;
            }
            TrainingModule delta = catalog.deltaOf(module, before.get(), after.get(), hit);
            int made = assignments.assignDelta(delta, affected, due);
            if (made > 0) {
                log.info("{} v{} ({}): delta module {} of {} assigned to {} agent(s)", published.sopKey(), published.number(),
                        market == null ? "master" : market, delta.id(), hit, made);
                assigned += made;
                events.publishEvent(new DeltaRetrainingAssigned(delta.id(), module.id(), module.sopKey(), module.marketCode(),
                        after.get().vendorId(), before.get().versionId(), after.get().versionId(), hit, made));
                tell(delta, affected, due);
            }
        }
        bank.flagForReview(published.sopKey(), changed, published.sopKey() + " v" + published.number() + " ("
                + (market == null ? "global master" : market) + ") changed this section, effective "
                + (published.effectiveDate() == null ? "on publication" : published.effectiveDate()));
        return assigned;
    }

    /** The version published before this one (skipping numbers never published, e.g. withdrawn drafts). */
    private Optional<PublishedSop> previous(PublishedSop after) {
        for (int n = after.number() - 1; n >= 1; n--) {
            Optional<PublishedSop> found = sops.version(after.documentId(), n);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The anchors of the sections with the changed headings, in either version (an added or a removed section too). */
    static Set<String> changedAnchors(List<String> headings, PublishedSop before, PublishedSop after) {
        Set<String> anchors = new LinkedHashSet<>();
        for (PublishedSop sop : List.of(after, before)) {
            sop.sections().stream().filter(s -> headings.contains(s.heading())).forEach(s -> anchors.add(s.anchor()));
        }
        return anchors;
    }

    private void tell(TrainingModule delta, List<UUID> agentIds, LocalDate due) {
        Set<UUID> agents = Set.copyOf(agentIds);
        Set<UUID> recipients = users.users().stream().filter(u -> u.enabled() && u.agentId() != null && agents.contains(u.agentId()))
                .map(UserView::id).collect(Collectors.toSet());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("deltaModuleId", delta.id().toString());
        payload.put("moduleId", delta.baseModuleId().toString());
        payload.put("sopKey", delta.sopKey());
        payload.put("market", delta.marketCode());
        payload.put("sections", new ArrayList<>(delta.anchors()));
        payload.put("agents", agentIds.size());
        payload.put("dueOn", due.toString());
        notifications.send(new NotificationRequest(NotificationKind.TRAINING_DELTA, "training-delta:" + delta.id(), recipients,
                messages.getMessage("training.delta.subject", new Object[] {delta.title(), due}, java.util.Locale.ROOT),
                messages.getMessage("training.delta.body", new Object[] {delta.title(), due, String.join(", ", delta.anchors())},
                        java.util.Locale.ROOT), "/api/v1/me/training", payload));
    }
}
