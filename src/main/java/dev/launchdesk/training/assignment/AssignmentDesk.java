package dev.launchdesk.training.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.reference.AgentDirectory;
import dev.launchdesk.reference.AgentDirectory.AgentRef;
import dev.launchdesk.reference.Site;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.InvalidInputException.FieldProblem;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.training.catalog.MarketDays;
import dev.launchdesk.training.catalog.ModuleCatalog;
import dev.launchdesk.training.catalog.TrainingModule;

/**
 * Assigning modules: by name (a vendor lead only their own vendor's agents) or by a live rule that also reaches the
 * agents who join later; delta modules to the agents an SOP change concerns. Each agent gets a module's cycle once.
 */
@Service
@org.springframework.modulith.NamedInterface("assignment")
public class AssignmentDesk {

    static final int DEFAULT_DUE_DAYS = 14;

    private final Assignments assignments;
    private final ModuleCatalog catalog;
    private final AgentDirectory agents;
    private final VendorDirectory vendors;
    private final ApplicationEventPublisher events;
    private final MarketDays days;
    private final Clock clock;

    AssignmentDesk(Assignments assignments, ModuleCatalog catalog, AgentDirectory agents, VendorDirectory vendors,
                   ApplicationEventPublisher events, MarketDays days, Clock clock) {
        this.assignments = assignments;
        this.catalog = catalog;
        this.agents = agents;
        this.vendors = vendors;
        this.events = events;
        this.days = days;
        this.clock = clock;
    }

    /** The assignments made (agents who have the module open already are left as they are). */
    @Transactional
    public List<Assignment> assign(UUID moduleId, AssignmentForm form, Actor actor) {
        TrainingModule module = catalog.module(moduleId);
        if (form.agents() == null || form.agents().isEmpty()) {
            throw InvalidInputException.of("agents", UserTexts.of("problem.training.assignment.agents-required"));
        }
        if (form.dueOn() == null || form.dueOn().isBefore(days.today(module))) {
            throw InvalidInputException.of("dueOn", UserTexts.of("problem.training.assignment.due-on"));
        }
        List<AgentRef> named = resolve(form.agents(), module, actor.vendorScope());
        List<Assignment> made = new ArrayList<>();
        for (AgentRef agent : named) {
            List<Assignment> before = assignments.of(moduleId, agent.id());
            if (before.stream().anyMatch(Assignment::isOpen)) {
                continue;
            }
            Assignment assignment = Assignment.of(moduleId, agent.id(), before.size() + 1, null, form.dueOn(), actor.username(), clock.instant());
            if (assignments.insertIfAbsent(assignment)) {
                made.add(assignment);
            }
        }
        events.publishEvent(new EntityChanged("training_assignment", moduleId.toString(), "assigned", module.title() + " assigned to "
                + made.size() + " agent(s) by " + actor.username() + ", due " + form.dueOn(), null, made.stream().map(Assignment::agentId).toList()));
        return made;
    }

