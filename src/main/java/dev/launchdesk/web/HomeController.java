package dev.launchdesk.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.launchdesk.audit.AuditQuery;
import dev.launchdesk.audit.AuditTrail;
import dev.launchdesk.reference.AgentDirectory;
import dev.launchdesk.reference.Market;
import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.reference.Region;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.Role;

@Controller
class HomeController {

    private final MarketDirectory markets;
    private final VendorDirectory vendors;
    private final AgentDirectory agents;
    private final AuditTrail audit;
    private final WorkQueues work;

    HomeController(MarketDirectory markets, VendorDirectory vendors, AgentDirectory agents, AuditTrail audit, WorkQueues work) {
        this.work = work;
        this.markets = markets;
        this.vendors = vendors;
        this.agents = agents;
        this.audit = audit;
    }

    @GetMapping("/")
    String home(Actor actor, Locale locale, Model model) {
        model.addAttribute("work", work.of(actor, locale));
        List<Market> all = markets.markets();
        Map<Region, List<Market>> byRegion = all.stream().sorted(Comparator.comparing(Market::code))
                .collect(Collectors.groupingBy(Market::region, TreeMap::new, Collectors.toList()));
        model.addAttribute("marketCount", all.size());
        model.addAttribute("marketsByRegion", byRegion);
        model.addAttribute("vendorCount", vendors.vendors(actor.vendorScope()).size());
        model.addAttribute("siteCount", vendors.sites(actor.vendorScope()).size());
        model.addAttribute("activeAgents", agents.activeAgents(actor.vendorScope()));
        if (actor.role() == Role.ADMIN) {
            model.addAttribute("recentChanges", audit.find(AuditQuery.everything(), 0, 8).items());
        }
        return "home";
    }
}
