package dev.launchdesk.insight.dashboard;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.KpiQuery;
import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.PageOf;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;

/**
 * The KPI dashboard, the ticket drill-down and the before/after view. Bad filter values show the form again with the
 * problem (status 400) instead of an error page.
 */
@Controller
@RequestMapping("/insights")
class InsightPages {

    /** Everyone but agents reads insights; vendor leads only their vendor's tickets (enforced in every query). */

    private final KpiDashboard dashboard;
    private final Tickets tickets;
    private final BeforeAfter beforeAfter;
    private final GoLives goLives;
    private final ObjectMapper json;

    InsightPages(KpiDashboard dashboard, Tickets tickets, BeforeAfter beforeAfter, GoLives goLives, ObjectMapper json) {
        this.dashboard = dashboard;
        this.tickets = tickets;
        this.beforeAfter = beforeAfter;
        this.goLives = goLives;
        this.json = json;
    }

    @GetMapping
    String dashboard(@RequestParam MultiValueMap<String, String> params, VendorScope scope, Model model,
                     HttpServletResponse response) {
        KpiParameters parameters;
        try {
            parameters = KpiParameters.parse(params, Granularity.DAY);
            KpiQuery query = dashboard.query(parameters, scope);
            String ticketsUrl = "/insights/tickets" + InsightLinks.queryString(InsightLinks.filters(query.filters()));
            KpiDashboard.Dashboard board = dashboard.dashboard(parameters, ticketsUrl, scope);
            model.addAttribute("board", board);
            model.addAttribute("chartJson", toJson(board.charts()));
            model.addAttribute("links", new InsightLinks(parameters, query));
            formModel(model, parameters, query, scope);
        } catch (InvalidInputException e) {
            return invalidFilters(params, model, response, e, "insights/dashboard", scope);
        }
        return "insights/dashboard";
    }

    /** The dashboard's KPI table (or its rows per period) as CSV or XLSX; the same content as the API's export. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format, @RequestParam MultiValueMap<String, String> params,
                                  VendorScope scope) {
        return KpiExport.download(dashboard.report(KpiParameters.parse(params, Granularity.DAY), scope), format);
    }

    @GetMapping("/tickets")
    String tickets(@RequestParam MultiValueMap<String, String> params, @RequestParam(defaultValue = "0") String page,
                   VendorScope scope, Model model, HttpServletResponse response) {
        try {
            KpiParameters parameters = KpiParameters.parse(params, Granularity.TOTAL);
            KpiQuery query = dashboard.query(parameters, scope);
            PageOf<Ticket> found = tickets.find(query, scope, pageNumber(page), 50);
            model.addAttribute("tickets", found);
            model.addAttribute("baseUrl", "/insights/tickets" + InsightLinks.queryString(InsightLinks.withRange(query)));
            model.addAttribute("links", new InsightLinks(parameters, query));
            formModel(model, parameters, query, scope);
        } catch (InvalidInputException e) {
            return invalidFilters(params, model, response, e, "insights/tickets", scope);
        }
        return "insights/tickets";
    }

    @GetMapping("/tickets/{id}")
    String ticket(@PathVariable String id, VendorScope scope, Model model) {
        model.addAttribute("ticket", tickets.find(id, scope).orElseThrow(() -> new NotFoundException(
                UserTexts.of("problem.insight.ticket.what"), id)));
        return "insights/ticket";
    }

    @GetMapping("/compare")
    String compare(@RequestParam MultiValueMap<String, String> params, VendorScope scope, Model model,
                   HttpServletResponse response) {
        model.addAttribute("launches", goLives.launches(scope));
        model.addAttribute("sopVersions", goLives.sopVersions(scope));
        model.addAttribute("input", new FormInput(params, List.of()));
        try {
            CompareParameters parameters = CompareParameters.parse(params);
            KpiQuery query = dashboard.query(parameters.filters(), scope);
            formModel(model, parameters.filters(), query, scope);
            if (parameters.chosen()) {
                BeforeAfter.Comparison comparison = beforeAfter.compare(parameters, scope);
                model.addAttribute("comparison", comparison);
                model.addAttribute("chartJson", toJson(Map.of("comparison", comparison,
                        "kpi", KpiReport.Definition.of(parameters.kpi()),
                        "kpis", parameters.filters().kpis().stream().map(KpiReport.Definition::of).toList())));
            }
        } catch (InvalidInputException e) {
            // the form is shown again as the user filled it in, each problem next to its field
            model.addAttribute("input", new FormInput(params, e.problems()));
            invalid(model, response, e, "insights/compare", scope);
            model.addAttribute("options", optionsWithChosen(model, params));
            return "insights/compare";
        }
        return "insights/compare";
    }

    /** The filter form shown again as the user filled it in, each problem next to its field, and nothing else. */
    private String invalidFilters(MultiValueMap<String, String> params, Model model, HttpServletResponse response,
                                  InvalidInputException e, String view, VendorScope scope) {
        invalid(model, response, e, view, scope);
        model.addAttribute("input", new FormInput(params, e.problems()));
        model.addAttribute("options", optionsWithChosen(model, params));
        return view;
    }

    private String invalid(Model model, HttpServletResponse response, InvalidInputException e, String view, VendorScope scope) {
        KpiParameters defaults = KpiParameters.parse(new LinkedMultiValueMap<>(), Granularity.DAY);
        KpiQuery query = dashboard.query(defaults, scope);
        formModel(model, defaults, query, scope);
        model.addAttribute("problems", e.problems());
        model.addAttribute("tickets", new PageOf<Ticket>(List.of(), 0, 50, 0));
        model.addAttribute("baseUrl", "/insights/tickets");
        model.addAttribute("links", new InsightLinks(defaults, query));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return view;
    }

    /** The filter lists of the default range plus the values the user had chosen, so none of them is lost. */
    @SuppressWarnings("unchecked")
    private static Map<TicketDimension, List<String>> optionsWithChosen(Model model, MultiValueMap<String, String> params) {
        Map<TicketDimension, List<String>> options = new java.util.EnumMap<>(TicketDimension.class);
        options.putAll((Map<TicketDimension, List<String>>) model.getAttribute("options"));
        for (TicketDimension d : TicketDimension.values()) {
            java.util.LinkedHashSet<String> values = new java.util.LinkedHashSet<>(options.getOrDefault(d, List.of()));
            params.getOrDefault(d.parameter(), List.of()).stream().filter(v -> v != null && !v.isBlank()).map(String::trim)
                    .forEach(values::add);
            options.put(d, List.copyOf(values));
        }
        return options;
    }

    private void formModel(Model model, KpiParameters parameters, KpiQuery query, VendorScope scope) {
        model.addAttribute("params", parameters);
        model.addAttribute("query", query);
        model.addAttribute("options", dashboard.filterOptions(query, scope));
        model.addAttribute("dimensions", TicketDimension.values());
        model.addAttribute("allKpis", Kpi.values());
        model.addAttribute("vendorScoped", scope.isRestricted());
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(Integer.parseInt(page.trim()), 0);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("page", UserTexts.of("problem.insight.page.whole-number"));
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data could not be written as JSON", e);
        }
    }
}
