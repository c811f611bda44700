package dev.launchdesk.training.readiness;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import dev.launchdesk.reference.AgentDirectory;
import dev.launchdesk.reference.AgentDirectory.AgentRef;
import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.training.assignment.OutsideVendorScope;
import dev.launchdesk.training.catalog.ModuleCatalog;
import dev.launchdesk.training.catalog.TrainingModule;
import dev.launchdesk.training.certification.TrainingRecord;
import dev.launchdesk.training.certification.TrainingRecords;
import dev.launchdesk.training.certification.TrainingStatus;

/** Readiness per market, vendor, site, language and module, from the training records of the market's modules. */
@Service
public class Readiness {

    /** One active agent serving the market and their status in each module required of them. */
    record AgentStanding(AgentRef agent, Map<UUID, TrainingStatus> byModule) {

        boolean certified() {
            return byModule.values().stream().allMatch(TrainingStatus::isCertifiedOnCurrentVersion);
        }

        boolean updateDue() {
            return byModule.containsValue(TrainingStatus.UPDATE_DUE);
        }

        boolean expired() {
            return byModule.containsValue(TrainingStatus.EXPIRED);
        }
    }

    private final ModuleCatalog catalog;
    private final TrainingRecords records;
    private final AgentDirectory agents;
    private final VendorDirectory vendors;
    private final MarketDirectory markets;
    private final Clock clock;

    Readiness(ModuleCatalog catalog, TrainingRecords records, AgentDirectory agents, VendorDirectory vendors, MarketDirectory markets,
              Clock clock) {
        this.catalog = catalog;
        this.records = records;
        this.agents = agents;
        this.vendors = vendors;
        this.markets = markets;
        this.clock = clock;
    }

    /**
     * The readiness of the market (of one SOP's modules, one vendor's agents when given) on the day, as the scope may
     * see it: a vendor lead asking for another vendor is refused.
     */
    public ReadinessView of(String market, String sopKey, String vendor, VendorScope scope) {
        String code = marketCode(market);
        UUID vendorId = vendorId(vendor, scope);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<TrainingModule> modules = catalog.modules(code, blankToNull(sopKey));
        List<AgentStanding> standings = standings(code, modules, today, a -> scope.permits(a.vendorId())
                && (vendorId == null || vendorId.equals(a.vendorId())));
        Counts total = Counts.of(standings);
        Map<String, List<AgentStanding>> byVendor = group(standings, s -> List.of(vendorCode(s.agent().vendorId())));
        Map<String, List<AgentStanding>> bySite = group(standings, s -> List.of(s.agent().siteName()));
        Map<String, List<AgentStanding>> byLanguage = group(standings, s -> s.agent().languages());
        List<ReadinessView.ModuleRow> byModule = modules.stream().map(m -> moduleRow(m, standings)).toList();
        return new ReadinessView(code, blankToNull(sopKey), blankToNull(vendor) == null ? null : vendor.trim().toUpperCase(),
                total.required, total.certified, total.updateDue, total.expired, total.index(),
                byVendor.entrySet().stream().map(e -> Counts.of(e.getValue()).vendorRow(e.getKey())).toList(),
                bySite.entrySet().stream().map(e -> Counts.of(e.getValue()).groupRow(e.getKey())).toList(),
                byLanguage.entrySet().stream().map(e -> Counts.of(e.getValue()).groupRow(e.getKey())).toList(), byModule);
    }

    /** The required agents of the market's modules and their status per module, for the agents the filter keeps. */
    List<AgentStanding> standings(String market, List<TrainingModule> modules, LocalDate day, java.util.function.Predicate<AgentRef> keep) {
        Map<UUID, AgentRef> active = new HashMap<>();
        agents.activeAgentsIn(market).stream().filter(keep).forEach(a -> active.put(a.id(), a));
        Map<UUID, Map<UUID, TrainingStatus>> statuses = new HashMap<>();
        for (TrainingRecord record : records.of(modules).values()) {
            if (!active.containsKey(record.agentId())) {
                continue;
            }
            TrainingStatus status = record.status(day);
            if (status != TrainingStatus.NOT_ASSIGNED) {
                statuses.computeIfAbsent(record.agentId(), k -> new HashMap<>()).put(record.module().id(), status);
            }
        }
        List<AgentStanding> standings = new ArrayList<>();
        statuses.forEach((agentId, byModule) -> standings.add(new AgentStanding(active.get(agentId), byModule)));
        return standings;
    }

    private static ReadinessView.ModuleRow moduleRow(TrainingModule module, List<AgentStanding> standings) {
        Map<TrainingStatus, Integer> counts = new HashMap<>();
        standings.stream().map(s -> s.byModule().get(module.id())).filter(java.util.Objects::nonNull)
                .forEach(s -> counts.merge(s, 1, Integer::sum));
        int required = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new ReadinessView.ModuleRow(module.id().toString(), module.title(), module.sopKey(), required,
                counts.getOrDefault(TrainingStatus.ASSIGNED, 0), counts.getOrDefault(TrainingStatus.IN_PROGRESS, 0),
                counts.getOrDefault(TrainingStatus.CERTIFIED, 0) + counts.getOrDefault(TrainingStatus.EXPIRING, 0),
                counts.getOrDefault(TrainingStatus.UPDATE_DUE, 0), counts.getOrDefault(TrainingStatus.EXPIRED, 0));
    }

    private static Map<String, List<AgentStanding>> group(List<AgentStanding> standings, Function<AgentStanding, List<String>> keys) {
        Map<String, List<AgentStanding>> groups = new TreeMap<>();
        standings.forEach(s -> keys.apply(s).forEach(k -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(s)));
        return groups;
    }

    private record Counts(int required, int certified, int updateDue, int expired) {

        static Counts of(List<AgentStanding> standings) {
            int certified = 0;
            int updateDue = 0;
            int expired = 0;
            for (AgentStanding s : standings) {
                certified += s.certified() ? 1 : 0;
                updateDue += s.updateDue() ? 1 : 0;
                expired += s.expired() ? 1 : 0;
            }
            return new Counts(standings.size(), certified, updateDue, expired);
        }

        Double index() {
            return required == 0 ? null : Math.round(certified * 10_000.0 / required) / 10_000.0;
        }

        ReadinessView.VendorRow vendorRow(String vendor) {
            return new ReadinessView.VendorRow(vendor, required, certified, updateDue, expired);
        }

        ReadinessView.GroupRow groupRow(String key) {
            return new ReadinessView.GroupRow(key, required, certified, updateDue, expired);
        }
    }

    private String vendorCode(UUID vendorId) {
        return vendors.vendorName(vendorId).map(VendorDirectory.VendorName::code).orElse(vendorId.toString());
    }

    String marketCode(String market) {
        if (market == null || market.isBlank()) {
            throw InvalidInputException.of("market", UserTexts.of("problem.training.readiness.market-required"));
        }
        try {
            return markets.market(market.trim()).code();
        } catch (NotFoundException e) {
            throw InvalidInputException.of("market", UserTexts.of("problem.training.readiness.no-market", market.trim()));
        }
    }

    /** The vendor named by its code, refused for a vendor lead of another vendor; null when none is named. */
    UUID vendorId(String vendor, VendorScope scope) {
        if (vendor == null || vendor.isBlank()) {
            return null;
        }
        UUID id = vendors.vendorNames().stream().filter(v -> v.code().equalsIgnoreCase(vendor.trim())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("vendor", UserTexts.of("problem.training.readiness.no-vendor", vendor.trim()))).id();
        if (!scope.permits(id)) {
            throw OutsideVendorScope.vendor(vendor.trim());
        }
        return id;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
