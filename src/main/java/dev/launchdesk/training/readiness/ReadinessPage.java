package dev.launchdesk.training.readiness;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.training.catalog.ModuleCatalog;
import dev.launchdesk.training.catalog.TrainingModule;

/**
 * The training readiness page for the GTM team, trainers and vendor leads (their own vendor's agents only): the index
 * of a market today with the reasons behind it, its trend from the kept history, the breakdown by vendor, site,
 * language and module, and — through htmx — the agents behind every number.
 */
@Controller
class ReadinessPage {

    private final Readiness readiness;
    private final ReadinessTrend trend;
    private final ReadinessAgents agents;
    private final ModuleCatalog catalog;
    private final VendorDirectory vendors;
    private final ObjectMapper json;

    ReadinessPage(Readiness readiness, ReadinessTrend trend, ReadinessAgents agents, ModuleCatalog catalog, VendorDirectory vendors,
                  ObjectMapper json) {
        this.readiness = readiness;
        this.trend = trend;
        this.agents = agents;
        this.catalog = catalog;
        this.vendors = vendors;
        this.json = json;
    }

    @GetMapping("/training/readiness")
    String page(@RequestParam(required = false) String market, @RequestParam(required = false) String sopKey,
                @RequestParam(required = false) String vendor, Actor actor, Model model) throws JsonProcessingException {
        List<TrainingModule> modules = catalog.modules(null, null);
        List<String> markets = modules.stream().map(TrainingModule::marketCode).distinct().sorted().toList();
        String chosen = market == null || market.isBlank() ? markets.stream().findFirst().orElse(null) : market.trim().toUpperCase();
        model.addAttribute("markets", markets);
        model.addAttribute("vendorScoped", actor.vendorScope().isRestricted());
        model.addAttribute("vendors", vendors.vendorNames().stream().filter(v -> actor.vendorScope().permits(v.id())).toList());
        if (chosen == null) {
            return "training/readiness";
        }
        ReadinessView view = readiness.of(chosen, sopKey, vendor, actor.vendorScope());
        ReadinessTrend.View history = trend.of(chosen, sopKey, vendor, null, actor.vendorScope());
        model.addAttribute("sopKeys", modules.stream().filter(m -> m.marketCode().equals(view.market())).map(TrainingModule::sopKey)
                .distinct().sorted().toList());
        model.addAttribute("view", view);
        Map<String, Integer> reasons = new LinkedHashMap<>();
        reasons.put("expired", view.notCertifiedBecause().expired());
        reasons.put("update-due", view.notCertifiedBecause().updateDue());
        reasons.put("in-progress", view.notCertifiedBecause().inProgress());
        reasons.put("not-started", view.notCertifiedBecause().notStarted());
        model.addAttribute("reasons", reasons);
        model.addAttribute("base", "/training/readiness/agents?market=" + view.market()
                + (view.sopKey() == null ? "" : "&sopKey=" + UriUtils.encodeQueryParam(view.sopKey(), StandardCharsets.UTF_8))
                + (view.vendor() == null ? "" : "&vendor=" + UriUtils.encodeQueryParam(view.vendor(), StandardCharsets.UTF_8)));
        model.addAttribute("trend", history);
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("days", history.points().stream().map(p -> p.day().toString()).toList());
        chart.put("index", history.points().stream().map(p -> p.readinessIndex() == null ? null : Math.round(p.readinessIndex() * 1000) / 10.0)
                .toList());
        chart.put("required", history.points().stream().map(ReadinessTrend.Point::requiredAgents).toList());
        chart.put("certified", history.points().stream().map(ReadinessTrend.Point::certifiedAgents).toList());
        model.addAttribute("chartJson", json.writeValueAsString(chart));
        return "training/readiness";
    }

    /** The drill-down list, a fragment swapped into the page by htmx (or the whole page without htmx). */
    @GetMapping("/training/readiness/agents")
    String agents(@RequestParam String market, @RequestParam(required = false) String sopKey, @RequestParam(required = false) String vendor,
                  @RequestParam(required = false) String by, @RequestParam(required = false) String key,
                  @RequestParam(required = false) String measure, Actor actor, Model model) {
        model.addAttribute("drill", agents.of(market, sopKey, vendor, by, key, measure, actor.vendorScope()));
        return "training/readiness-agents";
    }
}
