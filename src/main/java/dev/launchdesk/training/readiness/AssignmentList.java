package dev.launchdesk.training.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.launchdesk.reference.AgentDirectory;
import dev.launchdesk.reference.AgentDirectory.AgentRef;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.training.assignment.Assignment;
import dev.launchdesk.training.assignment.Assignments;
import dev.launchdesk.training.assignment.OutsideVendorScope;
import dev.launchdesk.training.catalog.MarketDays;
import dev.launchdesk.training.catalog.ModuleCatalog;
import dev.launchdesk.training.catalog.TrainingModule;
import dev.launchdesk.training.certification.TrainingRecord;
import dev.launchdesk.training.certification.TrainingRecords;
import dev.launchdesk.training.certification.TrainingStatus;

/** The assignments of one agent, or of a market's agents (by status), in the reader's vendor scope. */
@Service
public class AssignmentList {

    private final Assignments assignments;
    private final ModuleCatalog catalog;
    private final TrainingRecords records;
    private final AgentDirectory agents;
    private final VendorDirectory vendors;
    private final Readiness readiness;
    private final MarketDays days;

    AssignmentList(Assignments assignments, ModuleCatalog catalog, TrainingRecords records, AgentDirectory agents, VendorDirectory vendors,
                   Readiness readiness, MarketDays days) {
        this.assignments = assignments;
        this.catalog = catalog;
        this.records = records;
        this.agents = agents;
        this.vendors = vendors;
        this.readiness = readiness;
        this.days = days;
    }

    /** Every assignment of the agent with this external id (a vendor lead: only of their own vendor's agents). */
    public List<AssignmentRow> ofAgent(String externalId, VendorScope scope) {
        String id = externalId.trim();
        List<AgentRef> matches = vendors.vendorNames().stream().map(v -> agents.agentByExternalId(v.id(), id)).flatMap(Optional::stream).toList();
        List<AgentRef> visible = matches.stream().filter(a -> scope.permits(a.vendorId())).toList();
        if (visible.isEmpty() && !matches.isEmpty()) {
            throw new OutsideVendorScope(List.of(id));
        }
        if (visible.isEmpty()) {
            throw new NotFoundException(UserTexts.of("problem.training.agent.what"), id);
        }
        List<AssignmentRow> rows = new ArrayList<>();
        Map<UUID, TrainingModule> modules = new HashMap<>();
        for (AgentRef agent : visible) {
            for (Assignment a : assignments.ofAgent(agent.id())) {
                TrainingModule module = modules.computeIfAbsent(a.moduleId(), catalog::module);
                TrainingRecord record = records.of(agent.id(), module);
                rows.add(row(a, agent, module, record.status(days.today(module))));
            }
        }
        return rows;
    }

    /** The assignments of the market's modules (and their deltas) to active agents serving it, of one status when given. */
    public List<AssignmentRow> ofMarket(String market, String status, VendorScope scope) {
        String code = readiness.marketCode(market);
        TrainingStatus wanted = status(status);
        LocalDate today = days.today(code);
        List<TrainingModule> modules = catalog.modules(code, null);
        Map<UUID, AgentRef> active = new HashMap<>();
        agents.activeAgentsIn(code).stream().filter(a -> scope.permits(a.vendorId())).forEach(a -> active.put(a.id(), a));
        List<AssignmentRow> rows = new ArrayList<>();
        for (TrainingRecord record : records.of(modules).values()) {
            AgentRef agent = active.get(record.agentId());
            TrainingStatus current = record.status(today);
            if (agent == null || (wanted != null && current != wanted)) {
                continue;
            }
            record.assignments().forEach(a -> rows.add(row(a, agent, record.module(), current)));
            for (Assignment d : record.deltaAssignments()) {
                rows.add(row(d, agent, catalog.module(d.moduleId()), current));
            }
        }
        rows.sort(Comparator.comparing(AssignmentRow::dueOn).thenComparing(AssignmentRow::agent));
        return rows;
    }

    private AssignmentRow row(Assignment a, AgentRef agent, TrainingModule module, TrainingStatus status) {
        String vendor = vendors.vendorName(agent.vendorId()).map(VendorDirectory.VendorName::code).orElse(null);
        return new AssignmentRow(a.id(), agent.externalId(), agent.fullName(), vendor, agent.siteName(), module.marketCode(), module.id(),
                module.title(), module.sopKey(), module.isDelta(), a.cycle(), a.dueOn(), a.assignedAt(), a.completedAt(), status);
    }

    private static TrainingStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return TrainingStatus.valueOf(status.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", UserTexts.of("problem.training.readiness.status", String.valueOf(List.of(TrainingStatus.values())), status.trim()));
        }
    }
}
