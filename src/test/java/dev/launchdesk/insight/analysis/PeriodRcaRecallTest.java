package dev.launchdesk.insight.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.KpiRow;
import dev.launchdesk.insight.kpi.TicketMeasures;
import dev.launchdesk.insight.rca.RcaEvaluation;
import dev.launchdesk.insight.rca.RiskLoc;
import dev.launchdesk.insight.rca.RootCause;

/**
 * Recall and precision of the period comparison on generated ticket data: 8 weeks of Poisson counts with weekly
 * seasonality over 450 leaves (market × vendor × site × channel × category), with 1–2 injected problems in
 * layers 1–3 (×1.6 to ×3 from the comparison period on). Half the cases compare the last week with the four
 * weeks before, half the last three days (Friday to Sunday) with the 28 days before, which needs the weekday
 * alignment. A found root cause counts only if it matches an injected combination exactly.
 */
class PeriodRcaRecallTest {

    static final LocalDate FIRST_MONDAY = LocalDate.of(2019, 1, 7);
    static final int CASES = 30;
    static final List<String> DIMENSIONS = List.of("market", "vendor", "site", "channel", "category");
    /** Injected problems are combinations of these (a site belongs to one vendor, so it would be ambiguous). */
    static final List<String> INJECTABLE = List.of("market", "vendor", "channel", "category");

    private final SeasonalTickets tickets = SeasonalTickets.larger();

    @Test
    void findsTheInjectedCombinations() {
        RcaEvaluation.Tally discount = RcaEvaluation.Tally.NONE;
        RcaEvaluation.Tally keep = RcaEvaluation.Tally.NONE;
        Random random = new Random(20191212);
        for (int c = 0; c < CASES; c++) {
            List<SeasonalTickets.Injection> injections = injections(random, 1 + c % 2);
            ComparedPeriods periods = c % 4 < 2
                    ? new ComparedPeriods(FIRST_MONDAY.plusWeeks(7), FIRST_MONDAY.plusWeeks(8).minusDays(1),
                            FIRST_MONDAY.plusWeeks(3), FIRST_MONDAY.plusWeeks(7).minusDays(1))
                    : new ComparedPeriods(FIRST_MONDAY.plusWeeks(8).minusDays(3), FIRST_MONDAY.plusWeeks(8).minusDays(1),
                            FIRST_MONDAY.plusWeeks(8).minusDays(31), FIRST_MONDAY.plusWeeks(8).minusDays(4));
            List<TicketDays.Row> rows = tickets.rows(FIRST_MONDAY, 8, injections, periods.from(), random);
            Set<Map<String, String>> truth = new HashSet<>(injections.stream().map(SeasonalTickets.Injection::combination).toList());
            if (System.getProperty("rca.debug") != null) {
                System.out.println("case " + c + " truth " + injections + "\n  discount " + found(rows, periods, OverallChange.DISCOUNT)
                        + "\n  keep     " + found(rows, periods, OverallChange.KEEP));
            }
            discount = discount.plus(RcaEvaluation.Tally.of(found(rows, periods, OverallChange.DISCOUNT), truth));
            keep = keep.plus(RcaEvaluation.Tally.of(found(rows, periods, OverallChange.KEEP), truth));
        }
        System.out.printf("Period RCA over %d generated cases: discount overall change P=%.3f R=%.3f F1=%.3f %s;"
                        + " keep P=%.3f R=%.3f F1=%.3f %s%n", CASES, discount.precision(), discount.recall(), discount.f1(), discount,
                keep.precision(), keep.recall(), keep.f1(), keep);
        // measured (seed 20191212): keep F1 0.899 (P 0.909, R 0.889); discount F1 0.787 (P 0.795, R 0.778), lower because
        // an injected problem covering about half of the tickets (channel=chat) becomes the "typical change" itself
        assertThat(keep.f1()).isGreaterThanOrEqualTo(0.88);
        assertThat(discount.f1()).isGreaterThanOrEqualTo(0.75);
    }

    private List<Map<String, String>> found(List<TicketDays.Row> rows, ComparedPeriods periods, OverallChange overall) {
        ExpectedLeaves.Table table = ExpectedLeaves.build(Kpi.VOLUME, periods, kpiRows(rows, periods.from(), periods.to(), false),
                kpiRows(rows, periods.baselineFrom(), periods.baselineTo(), true), overall);
        LeafCube cube = LeafCube.of(DIMENSIONS, table.leaves());
        return new RiskLoc(cube.settings()).localize(cube.cube()).stream().map(RootCause::dimensions).toList();
    }

    /** What TicketRollups.aggregate answers for the days, grouped by the dimensions: totals, or one row per day. */
    static List<KpiRow> kpiRows(List<TicketDays.Row> rows, LocalDate from, LocalDate to, boolean daily) {
        Map<List<Object>, Long> sums = new LinkedHashMap<>();
        for (TicketDays.Row r : rows) {
            if (r.day().isBefore(from) || r.day().isAfter(to) || r.tickets() == 0) {
                continue;
            }
            List<Object> key = new ArrayList<>(List.of(r.market(), r.vendor(), r.site(), r.channel(), r.category()));
            key.add(daily ? r.day() : "");
            sums.merge(key, r.tickets(), Long::sum);
        }
        List<KpiRow> result = new ArrayList<>();
        sums.forEach((key, n) -> result.add(new KpiRow(daily ? (LocalDate) key.get(5) : null,
                key.subList(0, 5).stream().map(String.class::cast).toList(),
                new TicketMeasures(n, n, 0, n, 0, n, n, 0, n, n, 0, 0, 0, 0, 0))));
        return result;
    }

    /** One or two problems in layers 1 to 3 that share no leaf. */
    private List<SeasonalTickets.Injection> injections(Random random, int count) {
        List<SeasonalTickets.Injection> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            Map<String, String> combination = combination(random, 1 + random.nextInt(3));
            if (chosen.stream().allMatch(i -> disjoint(i.combination(), combination))) {
                chosen.add(new SeasonalTickets.Injection(combination, 1.6 + 1.4 * random.nextDouble()));
            }
        }
        return chosen;
    }

    private Map<String, String> combination(Random random, int layer) {
        List<String> dims = new ArrayList<>(INJECTABLE);
        java.util.Collections.shuffle(dims, random);
        Map<String, String> combination = new LinkedHashMap<>();
        for (String d : DIMENSIONS) {
            if (dims.subList(0, layer).contains(d)) {
                List<String> values = new ArrayList<>(values(d));
                combination.put(d, values.get(random.nextInt(values.size())));
            }
        }
        return combination;
    }

    private Set<String> values(String dimension) {
        return switch (dimension) {
            case "market" -> tickets.markets().keySet();
            case "vendor" -> tickets.vendors().keySet();
            case "channel" -> tickets.channels().keySet();
            default -> tickets.categories().keySet();
        };
    }

    private static boolean disjoint(Map<String, String> a, Map<String, String> b) {
        return a.entrySet().stream().anyMatch(e -> b.containsKey(e.getKey()) && !b.get(e.getKey()).equals(e.getValue()));
    }
}
