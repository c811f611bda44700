package dev.launchdesk.insight.dashboard;

import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.shared.VendorScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Support KPIs over the daily roll-up, as JSON and as CSV / XLSX downloads; vendor leads get only their vendor's tickets. */
@RestController
@RequestMapping("/api/v1/insights/kpis")
@Tag(name = "Insights", description = "Support KPIs, ticket drill-down and before/after comparisons")
class KpiApi {

    static final String PARAMETERS = "from, to (yyyy-mm-dd, default: the 28 days up to the last day with tickets), "
            + "granularity (day|week|total, default day), groupBy (market, vendor, site, channel, category, launch, sop; "
            + "repeat or comma-separate), filters market=, vendor=, site=, channel=, category=, launch=, sop= (repeatable), "
            + "kpi (volume, contact-rate, aht, frt, resolution-time, fcr, reopen-rate, csat, sla-first-response, "
            + "sla-resolution; default all)";

    private final KpiDashboard dashboard;
    private final BeforeAfter beforeAfter;

    KpiApi(KpiDashboard dashboard, BeforeAfter beforeAfter) {
        this.dashboard = dashboard;
        this.beforeAfter = beforeAfter;
    }

    @GetMapping
    @Operation(summary = "KPI rows per period and group with the KPI definitions", description = PARAMETERS)
    @KpiQueryParameters
    KpiReport kpis(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params, VendorScope scope) {
        return dashboard.report(KpiParameters.parse(params, Granularity.DAY), scope);
    }

    @GetMapping("/export")
    @Operation(summary = "The same rows as a CSV or XLSX download (format=csv|xlsx)", description = PARAMETERS)
    @KpiQueryParameters
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format,
                                  @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params, VendorScope scope) {
        return KpiExport.download(dashboard.report(KpiParameters.parse(params, Granularity.DAY), scope), format);
    }

    @GetMapping("/compare")
    @Operation(summary = "Every KPI over the N days before a date and the N days from it on",
            description = "around=yyyy-mm-dd, or launchKey= (go-live: the first day with tickets of the launch), or "
                    + "sopVersion=KEY vN (its effective date); days (1-180, default 14); plus the filters of the KPI query")
    @KpiQueryParameters(range = false, grouping = false, comparison = true)
    BeforeAfter.Comparison compare(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params, VendorScope scope) {
        return beforeAfter.compare(CompareParameters.parse(params), scope);
    }
}
