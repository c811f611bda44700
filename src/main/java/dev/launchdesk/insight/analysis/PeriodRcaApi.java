package dev.launchdesk.insight.analysis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.insight.dashboard.KpiQueryParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Root-cause analysis of a KPI between two periods over the imported tickets. Readers: every role but agents;
 * a vendor lead's analysis covers its own vendor's tickets only.
 */
@RestController
@RequestMapping("/api/v1/insights/rca/periods")
@Tag(name = "Root-cause analysis", description = "Multi-dimensional root-cause localisation (RiskLoc)")
class PeriodRcaApi {

    /**
     * An analysis: dates as 2025-12-12; without a baseline, the four weeks before {@code from}; {@code filters}
     * maps a dimension (market, vendor, site, channel, category, launch, sop) to its allowed values;
     * {@code dimensions} defaults to market, vendor, site, channel, category; {@code overallChange} is
     * {@code keep} (default) or {@code discount}.
     */
    record PeriodsRequest(String kpi, String from, String to, String baselineFrom, String baselineTo,
                          Map<String, List<String>> filters, List<String> dimensions, String overallChange) {

        RootCauseQuery.Input input() {
            return new RootCauseQuery.Input(kpi, from, to, baselineFrom, baselineTo, filters, dimensions, overallChange);
        }
    }

    /** A root cause: real and expected in the measure's unit, the KPI of its slice before and after. */
    record Cause(Map<String, String> dimensions, String sentence, double score, double explains, double real,
                 double expected, Double kpiBefore, Double kpiAfter) {
    }

    record Answer(String kpi, String kpiLabel, String measure, LocalDate from, LocalDate to, LocalDate baselineFrom,
                  LocalDate baselineTo, Map<String, List<String>> filters, List<String> dimensions,
                  Map<String, String> constantDimensions, String overallChange, double typicalChange, double scale, int leaves,
                  double totalReal, double totalExpected, Double kpiBefore, Double kpiAfter, List<Cause> rootCauses,
                  List<RootCauseReport.LeafDeviation> topLeaves, String outcome, String explanation) {
    }

    private final RootCauseAnalysis analysis;
    private final RcaWording wording;

    PeriodRcaApi(RootCauseAnalysis analysis, RcaWording wording) {
        this.analysis = analysis;
        this.wording = wording;
    }

    @PostMapping
    @Operation(summary = "Localise the root causes of a KPI's change between a comparison and a baseline period")
    Answer analyse(@RequestBody PeriodsRequest request, VendorScope scope) {
        return answer(analysis.analyse(RootCauseQuery.parse(request.input(), "filters."), scope));
    }

    @GetMapping
    @Operation(summary = "The same analysis from query parameters: kpi, from, to, baselineFrom, baselineTo, "
            + "dimensions (comma-separated), overallChange, and a filter per dimension (market=MY&market=SG, vendor=...)")
    @KpiQueryParameters(grouping = false, rootCause = true)
    Answer analyse(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters, VendorScope scope) {
        return answer(analysis.analyse(RootCauseQuery.parse(input(parameters), ""), scope));
    }

    static RootCauseQuery.Input input(MultiValueMap<String, String> parameters) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (TicketDimension d : TicketDimension.values()) {
            List<String> values = parameters.get(d.parameter());
            if (values != null) {
                filters.put(d.parameter(), values);
            }
        }
        return new RootCauseQuery.Input(parameters.getFirst("kpi"), parameters.getFirst("from"), parameters.getFirst("to"),
                parameters.getFirst("baselineFrom"), parameters.getFirst("baselineTo"), filters,
                parameters.get("dimensions"), parameters.getFirst("overallChange"));
    }

    private Answer answer(RootCauseReport report) {
        Locale locale = Locale.ENGLISH;
        RootCauseQuery query = report.query();
        Map<String, List<String>> filters = new LinkedHashMap<>();
        query.filters().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> filters.put(e.getKey().parameter(), e.getValue()));
        List<Cause> causes = report.rootCauses().stream().map(f -> new Cause(f.dimensions(), wording.sentence(report, f, locale),
                f.score(), f.explains(), f.real(), f.expected(), f.kpiBefore(), f.kpiAfter())).toList();
        ComparedPeriods p = report.periods();
        return new Answer(query.kpi().parameter(), query.kpi().label(), report.measure(), p.from(), p.to(), p.baselineFrom(),
                p.baselineTo(), filters, report.dimensions(), report.constantDimensions(), query.overallChange().parameter(),
                report.typicalChange(), report.scale(), report.leaves(), report.totalReal(), report.totalExpected(), report.kpiBefore(),
                report.kpiAfter(), causes, report.topLeaves(), report.outcome().name(), wording.explanation(report, locale));
    }
}
