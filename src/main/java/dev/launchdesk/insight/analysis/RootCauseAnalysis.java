package dev.launchdesk.insight.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.KpiQuery;
import dev.launchdesk.insight.kpi.KpiRow;
import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.insight.kpi.TicketMeasures;
import dev.launchdesk.insight.kpi.TicketRollups;
import dev.launchdesk.insight.rca.RiskLoc;
import dev.launchdesk.insight.rca.RootCause;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;

/**
 * Root-cause analysis of a KPI between two periods over the daily ticket roll-up: builds the cube (one leaf per
 * combination of the analysed dimensions, real = the KPI's root-cause count now, expected = what the baseline
 * leads one to expect, see {@link ExpectedLeaves}) and localises the deviation with {@link RiskLoc}.
 *
 * <p>The cube holds only the rows the caller may see: for a vendor lead, its own vendor's leaves, so the answer
 * explains deviations within that vendor only (the vendor dimension then has one value and is left out).
 */
@Service
public class RootCauseAnalysis {

    /** A total deviation below this share of the expectation counts as none. */
    static final double NO_DEVIATION_SHARE = 0.02;

    private final TicketRollups rollups;

    RootCauseAnalysis(TicketRollups rollups) {
        this.rollups = rollups;
    }

    public RootCauseReport analyse(RootCauseQuery query, VendorScope scope) {
        return report(query, leaves(query, scope), scope);
    }

    /** The cube's leaves with their real and expected counts, over the periods clipped to the data. */
    ExpectedLeaves.Table leaves(RootCauseQuery query, VendorScope scope) {
        ComparedPeriods periods = clippedToData(query.periods(), scope);
        Kpi kpi = query.kpi();
        boolean daily = RootCauseMeasure.of(kpi).perDay() && periods.needsWeekdayAlignment();
        List<KpiRow> now = rollups.aggregate(cubeQuery(query, periods.from(), periods.to(), Granularity.TOTAL), scope);
        List<KpiRow> before = rollups.aggregate(cubeQuery(query, periods.baselineFrom(), periods.baselineTo(),
                daily ? Granularity.DAY : Granularity.TOTAL), scope);
        requireTickets(now, before);
        return ExpectedLeaves.build(kpi, periods, now, before, query.overallChange());
    }

    private RootCauseReport report(RootCauseQuery query, ExpectedLeaves.Table table, VendorScope scope) {
        ComparedPeriods periods = table.periods();
        List<String> names = query.dimensions().stream().map(TicketDimension::parameter).toList();
        LeafCube cube = LeafCube.of(names, table.leaves());
        List<RootCause> causes = cube.isEmpty() ? List.of() : new RiskLoc(cube.settings()).localize(cube.cube());
        List<RootCauseReport.Finding> findings = new ArrayList<>();
        for (RootCause cause : causes) {
            double[] realExpected = cube.sums(cause.dimensions());
            TicketMeasures[] slice = slice(query, periods, cause.dimensions(), scope);
            findings.add(new RootCauseReport.Finding(cause.dimensions(), cause.riskScore(), cause.explanatoryPower(),
                    realExpected[0], realExpected[1], kpiValue(query.kpi(), slice[1], periods.baselineDays()),
                    kpiValue(query.kpi(), slice[0], periods.days())));
        }
        TicketMeasures[] whole = slice(query, periods, Map.of(), scope);
        double real = table.totalReal();
        double expected = table.totalExpected();
        return new RootCauseReport(query, periods, RootCauseMeasure.of(query.kpi()).name(), cube.varying(), cube.constants(),
                table.leaves().size(), real, expected, table.baselineExpected(), table.typicalChange(), table.scale(),
                kpiValue(query.kpi(), whole[1], periods.baselineDays()), kpiValue(query.kpi(), whole[0], periods.days()),
                List.copyOf(findings), topLeaves(names, table.leaves()), outcome(cube, findings, table));
    }

