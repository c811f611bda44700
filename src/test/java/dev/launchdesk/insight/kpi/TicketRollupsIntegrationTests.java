package dev.launchdesk.insight.kpi;

import static dev.launchdesk.insight.TicketFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.insight.TicketFixtures;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.VendorScope;

/**
 * KPI formulas over the daily roll-up against hand-computed values. Five tickets in March 2019 (a range no other
 * test or demo data uses; Monday 4th and Monday 11th start ISO weeks):
 *
 * <pre>
 * id  day    market vendor site  channel  category  handle  first resp.     resolved          CSAT reopened contacts
 * T1  Mar 4  ID     NCS    JKT-1 chat     Refund     600 s  120 s (in SLA)  7,200 s (in SLA)  5    no       1
 * T2  Mar 4  ID     NCS    JKT-1 chat     Refund     300 s  600 s (in SLA)  14,400 s (late)   2    yes      2
 * T3  Mar 4  ID     NCS    SBY-1 email    Delivery   900 s  3,600 s (late)  open              –    no       1
 * T4  Mar 5  MY     NCS    KUL-1 chat     Refund     480 s  60 s (in SLA)   3,600 s (in SLA)  4    no       1
 * T5  Mar 11 TH     LUMEN  BKK-1 phone    Refund   1,200 s  none            open              –    no       3
 * orders: ID Mar 4 1,000, ID Mar 5 2,000, MY Mar 5 500, TH Mar 11 4,000
 * </pre>
 *
 * Week of Mar 4 (T1–T4): AHT 2,280 s / 4 = 570 s = 9.5 min; FRT 4,380 s / 4 responded = 1,095 s = 18.25 min;
 * resolution time 25,200 s / 3 resolved = 8,400 s = 2.3333 h; FCR: T1 and T4 of 3 resolved = 66.667 %
 * (T2 took two contacts and was reopened); reopen rate 1 / 3 resolved = 33.333 %; CSAT 2 of 3 answers are 4–5 =
 * 66.667 %; first-response SLA 3 / 4 = 75 %; resolution SLA 2 / 4 = 50 %; contact rate 4 tickets per 3,500 orders
 * of ID and MY that week (ID's Mar 5 orders count although ID had no ticket that day) = 1.142857 per 1,000.
 */
@SpringBootTest
@Transactional
class TicketRollupsIntegrationTests {

    static final LocalDate MAR_4 = LocalDate.of(2019, 3, 4);
    static final LocalDate MAR_5 = LocalDate.of(2019, 3, 5);
    static final LocalDate MAR_10 = LocalDate.of(2019, 3, 10);
    static final LocalDate MAR_11 = LocalDate.of(2019, 3, 11);
    static final LocalDate MAR_12 = LocalDate.of(2019, 3, 12);

    @Autowired
    TicketRollups rollups;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VendorDirectory vendors;

    @BeforeEach
    void fiveTickets() {
        TicketFixtures fixtures = new TicketFixtures(jdbc);
        fixtures.insert(
                ticket("KPI-T1", MAR_4, "ID", "NCS", "JKT-1", "chat", "Refund").handled(600).responded(120, true)
                        .resolved(7200, true).rated(5),
                ticket("KPI-T2", MAR_4, "ID", "NCS", "JKT-1", "chat", "Refund").handled(300).responded(600, true)
                        .resolved(14400, false).rated(2).reopenedWith(2),
                ticket("KPI-T3", MAR_4, "ID", "NCS", "SBY-1", "email", "Delivery").handled(900).responded(3600, false),
                ticket("KPI-T4", MAR_5, "MY", "NCS", "KUL-1", "chat", "Refund").handled(480).responded(60, true)
                        .resolved(3600, true).rated(4),
                ticket("KPI-T5", MAR_11, "TH", "LUMEN", "BKK-1", "phone", "Refund").handled(1200).contacts(3));
        fixtures.orders("ID", MAR_4, 1000);
        fixtures.orders("ID", MAR_5, 2000);
        fixtures.orders("MY", MAR_5, 500);
        fixtures.orders("TH", MAR_11, 4000);
    }

