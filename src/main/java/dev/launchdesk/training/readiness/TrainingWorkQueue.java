package dev.launchdesk.training.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.launchdesk.identity.AccessRules.Capability;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.Role;
import dev.launchdesk.shared.WorkItem;
import dev.launchdesk.shared.WorkItem.Urgency;
import dev.launchdesk.shared.WorkQueue;
import dev.launchdesk.training.assignment.Assignment;
import dev.launchdesk.training.assignment.Assignments;
import dev.launchdesk.training.bank.QuestionBank;
import dev.launchdesk.training.catalog.MarketDays;
import dev.launchdesk.training.catalog.ModuleCatalog;
import dev.launchdesk.training.catalog.TrainingModule;

/**
 * The training module's part of the home page's work queue: for agents, their open assignments (a delta retraining of
 * an SOP change, or a module), overdue ones first; for trainers, the questions an SOP change flagged for review.
 */
@Component
class TrainingWorkQueue implements WorkQueue {

    private final Assignments assignments;
    private final ModuleCatalog catalog;
    private final QuestionBank bank;
    private final MarketDays days;

    TrainingWorkQueue(Assignments assignments, ModuleCatalog catalog, QuestionBank bank, MarketDays days) {
        this.assignments = assignments;
        this.catalog = catalog;
        this.bank = bank;
        this.days = days;
    }

    @Override
    public List<WorkItem> workFor(Actor actor) {
        List<WorkItem> items = new ArrayList<>();
        if (actor.role() == Role.AGENT && actor.agentId().isPresent()) {
            assignments.ofAgent(actor.agentId().get()).stream().filter(Assignment::isOpen)
                    .sorted(Comparator.comparing(Assignment::dueOn)).forEach(a -> {
                        TrainingModule module = catalog.module(a.moduleId());
                        LocalDate today = days.today(module);
                        String kind = module.isDelta() ? "training-update" : "training-due";
                        items.add(new WorkItem(kind, a.isOverdue(today) ? Urgency.NOW : Urgency.SOON, WorkItem.text(module.title()),
                                WorkItem.message("work." + kind + ".detail", module.sopKey(), module.sections().size()), "/my/training",
                                a.dueOn()));
                    });
        }
        if (Capability.MANAGE_TRAINING.allows(actor.role())) {
            long flagged = bank.needingReview();
            if (flagged > 0) {
                items.add(new WorkItem("training-review", Urgency.SOON, WorkItem.message("work.training-review.title", flagged),
                        WorkItem.message("work.training-review.detail"), "/api/v1/training/questions?needsReview=true", null));
            }
        }
        return items;
    }
}
