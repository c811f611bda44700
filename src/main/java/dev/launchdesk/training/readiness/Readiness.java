package dev.launchdesk.training.readiness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;

import dev.launchdesk.reference.AgentDirectory;
import dev.launchdesk.reference.AgentDirectory.AgentRef;
import dev.launchdesk.reference.Market;
import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.training.assignment.OutsideVendorScope;
import dev.launchdesk.training.catalog.ModuleCatalog;
import dev.launchdesk.training.catalog.TrainingModule;
import dev.launchdesk.training.certification.TrainingStatus;

/**
 * Readiness per market, vendor, site, language and module on a day in the market's own timezone, from the training
 * of the market's modules ({@link Standings}: as of today the standing rows, other days the history) and today's roster
 * of the agents serving the market.
 */
@Service
public class Readiness {

    private final ModuleCatalog catalog;
    private final Standings standings;
    private final AgentDirectory agents;
    private final VendorDirectory vendors;
    private final MarketDirectory markets;
    private final Clock clock;

    Readiness(ModuleCatalog catalog, Standings standings, AgentDirectory agents, VendorDirectory vendors, MarketDirectory markets,
              Clock clock) {
        this.catalog = catalog;
        this.standings = standings;
        this.agents = agents;
        this.vendors = vendors;
        this.markets = markets;
        this.clock = clock;
    }

    /**
     * The readiness of the market (of one SOP's modules, one vendor's agents when given) today, as the scope may see
     * it: a vendor lead asking for another vendor is refused.
     */
    public ReadinessView of(String market, String sopKey, String vendor, VendorScope scope) {
        Market m = market(market);
        Scope s = scope(m, sopKey, vendor, scope);
        LocalDate today = m.today(clock);
        List<AgentStanding> all = standings(m, s.modules(), today, s.keep());
        return view(m, s, all, today);
    }

    /** What a readiness question covers: the market's modules (of one SOP), the agents kept (scope and vendor). */
    record Scope(String sopKey, String vendor, List<TrainingModule> modules, Predicate<AgentRef> keep) {
    }

    Scope scope(Market market, String sopKey, String vendor, VendorScope scope) {
        UUID vendorId = vendorId(vendor, scope);
        List<TrainingModule> modules = catalog.modules(market.code(), blankToNull(sopKey));
        return new Scope(blankToNull(sopKey), vendorId == null ? null : vendor.trim().toUpperCase(Locale.ROOT), modules,
                a -> scope.permits(a.vendorId()) && (vendorId == null || vendorId.equals(a.vendorId())));
    }

    ReadinessView view(Market market, Scope s, List<AgentStanding> all, LocalDate day) {
        Counts total = Counts.of(all);
        Map<UUID, String> codes = new HashMap<>();
        List<ReadinessView.VendorRow> byVendor = group(all, a -> List.of(codes.computeIfAbsent(a.agent().vendorId(), this::vendorCode)))
                .entrySet().stream()
                .map(e -> Counts.of(e.getValue()).vendorRow(e.getKey())).toList();
        List<ReadinessView.ModuleRow> byModule = new ArrayList<>();
        for (int i = 0; i < s.modules().size(); i++) {
            byModule.add(moduleRow(s.modules().get(i), i, all));
        }
        return new ReadinessView(market.code(), s.sopKey(), s.vendor(), total.required, total.certified, total.updateDue, total.expired,
                total.index(), byVendor, groupRows(all, a -> List.of(a.agent().siteName())), groupRows(all, a -> a.agent().languages()),
                byModule, day, market.timezone(), total.assigned, total.inProgress, total.notCertified());
    }

    /** The required agents of the modules on the day and their status in each, for the active agents the filter keeps. */
    List<AgentStanding> standings(Market market, List<TrainingModule> modules, LocalDate day, Predicate<AgentRef> keep) {
        return modules.isEmpty() ? List.of() : standings(market, modules, day, active(market, keep));
    }

    /** Today's active agents serving the market that the filter keeps, by id. */
    Map<UUID, AgentRef> active(Market market, Predicate<AgentRef> keep) {
        Map<UUID, AgentRef> active = new HashMap<>();
        agents.activeAgentsIn(market.code()).stream().filter(keep).forEach(a -> active.put(a.id(), a));
        return active;
    }