    @Test
    void everyKpiOfTheFirstWeekMatchesTheHandComputedValue() {
        List<KpiRow> rows = rollups.aggregate(KpiQuery.total(MAR_4, MAR_10), VendorScope.all());

        assertThat(rows).hasSize(1);
        KpiRow week = rows.get(0);
        assertThat(week.period()).isNull();
        assertThat(week.value(Kpi.VOLUME)).isEqualTo(4.0);
        assertThat(week.value(Kpi.AHT)).isEqualTo(9.5);
        assertThat(week.value(Kpi.FRT)).isEqualTo(18.25);
        assertThat(week.value(Kpi.RESOLUTION_TIME)).isCloseTo(2.333333, within(1e-6));
        assertThat(week.value(Kpi.FCR)).isCloseTo(66.666667, within(1e-6));
        assertThat(week.value(Kpi.REOPEN_RATE)).isCloseTo(33.333333, within(1e-6));
        assertThat(week.value(Kpi.CSAT)).isCloseTo(66.666667, within(1e-6));
        assertThat(week.value(Kpi.SLA_FIRST_RESPONSE)).isEqualTo(75.0);
        assertThat(week.value(Kpi.SLA_RESOLUTION)).isEqualTo(50.0);
        assertThat(week.measures().orders()).isEqualTo(3500);
        assertThat(week.value(Kpi.CONTACT_RATE)).isCloseTo(1.142857, within(1e-6));
    }

