package dev.launchdesk.insight.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.VendorScope;

/** The cube of a period comparison, built from a hand-made daily roll-up: its leaves and their expectations. */
@SpringBootTest
@Transactional
class PeriodCubeIntegrationTests {

    static final LocalDate MON = LocalDate.of(2019, 1, 7);
    static final List<TicketDimension> DIMS = List.of(TicketDimension.MARKET, TicketDimension.VENDOR, TicketDimension.CATEGORY);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RootCauseAnalysis analysis;

    TicketDays days;

    @BeforeEach
    void handMadeRollup() {
        days = new TicketDays(jdbc);
        days.deleteBetween(MON.minusDays(60), MON.plusDays(60));
        // baseline week 2019-01-07 (Mon) .. 01-13
        days.add(MON, "MY", "LUMEN", "MNL-1", "chat", "Refund", 10)
                .add(MON.plusDays(1), "MY", "LUMEN", "MNL-1", "chat", "Refund", 6)
                .add(MON.plusDays(2), "MY", "LUMEN", "MNL-1", "chat", "Refund", 100)
                .add(MON, "MY", "NCS", "KUL-1", "email", "Delivery", 4)
                // comparison Monday and Tuesday 2019-01-14, 01-15
                .add(MON.plusDays(7), "MY", "LUMEN", "MNL-1", "chat", "Refund", 20)
                .add(MON.plusDays(8), "MY", "LUMEN", "MNL-1", "chat", "Refund", 10)
                .add(MON.plusDays(8), "ID", "LUMEN", "MNL-1", "email", "Refund", 7)
                .insert();
    }

    @Test
    void expectsAPartialWeekWeekdayByWeekday() {
        ExpectedLeaves.Table table = analysis.leaves(query(Kpi.VOLUME, MON.plusDays(7), MON.plusDays(8), MON, MON.plusDays(6),
                OverallChange.KEEP), VendorScope.all());

        Map<List<String>, ExpectedLeaves.ExpectedLeaf> leaves = byValues(table);
        assertThat(leaves).hasSize(3);
        // Monday 10 + Tuesday 6 of the baseline; the Wednesday's 100 does not count for a Monday and a Tuesday
        assertThat(leaves.get(List.of("MY", "LUMEN", "Refund")).real()).isEqualTo(30);
        assertThat(leaves.get(List.of("MY", "LUMEN", "Refund")).expected()).isEqualTo(16);
        // only in the baseline: real 0; only now: expected 0
        assertThat(leaves.get(List.of("MY", "NCS", "Delivery")).real()).isZero();
        assertThat(leaves.get(List.of("MY", "NCS", "Delivery")).expected()).isEqualTo(4);
        assertThat(leaves.get(List.of("ID", "LUMEN", "Refund")).real()).isEqualTo(7);
        assertThat(leaves.get(List.of("ID", "LUMEN", "Refund")).expected()).isZero();
        assertThat(table.scale()).isEqualTo(1.0);
    }

    @Test
    void scalesWholeWeeksByTheNumberOfDays() {
        ExpectedLeaves.Table table = analysis.leaves(query(Kpi.VOLUME, MON.plusDays(7), MON.plusDays(20), MON, MON.plusDays(6),
                OverallChange.KEEP), VendorScope.all());

        Map<List<String>, ExpectedLeaves.ExpectedLeaf> leaves = byValues(table);
        assertThat(leaves.get(List.of("MY", "LUMEN", "Refund")).expected()).isEqualTo((10 + 6 + 100) * 2.0);
        assertThat(leaves.get(List.of("MY", "NCS", "Delivery")).expected()).isEqualTo(8);
        assertThat(table.totalReal()).isEqualTo(37);
    }

    @Test
    void discountsTheTypicalChange() {
        ExpectedLeaves.Table table = analysis.leaves(query(Kpi.VOLUME, MON.plusDays(7), MON.plusDays(8), MON, MON.plusDays(6),
                OverallChange.DISCOUNT), VendorScope.all());

        // ratios 0/4 (weight 4) and 30/16 (weight 16): the weighted median is 30/16
        assertThat(table.scale()).isEqualTo(30.0 / 16);
        assertThat(table.baselineExpected()).isEqualTo(20);
        assertThat(byValues(table).get(List.of("MY", "LUMEN", "Refund")).expected()).isEqualTo(30);
        assertThat(byValues(table).get(List.of("MY", "NCS", "Delivery")).expected()).isEqualTo(7.5);
    }

    @Test
    void expectsARateKpiAtTheBaselineRateOfTodaysDenominator() {
        days.deleteBetween(MON.minusDays(60), MON.plusDays(60));
        days.add(new TicketDays.Row(MON, "MY", "LUMEN", "MNL-1", "chat", "Refund", 100, 10, 0))
                .add(new TicketDays.Row(MON, "TH", "ATLAS", "BKK-1", "chat", "Refund", 100, 30, 0))
                .add(new TicketDays.Row(MON.plusDays(7), "MY", "LUMEN", "MNL-1", "chat", "Refund", 200, 50, 0))
                .add(new TicketDays.Row(MON.plusDays(7), "TH", "ATLAS", "BKK-1", "chat", "Refund", 50, 15, 0))
                .insert();

        ExpectedLeaves.Table table = analysis.leaves(query(Kpi.REOPEN_RATE, MON.plusDays(7), MON.plusDays(13), MON,
                MON.plusDays(6), OverallChange.KEEP), VendorScope.all());

        // overall baseline rate 40 / 200; each leaf's rate is pulled towards it by 10 resolved tickets
        Map<List<String>, ExpectedLeaves.ExpectedLeaf> leaves = byValues(table);
        assertThat(leaves.get(List.of("MY", "LUMEN", "Refund")).real()).isEqualTo(50);
        assertThat(leaves.get(List.of("MY", "LUMEN", "Refund")).expected()).isCloseTo(200 * 12.0 / 110, within(1e-9));
        assertThat(leaves.get(List.of("TH", "ATLAS", "Refund")).expected()).isCloseTo(50 * 32.0 / 110, within(1e-9));
    }

    @Test
    void namesThePeriodWithoutTickets() {
        assertThatThrownBy(() -> analysis.leaves(query(Kpi.VOLUME, MON.plusDays(30), MON.plusDays(31), MON, MON.plusDays(6),
                OverallChange.KEEP), VendorScope.all()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("from"));
        assertThatThrownBy(() -> analysis.leaves(query(Kpi.VOLUME, MON.plusDays(7), MON.plusDays(8), MON.plusDays(20),
                MON.plusDays(27), OverallChange.KEEP), VendorScope.all()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).field()).isEqualTo("baselineFrom"));
    }

    private static RootCauseQuery query(Kpi kpi, LocalDate from, LocalDate to, LocalDate baselineFrom, LocalDate baselineTo,
                                        OverallChange overall) {
        return new RootCauseQuery(kpi, new ComparedPeriods(from, to, baselineFrom, baselineTo), Map.of(), DIMS, overall);
    }

    private static Map<List<String>, ExpectedLeaves.ExpectedLeaf> byValues(ExpectedLeaves.Table table) {
        return table.leaves().stream().collect(Collectors.toMap(ExpectedLeaves.ExpectedLeaf::values, Function.identity()));
    }
}
