package dev.launchdesk.training.certification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.launchdesk.training.assignment.Assignment;
import dev.launchdesk.training.assignment.Assignments;
import dev.launchdesk.training.catalog.ModuleCatalog;
import dev.launchdesk.training.catalog.TrainingModule;

/** Loads {@link TrainingRecord}s: one agent in one module, or every agent of many modules in a few queries. */
@Service
public class TrainingRecords {

    /** An agent in a module. */
    public record Key(UUID agentId, UUID moduleId) {
    }

    private final Assignments assignments;
    private final Certifications certifications;
    private final ModuleCatalog catalog;

    TrainingRecords(Assignments assignments, Certifications certifications, ModuleCatalog catalog) {
        this.assignments = assignments;
        this.certifications = certifications;
        this.catalog = catalog;
    }

    public TrainingRecord of(UUID agentId, TrainingModule module) {
        TrainingModule base = module.isDelta() ? catalog.module(module.baseModuleId()) : module;
        return of(List.of(base)).getOrDefault(new Key(agentId, base.id()),
                new TrainingRecord(agentId, base, List.of(), List.of(), Set.of(), List.of()));
    }

    /** The records of every agent with an assignment or a certification in the (base) modules. */
    public Map<Key, TrainingRecord> of(List<TrainingModule> modules) {
        Map<UUID, TrainingModule> byId = new HashMap<>();
        Map<UUID, UUID> baseOf = new HashMap<>();
        for (TrainingModule module : modules) {
            byId.put(module.id(), module);
            baseOf.put(module.id(), module.id());
            catalog.deltasOf(module.id()).forEach(d -> baseOf.put(d.id(), module.id()));
        }
        Map<Key, List<Assignment>> own = new HashMap<>();
        Map<Key, List<Assignment>> deltas = new HashMap<>();
        for (Assignment a : assignments.ofModules(baseOf.keySet())) {
            UUID base = baseOf.get(a.moduleId());
            (base.equals(a.moduleId()) ? own : deltas).computeIfAbsent(new Key(a.agentId(), base), k -> new ArrayList<>()).add(a);
        }
        Map<Key, List<Certification>> certified = new HashMap<>();
        certifications.ofModules(byId.keySet())
                .forEach(c -> certified.computeIfAbsent(new Key(c.agentId(), c.moduleId()), k -> new ArrayList<>()).add(c));
        Set<UUID> started = certifications.startedAssignments(baseOf.keySet());
        Set<Key> keys = new java.util.HashSet<>(own.keySet());
        keys.addAll(deltas.keySet());
        keys.addAll(certified.keySet());
        Map<Key, TrainingRecord> records = new HashMap<>();
        for (Key key : keys) {
            records.put(key, new TrainingRecord(key.agentId(), byId.get(key.moduleId()), own.getOrDefault(key, List.of()),
                    deltas.getOrDefault(key, List.of()), started, certified.getOrDefault(key, List.of())));
        }
        return records;
    }
}