    @Test
    void groupsByMarketPerDayWithEachMarketsOwnOrders() {
        List<KpiRow> rows = rollups.aggregate(new KpiQuery(MAR_4, MAR_5, Granularity.DAY, Map.of(), List.of(TicketDimension.MARKET)),
                VendorScope.all());

        // Mar 4 ID: 3 tickets / 1,000 orders = 3.0; Mar 5 MY: 1 ticket / 500 orders = 2.0 (ID's 2,000 orders have no ticket row)
        assertThat(rows).extracting(KpiRow::period, r -> r.key(0), r -> r.measures().tickets(), r -> r.value(Kpi.CONTACT_RATE))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MAR_4, "ID", 3L, 3.0),
                        org.assertj.core.groups.Tuple.tuple(MAR_5, "MY", 1L, 2.0));
        // Mar 4 ID: AHT (600 + 300 + 900) / 3 = 600 s = 10 min; CSAT 1 of 2 answers = 50 %
        assertThat(rows.get(0).value(Kpi.AHT)).isEqualTo(10.0);
        assertThat(rows.get(0).value(Kpi.CSAT)).isEqualTo(50.0);
    }

    @Test
    void foldsDaysIntoIsoWeeksAndLeavesUndefinedKpisUndefined() {
        List<KpiRow> rows = rollups.aggregate(new KpiQuery(MAR_4, MAR_12, Granularity.WEEK, Map.of(), List.of()), VendorScope.all());

        assertThat(rows).extracting(KpiRow::period).containsExactly(MAR_4, MAR_11);
        assertThat(rows.get(0).measures().tickets()).isEqualTo(4);
        assertThat(rows.get(0).value(Kpi.AHT)).isEqualTo(9.5);
        // week of Mar 11: only T5, never answered nor resolved: FRT, resolution time, FCR and CSAT have no denominator
        KpiRow second = rows.get(1);
        assertThat(second.measures().tickets()).isEqualTo(1);
        assertThat(second.value(Kpi.AHT)).isEqualTo(20.0);
        assertThat(second.value(Kpi.FRT)).isNaN();
        assertThat(second.value(Kpi.RESOLUTION_TIME)).isNaN();
        assertThat(second.value(Kpi.FCR)).isNaN();
        assertThat(second.value(Kpi.CSAT)).isNaN();
        assertThat(second.value(Kpi.SLA_FIRST_RESPONSE)).isEqualTo(0.0);
        // 1 ticket / 4,000 TH orders
        assertThat(second.value(Kpi.CONTACT_RATE)).isEqualTo(0.25);
    }

    @Test
    void filtersByDimensionValuesIncludingTheSite() {
        KpiQuery query = KpiQuery.total(MAR_4, MAR_12).withFilter(TicketDimension.CATEGORY, List.of("Refund"))
                .withFilter(TicketDimension.SITE, List.of("JKT-1", "BKK-1"));

        List<KpiRow> rows = rollups.aggregate(query, VendorScope.all());

        // T1, T2 and T5: AHT (600 + 300 + 1,200) / 3 = 700 s
        assertThat(rows.get(0).measures().tickets()).isEqualTo(3);
        assertThat(rows.get(0).measures().handleSeconds()).isEqualTo(2100);
    }

    @Test
    void aVendorScopedReaderSumsOnlyItsOwnVendorsRows() {
        VendorScope ncs = VendorScope.of(vendor("NCS"));
        VendorScope lumen = VendorScope.of(vendor("LUMEN"));
        KpiQuery everything = new KpiQuery(MAR_4, MAR_12, Granularity.TOTAL, Map.of(), List.of(TicketDimension.VENDOR));

        assertThat(rollups.aggregate(everything, ncs)).extracting(r -> r.key(0), r -> r.measures().tickets())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NCS", 4L));
        assertThat(rollups.aggregate(everything, lumen)).extracting(r -> r.key(0), r -> r.measures().tickets())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LUMEN", 1L));
        // asking for the other vendor by filter gives nothing rather than its rows
        assertThat(rollups.aggregate(everything.withFilter(TicketDimension.VENDOR, List.of("LUMEN")), ncs)).isEmpty();
        assertThat(rollups.values(TicketDimension.VENDOR, MAR_4, MAR_12, ncs)).containsExactly("NCS");
        assertThat(rollups.values(TicketDimension.MARKET, MAR_4, MAR_12, lumen)).containsExactly("TH");
    }

    @Test
    void groupsBySopVersionAndLaunchWithEmptyForNone() {
        new TicketFixtures(jdbc).insert(
                ticket("KPI-T6", MAR_12, "ID", "NCS", "JKT-1", "chat", "Refund").sop("SPS-RFD-001", 3).launch("1212"));
        KpiQuery query = new KpiQuery(MAR_11, MAR_12, Granularity.TOTAL, Map.of(),
                List.of(TicketDimension.SOP_VERSION, TicketDimension.LAUNCH));

        assertThat(rollups.aggregate(query, VendorScope.all())).extracting(r -> r.key(0), r -> r.key(1))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", ""),
                        org.assertj.core.groups.Tuple.tuple("SPS-RFD-001 v3", "1212"));
        assertThat(rollups.aggregate(query.withFilter(TicketDimension.SOP_VERSION, List.of("SPS-RFD-001 v3")), VendorScope.all()))
                .hasSize(1);
    }

    @Test
    void listsEveryDimensionsValuesAsTheSingleDimensionQueriesDo() {
        new TicketFixtures(jdbc).insert(
                ticket("KPI-T7", MAR_12, "ID", "NCS", "JKT-1", "chat", "Refund").sop("SPS-RFD-001", 3).launch("1212"));
        for (VendorScope scope : List.of(VendorScope.all(), VendorScope.of(vendor("NCS")))) {
            Map<TicketDimension, List<String>> every = rollups.valuesOfEvery(MAR_4, MAR_12, scope);
            for (TicketDimension dimension : TicketDimension.values()) {
                assertThat(every.get(dimension)).as(dimension.name())
                        .containsExactlyElementsOf(rollups.values(dimension, MAR_4, MAR_12, scope));
            }
        }
        assertThat(rollups.valuesOfEvery(MAR_4, MAR_12, VendorScope.all()).get(TicketDimension.SOP_VERSION))
                .containsExactly("", "SPS-RFD-001 v3");
    }

    private java.util.UUID vendor(String code) {
        return vendors.vendorNames().stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow().id();
    }
}
