package dev.launchdesk.insight.analysis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.identity.AccessRules.Capability;
import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.TicketCoverage;
import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.insight.kpi.TicketRollups;
import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The root-cause page: a GET form (KPI, comparison and baseline period, dimensions, market and vendor); with
 * parameters it runs the analysis and shows the result, without them the form with the defaults (the last 7 days
 * with data against the 28 days before). Links from the anomalies page land here with their parameters.
 */
@Controller
class RootCausePages {

    private final RootCauseAnalysis analysis;
    private final TicketRollups rollups;
    private final TicketCoverage coverage;
    private final MarketDirectory markets;
    private final VendorDirectory vendors;
    private final RcaWording wording;
    private final SliceChanges changes;
    private final ObjectMapper json;
    private final RootCauseRefreshers refreshers;

    RootCausePages(RootCauseAnalysis analysis, TicketRollups rollups, TicketCoverage coverage, MarketDirectory markets,
                   VendorDirectory vendors, RcaWording wording, SliceChanges changes, ObjectMapper json, RootCauseRefreshers refreshers) {
        this.refreshers = refreshers;
        this.changes = changes;
        this.analysis = analysis;
        this.rollups = rollups;
        this.coverage = coverage;
        this.markets = markets;
        this.vendors = vendors;
        this.wording = wording;
        this.json = json;
    }

    @GetMapping("/insights/rca")
    String page(@RequestParam MultiValueMap<String, String> parameters, VendorScope scope, Locale locale, Model model, Actor actor,
                HttpServletRequest request) {
        Optional<LocalDate> lastDay = coverage.coverage()
                .lastCompleteDayWithData(rollups.dataRange(scope).map(range -> range[1]), java.util.List.of());
        RcaForm form = RcaForm.of(parameters, lastDay);
        model.addAttribute("form", form);
        model.addAttribute("errors", Map.of());
        model.addAttribute("hasData", lastDay.isPresent());
        model.addAttribute("kpis", Kpi.values());
        model.addAttribute("dimensions", TicketDimension.values());
        model.addAttribute("markets", markets.markets());
        model.addAttribute("vendors", vendors.vendorNames().stream().filter(v -> scope.permits(v.id())).toList());
        model.addAttribute("vendorScoped", scope.isRestricted());
        model.addAttribute("quickChoices", lastDay.map(day -> quickChoices(form, day)).orElse(Map.of()));
        model.addAttribute("canAssignRefresher", Capability.ASSIGN_REFRESHERS.allows(actor.role()));
        model.addAttribute("back", request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        if (lastDay.isPresent() && RcaForm.asksToRun(parameters)) {
            run(form, scope, locale, model);
        }
        return "insights/rca";
    }

    private void run(RcaForm form, VendorScope scope, Locale locale, Model model) {
        try {
            RootCauseReport report = analysis.analyse(RootCauseQuery.parse(form.input(), ""), scope);
            model.addAttribute("result", RcaResultView.of(report, wording, locale, json,
                    slice -> changes.likelyChange(report.query(), slice, scope)));
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + "; " + b));
            model.addAttribute("errors", errors);
        }
    }

    /**
     * The refresher button of a root cause: assigns the training of the SOP behind it to the agents of its slice, then
     * back to the analysis with what was done (or why not).
     */
    @PostMapping("/insights/rca/refreshers")
    String assignRefresher(@RequestParam MultiValueMap<String, String> form, Actor actor, RedirectAttributes redirect) {
        try {
            RootCauseRefreshers.Answer answer = refreshers.assign(new RootCauseRefreshers.Slice(form.getFirst("market"),
                    form.getFirst("vendor"), form.getFirst("site"), form.getFirst("category"), form.getFirst("sop"),
                    date(form.getFirst("from")), date(form.getFirst("to"))), actor);
            var r = answer.refresher();
            redirect.addFlashAttribute("notice", UserTexts.of("flash.rca.refresherAssigned", answer.sopKey(),
                    String.join(" · ", java.util.stream.Stream.of(r.market(), r.vendor(), r.site()).filter(v -> v != null).toList()),
                    String.valueOf(r.assigned()), String.valueOf(r.agents()), String.valueOf(r.modules().size()), r.dueOn().toString()));
        } catch (InvalidInputException | ConflictException | AccessDeniedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        String back = form.getFirst("back");
        return "redirect:" + (back != null && back.matches("/insights/rca(\\?[^\\s]*)?") ? back : "/insights/rca");
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of("from", UserTexts.of("problem.insight.refresher.date", dev.launchdesk.shared.Echoed.quoted(text)));
        }
    }

    /** Links that run the analysis for a quick choice of periods, keeping the rest of the form. */
    private static Map<String, String> quickChoices(RcaForm form, LocalDate lastDay) {
        Map<String, String> links = new LinkedHashMap<>();
        for (RcaForm.Period period : RcaForm.Period.values()) {
            ComparedPeriods p = period.of(lastDay);
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/insights/rca").queryParam("kpi", form.kpi())
                    .queryParam("from", p.from()).queryParam("to", p.to())
                    .queryParam("baselineFrom", p.baselineFrom()).queryParam("baselineTo", p.baselineTo())
                    .queryParam("market", form.market()).queryParam("vendor", form.vendor())
                    .queryParam("dimensions", String.join(",", form.dimensions()))
                    .queryParam("overallChange", form.overallChange());
            form.otherFilters().forEach((name, values) -> values.forEach(v -> uri.queryParam(name, v)));
            links.put(period.label(), uri.encode().build().toUriString());
        }
        return links;
    }
}
