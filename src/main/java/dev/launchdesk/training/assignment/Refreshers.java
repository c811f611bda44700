package dev.launchdesk.training.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.reference.AgentDirectory;
import dev.launchdesk.reference.AgentDirectory.AgentRef;
import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.reference.Site;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.reference.VendorDirectory.VendorName;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.training.RefresherTraining;
import dev.launchdesk.training.catalog.ModuleCatalog;
import dev.launchdesk.training.catalog.TrainingModule;

/**
 * Refreshers from a root cause ({@link RefresherTraining}): the SOP's modules of the market (not its delta modules) as a
 * new cycle for every active agent serving the market at the vendor (and site) — each agent once per module, skipped
 * while the module is open for them — due in {@value AssignmentDesk#DEFAULT_DUE_DAYS} days.
 */
@Service
class Refreshers implements RefresherTraining {

    private static final Logger log = LoggerFactory.getLogger(Refreshers.class);

    private final ModuleCatalog catalog;
    private final AssignmentDesk desk;
    private final AgentDirectory agents;
    private final VendorDirectory vendors;
    private final MarketDirectory markets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Refreshers(ModuleCatalog catalog, AssignmentDesk desk, AgentDirectory agents, VendorDirectory vendors, MarketDirectory markets,
               ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.desk = desk;
        this.agents = agents;
        this.vendors = vendors;
        this.markets = markets;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Refresher assign(Request request, Actor actor) {
        String sopKey = required("sop", request.sopKey(), "problem.training.refresher.sop-required");
        String market = market(required("market", request.market(), "problem.training.refresher.market-required"));
        VendorScope scope = actor.vendorScope();
        VendorName vendor = vendor(request.vendor(), scope);
        Site site = site(request.site(), vendor, scope);
        List<TrainingModule> modules = catalog.modules(market, sopKey);
        if (modules.isEmpty()) {
            throw new ConflictException(UserTexts.of("problem.training.refresher.no-module", sopKey, market));
        }
        List<AgentRef> reached = agents.activeAgentsIn(market).stream()
                .filter(a -> scope.permits(a.vendorId()))
                .filter(a -> vendor == null || a.vendorId().equals(vendor.id()))
                .filter(a -> site == null || a.siteId().equals(site.id())).toList();
        if (reached.isEmpty()) {
            throw new ConflictException(UserTexts.of("problem.training.refresher.no-agents", market,
                    vendor == null ? "*" : vendor.code(), site == null ? "*" : site.code()));
        }
        LocalDate due = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(AssignmentDesk.DEFAULT_DUE_DAYS);
        List<Module> assigned = new ArrayList<>();
        int total = 0;
        for (TrainingModule module : modules) {
            int made = 0;
            for (AgentRef agent : reached) {
                made += desk.reenrol(module.id(), agent.id(), due, actor.username()).isPresent() ? 1 : 0;
            }
            assigned.add(new Module(module.id(), module.title(), made));
            total += made;
        }
        Refresher refresher = new Refresher(sopKey, market, vendor == null ? null : vendor.code(), site == null ? null : site.code(),
                assigned, reached.size(), total, due);
        events.publishEvent(new EntityChanged("training_refresher", sopKey + ":" + market, "assigned", "Refresher of " + sopKey + " in "
                + market + (vendor == null ? "" : " at " + vendor.code()) + (site == null ? "" : " " + site.code()) + ": " + total
                + " assignment(s) for " + reached.size() + " agent(s) by " + actor.username()
                + (request.reason() == null || request.reason().isBlank() ? "" : " (" + request.reason().strip() + ")"), null, null));
        log.info("Refresher of {} in {} (vendor {}, site {}): {} assignment(s) for {} agent(s)", sopKey, market,
                vendor == null ? "*" : vendor.code(), site == null ? "*" : site.code(), total, reached.size());
        return refresher;
    }

    private String market(String code) {
        try {
            return markets.market(code).code();
        } catch (NotFoundException e) {
            throw InvalidInputException.of("market", UserTexts.of("problem.training.refresher.no-market", code));
        }
    }

    /** The vendor by code, or null for every vendor; another vendor than a vendor lead's own is forbidden. */
    private VendorName vendor(String code, VendorScope scope) {
        if (code == null || code.isBlank()) {
            return null;
        }
        VendorName vendor = vendors.vendorNames().stream().filter(v -> v.code().equalsIgnoreCase(code.trim())).findFirst()
                .orElseThrow(() -> InvalidInputException.of("vendor", UserTexts.of("problem.training.rule.no-vendor", code.trim())));
        if (!scope.permits(vendor.id())) {
            throw new AccessDeniedException(UserTexts.of("problem.training.refresher.other-vendor", vendor.code()));
        }
        return vendor;
    }

    /** The site by code (of the vendor, when one is named), or null for every site; another vendor's site is forbidden. */
    private Site site(String code, VendorName vendor, VendorScope scope) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Site site = vendors.sites(VendorScope.all()).stream()
                .filter(s -> s.code().equalsIgnoreCase(code.trim()) && (vendor == null || s.vendorId().equals(vendor.id()))).findFirst()
                .orElseThrow(() -> InvalidInputException.of("site", UserTexts.of("problem.training.rule.no-site", code.trim())));
        if (!scope.permits(site.vendorId())) {
            throw new AccessDeniedException(UserTexts.of("problem.training.refresher.other-vendor", site.code()));
        }
        return site;
    }

    private static String required(String field, String value, String key) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, UserTexts.of(key));
        }
        return value.trim();
    }
}
