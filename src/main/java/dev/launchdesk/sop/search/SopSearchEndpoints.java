package dev.launchdesk.sop.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.launchdesk.reference.AgentDirectory;
import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.sop.library.SopCategories;

/** The search page: one box, filters for market, language, category and status. */
@Controller
class SopSearchEndpoints {

    private final SopSearch search;
    private final MarketDirectory markets;
    private final AgentDirectory agents;

    SopSearchEndpoints(SopSearch search, MarketDirectory markets, AgentDirectory agents) {
        this.search = search;
        this.markets = markets;
        this.agents = agents;
    }

    @GetMapping("/sops/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String market,
                  @RequestParam(required = false) String language, @RequestParam(required = false) String category,
                  @RequestParam(required = false) String status, Actor actor, Model model) {
        if (market == null) {
            // an agent searches their own market unless they choose otherwise
            market = actor.agentId().flatMap(agents::agent).map(AgentDirectory.AgentRef::marketCode).orElse(null);
        }
        SopQuery query = new SopQuery(q, blankToNull(market), blankToNull(language), blankToNull(category), blankToNull(status), 20);
        model.addAttribute("query", query);
        model.addAttribute("results", q == null || q.isBlank() ? null : search.search(query, actor));
        model.addAttribute("markets", markets.markets());
        model.addAttribute("categories", SopCategories.ALL);
        return "sops/search";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