    private static RootCauseReport.Outcome outcome(LeafCube cube, List<RootCauseReport.Finding> findings, ExpectedLeaves.Table table) {
        if (!findings.isEmpty()) {
            return RootCauseReport.Outcome.FOUND;
        }
        if (cube.isEmpty()) {
            return RootCauseReport.Outcome.NOTHING_TO_SPLIT;
        }
        double deviation = Math.abs(table.totalReal() - table.totalExpected());
        if (Math.abs(table.scale() - 1) >= 0.05 && deviation <= Math.max(1, NO_DEVIATION_SHARE * table.totalExpected())) {
            return RootCauseReport.Outcome.EVEN_CHANGE;
        }
        if (deviation <= Math.max(1, NO_DEVIATION_SHARE * table.totalExpected())) {
            return RootCauseReport.Outcome.NO_DEVIATION;
        }
        return RootCauseReport.Outcome.SPREAD;
    }

    private static List<RootCauseReport.LeafDeviation> topLeaves(List<String> names, List<ExpectedLeaves.ExpectedLeaf> leaves) {
        return leaves.stream()
                .sorted(Comparator.comparingDouble((ExpectedLeaves.ExpectedLeaf l) -> -Math.abs(l.real() - l.expected()))
                        .thenComparing(l -> String.join("\u0000", l.values())))
                .limit(RootCauseReport.TOP_LEAVES)
                .map(l -> new RootCauseReport.LeafDeviation(LeafCube.named(names, l.values()), l.real(), l.expected()))
                .toList();
    }

    /** The KPI of a slice; volume as tickets per day, so periods of different length compare. */
    static Double kpiValue(Kpi kpi, TicketMeasures measures, long days) {
        double value = kpi == Kpi.VOLUME ? (double) measures.tickets() / days : kpi.value(measures);
        return Double.isFinite(value) ? value : null;
    }

    /** The measures of the slice (the query's filters plus the fixed values) now [0] and in the baseline [1]. */
    private TicketMeasures[] slice(RootCauseQuery query, ComparedPeriods periods, Map<String, String> fixed, VendorScope scope) {
        Map<TicketDimension, List<String>> filters = new EnumMap<>(TicketDimension.class);
        filters.putAll(query.filters());
        fixed.forEach((name, value) -> filters.put(TicketDimension.fromParameter(name).orElseThrow(), List.of(value)));
        KpiQuery now = new KpiQuery(periods.from(), periods.to(), Granularity.TOTAL, filters, List.of());
        return new TicketMeasures[] {total(rollups.aggregate(now, scope)),
                total(rollups.aggregate(now.between(periods.baselineFrom(), periods.baselineTo()), scope))};
    }

    private static TicketMeasures total(List<KpiRow> rows) {
        return rows.stream().map(KpiRow::measures).reduce(TicketMeasures.NONE, TicketMeasures::plus);
    }

    private static KpiQuery cubeQuery(RootCauseQuery query, LocalDate from, LocalDate to, Granularity granularity) {
        return new KpiQuery(from, to, granularity, query.filters(), query.dimensions());
    }

    private ComparedPeriods clippedToData(ComparedPeriods periods, VendorScope scope) {
        LocalDate first = rollups.dataRange(scope).map(range -> range[0])
                .orElseThrow(() -> InvalidInputException.of("from", UserTexts.of("problem.insight.rca.no-tickets-yet")));
        return periods.baselineFromAtLeast(first).orElseThrow(() -> InvalidInputException.of("baselineTo",
                UserTexts.of("problem.insight.rca.baseline-before-first-day", first)));
    }

    private static void requireTickets(List<KpiRow> now, List<KpiRow> before) {
        if (now.isEmpty() && before.isEmpty()) {
            throw InvalidInputException.of("from", UserTexts.of("problem.insight.rca.no-tickets-either"));
        }
        if (now.isEmpty()) {
            throw InvalidInputException.of("from", UserTexts.of("problem.insight.rca.no-tickets-comparison"));
        }
        if (before.isEmpty()) {
            throw InvalidInputException.of("baselineFrom", UserTexts.of("problem.insight.rca.no-tickets-baseline"));
        }
    }
}
