package dev.launchdesk.insight.dashboard;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.shared.NotFoundException;
import dev.launchdesk.shared.PageOf;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The imported helpdesk tickets, for drilling down from a KPI; vendor leads only see their own vendor's tickets. */
@RestController
@RequestMapping("/api/v1/tickets")
@Tag(name = "Insights")
class TicketApi {

    private final Tickets tickets;
    private final KpiDashboard dashboard;

    TicketApi(Tickets tickets, KpiDashboard dashboard) {
        this.tickets = tickets;
        this.dashboard = dashboard;
    }

    @GetMapping
    @Operation(summary = "Tickets created on the days (market-local) that pass the filters, newest first; page counts from 0",
            description = "from, to (default: the 28 days up to the last day with tickets), filters market=, vendor=, site=, "
                    + "channel=, category=, launch=, sop= (repeatable), page, size (default 50, at most 500)")
    @KpiQueryParameters(grouping = false)
    PageOf<Ticket> tickets(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Integer size,
                           @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params, VendorScope scope) {
        var query = dashboard.query(KpiParameters.parse(params, Granularity.TOTAL), scope);
        return tickets.find(query, scope, Math.max(page, 0), PageOf.clampSize(size, 50));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One ticket (404 when it does not exist or belongs to another vendor than the caller's)")
    Ticket ticket(@PathVariable String id, VendorScope scope) {
        return tickets.find(id, scope).orElseThrow(() -> new NotFoundException(UserTexts.of("problem.insight.ticket.what"), id));
    }
}