    /** A live rule for the module, applied at once to the active agents serving its market; how many agents it assigned. */
    @Transactional
    public int addRule(UUID moduleId, RuleForm form, Actor actor) {
        TrainingModule module = catalog.module(moduleId);
        UUID vendorId = null;
        UUID siteId = null;
        if (form.vendor() != null && !form.vendor().isBlank()) {
            vendorId = vendors.vendorNames().stream().filter(v -> v.code().equalsIgnoreCase(form.vendor().trim())).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("vendor", UserTexts.of("problem.training.rule.no-vendor", form.vendor().trim()))).id();
        }
        if (form.site() != null && !form.site().isBlank()) {
            UUID vendor = vendorId;
            Site site = vendors.sites(VendorScope.all()).stream()
                    .filter(s -> s.code().equalsIgnoreCase(form.site().trim()) && (vendor == null || s.vendorId().equals(vendor))).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("site", UserTexts.of("problem.training.rule.no-site", form.site().trim())));
            siteId = site.id();
        }
        int days = form.dueInDays() == null ? DEFAULT_DUE_DAYS : form.dueInDays();
        if (days < 0 || days > 365) {
            throw InvalidInputException.of("dueInDays", UserTexts.of("problem.training.rule.due-in-days", String.valueOf(days)));
        }
        AssignmentRule rule = new AssignmentRule(UUID.randomUUID(), moduleId, vendorId, siteId, blankToNull(form.language()),
                blankToNull(form.skill()), days, actor.username(), clock.instant());
        assignments.insert(rule);
        events.publishEvent(EntityChanged.created("training_assignment_rule", rule.id(), "Assignment rule for " + module.title()
                + " created", rule));
        return apply(rule, module, agents.activeAgentsIn(module.marketCode()));
    }

    /** Applies every rule to agents who joined or changed (a roster change): each gets what their rules give them, once. */
    @Transactional
    public int applyRules(Collection<UUID> agentIds) {
        List<AssignmentRule> rules = assignments.rules();
        if (rules.isEmpty()) {
            return 0;
        }
        List<AgentRef> changed = agentIds.stream().map(agents::agent).flatMap(Optional::stream).toList();
        // the markets each site serves, read once per site (not once per agent and rule)
        java.util.Map<UUID, Collection<String>> servedBySite = new java.util.HashMap<>();
        changed.forEach(a -> servedBySite.computeIfAbsent(a.siteId(), site -> agents.marketsServedBy(site)));
        int made = 0;
        for (AssignmentRule rule : rules) {
            TrainingModule module = catalog.module(rule.moduleId());
            List<AgentRef> serving = changed.stream().filter(a -> servedBySite.get(a.siteId()).contains(module.marketCode())).toList();
            made += apply(rule, module, serving);
        }
        return made;
    }

    /** Assigns a delta module to the agents (once each; a replay assigns nothing again); how many were assigned now. */
    @Transactional
    public int assignDelta(TrainingModule delta, Collection<UUID> agentIds, LocalDate dueOn) {
        return assignments.insertAllIfAbsent(delta.id(), agentIds.stream()
                .map(agentId -> Assignment.of(delta.id(), agentId, 1, null, dueOn, "launchdesk", clock.instant())).toList());
    }

    /** The next cycle of a module for an agent (a re-enrolment), unless one is open. */
    @Transactional
    public Optional<Assignment> reenrol(UUID moduleId, UUID agentId, LocalDate dueOn, String by) {
        List<Assignment> before = assignments.of(moduleId, agentId);
        if (before.stream().anyMatch(Assignment::isOpen)) {
            return Optional.empty();
        }
        Assignment next = Assignment.of(moduleId, agentId, before.size() + 1, null, dueOn, by, clock.instant());
        return assignments.insertIfAbsent(next) ? Optional.of(next) : Optional.empty();
    }

    public List<AssignmentRule> rulesOf(UUID moduleId) {
        return assignments.rulesOf(moduleId);
    }

    private int apply(AssignmentRule rule, TrainingModule module, List<AgentRef> candidates) {
        int made = 0;
        LocalDate due = days.today(module).plusDays(rule.dueDays());
        for (AgentRef agent : candidates) {
            if (rule.matches(agent) && assignments.of(module.id(), agent.id()).isEmpty()) {
                made += assignments.insertIfAbsent(Assignment.of(module.id(), agent.id(), 1, rule.id(), due, rule.createdBy(), clock.instant()))
                        ? 1 : 0;
            }
        }
        return made;
    }

    /**
     * The agents named by external id who serve the module's market. A vendor lead naming another vendor's agents is
     * refused as a whole ({@link OutsideVendorScope}); unknown agents and agents not serving the market are a 400.
     */
    private List<AgentRef> resolve(List<String> externalIds, TrainingModule module, VendorScope scope) {
        List<AgentRef> found = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < externalIds.size(); i++) {
            String externalId = externalIds.get(i) == null ? "" : externalIds.get(i).trim();
            List<AgentRef> matches = vendors.vendorNames().stream()
                    .map(v -> agents.agentByExternalId(v.id(), externalId)).flatMap(Optional::stream).toList();
            List<AgentRef> inScope = matches.stream().filter(a -> scope.permits(a.vendorId())).toList();
            if (inScope.isEmpty() && !matches.isEmpty()) {
                outside.add(externalId);
            } else if (inScope.isEmpty()) {
                problems.add(new FieldProblem("agents[" + i + "]", UserTexts.of("problem.training.assignment.no-agent", externalId)));
            } else if (inScope.size() > 1) {
                problems.add(new FieldProblem("agents[" + i + "]", UserTexts.of("problem.training.assignment.several-vendors", externalId)));
            } else if (!agents.marketsServedBy(inScope.get(0).siteId()).contains(module.marketCode())) {
                problems.add(new FieldProblem("agents[" + i + "]", UserTexts.of("problem.training.assignment.market-not-served", externalId, module.marketCode())));
            } else {
                found.add(inScope.get(0));
            }
        }
        if (!outside.isEmpty()) {
            throw new OutsideVendorScope(outside);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return found;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