    /** The standings on the day of the agents among {@code active}, ordered by external id. */
    List<AgentStanding> standings(Market market, List<TrainingModule> modules, LocalDate day, Map<UUID, AgentRef> active) {
        if (modules.isEmpty()) {
            return List.of();
        }
        List<UUID> moduleIds = modules.stream().map(TrainingModule::id).toList();
        // today from the standing rows kept with every write; other days from the history
        Map<UUID, TrainingStatus[]> byAgent = day.equals(market.today(clock)) ? standings.today(moduleIds, day)
                : standings.on(moduleIds, day, day.plusDays(1).atStartOfDay(market.zone()).toInstant());
        List<AgentStanding> result = new ArrayList<>();
        byAgent.forEach((agentId, byModule) -> {
            AgentRef agent = active.get(agentId);
            if (agent != null) {
                result.add(new AgentStanding(agent, byModule));
            }
        });
        result.sort(Comparator.comparing(a -> a.agent().externalId()));
        return result;
    }

    private static ReadinessView.ModuleRow moduleRow(TrainingModule module, int place, List<AgentStanding> standings) {
        Map<TrainingStatus, Integer> counts = new EnumMap<>(TrainingStatus.class);
        standings.stream().map(s -> s.in(place)).filter(Objects::nonNull).forEach(s -> counts.merge(s, 1, Integer::sum));
        int required = counts.values().stream().mapToInt(Integer::intValue).sum();
        int expiring = counts.getOrDefault(TrainingStatus.EXPIRING, 0);
        return new ReadinessView.ModuleRow(module.id().toString(), module.title(), module.sopKey(), required,
                counts.getOrDefault(TrainingStatus.ASSIGNED, 0), counts.getOrDefault(TrainingStatus.IN_PROGRESS, 0),
                counts.getOrDefault(TrainingStatus.CERTIFIED, 0) + expiring, counts.getOrDefault(TrainingStatus.UPDATE_DUE, 0),
                counts.getOrDefault(TrainingStatus.EXPIRED, 0), expiring);
    }

    private static List<ReadinessView.GroupRow> groupRows(List<AgentStanding> standings, Function<AgentStanding, List<String>> keys) {
        return group(standings, keys).entrySet().stream().map(e -> Counts.of(e.getValue()).groupRow(e.getKey())).toList();
    }

    private static Map<String, List<AgentStanding>> group(List<AgentStanding> standings, Function<AgentStanding, List<String>> keys) {
        Map<String, List<AgentStanding>> groups = new TreeMap<>();
        standings.forEach(s -> keys.apply(s).forEach(k -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(s)));
        return groups;
    }

    /** The agent counts of a group of standings. */
    record Counts(int required, int certified, int updateDue, int expired, int assigned, int inProgress,
                  Map<AgentStanding.Blocker, Integer> blockers) {

        static Counts of(List<AgentStanding> standings) {
            int certified = 0;
            int updateDue = 0;
            int expired = 0;
            int assigned = 0;
            int inProgress = 0;
            Map<AgentStanding.Blocker, Integer> blockers = new EnumMap<>(AgentStanding.Blocker.class);
            for (AgentStanding s : standings) {
                certified += s.certified() ? 1 : 0;
                updateDue += s.updateDue() ? 1 : 0;
                expired += s.expired() ? 1 : 0;
                assigned += s.has(TrainingStatus.ASSIGNED) ? 1 : 0;
                inProgress += s.has(TrainingStatus.IN_PROGRESS) ? 1 : 0;
                AgentStanding.Blocker blocker = s.blocker();
                if (blocker != null) {
                    blockers.merge(blocker, 1, Integer::sum);
                }
            }
            return new Counts(standings.size(), certified, updateDue, expired, assigned, inProgress, blockers);
        }

        Double index() {
            return required == 0 ? null : Math.round(certified * 10_000.0 / required) / 10_000.0;
        }

        ReadinessView.NotCertified notCertified() {
            return new ReadinessView.NotCertified(blockers.getOrDefault(AgentStanding.Blocker.EXPIRED, 0),
                    blockers.getOrDefault(AgentStanding.Blocker.UPDATE_DUE, 0), blockers.getOrDefault(AgentStanding.Blocker.IN_PROGRESS, 0),
                    blockers.getOrDefault(AgentStanding.Blocker.NOT_STARTED, 0));
        }

        ReadinessView.VendorRow vendorRow(String vendor) {
            return new ReadinessView.VendorRow(vendor, required, certified, updateDue, expired, assigned, inProgress, index());
        }

        ReadinessView.GroupRow groupRow(String key) {
            return new ReadinessView.GroupRow(key, required, certified, updateDue, expired, assigned, inProgress, index());
        }
    }

    String vendorCode(UUID vendorId) {
        return vendors.vendorName(vendorId).map(VendorDirectory.VendorName::code).orElse(vendorId.toString());
    }

    String marketCode(String market) {
        return market(market).code();
    }

    /** The market named by its code; a 400 naming the field when there is none. */
    Market market(String market) {
        if (market == null || market.isBlank()) {
            throw InvalidInputException.of("market", UserTexts.of("problem.training.readiness.market-required"));
        }
        try {
            return markets.market(market.trim());
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
