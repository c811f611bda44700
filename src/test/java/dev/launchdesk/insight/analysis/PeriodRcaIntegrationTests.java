package dev.launchdesk.insight.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.VendorScope;

/**
 * Eight weeks of seasonal tickets for four markets, three vendors, two channels and five categories in the
 * database, with a problem injected in the last week: the analysis finds exactly that combination first.
 */
@SpringBootTest
@Transactional
class PeriodRcaIntegrationTests {

    static final LocalDate MONDAY = LocalDate.of(2019, 4, 1);
    static final LocalDate LAST_WEEK = MONDAY.plusWeeks(7);
    static final Map<String, String> MY_LUMEN_REFUND = Map.of("market", "MY", "vendor", "LUMEN", "category", "Refund");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RootCauseAnalysis analysis;

    @Autowired
    VendorDirectory vendors;

    @Test
    void findsRefundTicketsAtOneVendorInOneMarket() {
        insert(List.of(new SeasonalTickets.Injection(MY_LUMEN_REFUND, 2.5)));

        RootCauseReport report = analysis.analyse(lastWeek(Kpi.VOLUME, OverallChange.KEEP), VendorScope.all());

        assertThat(report.outcome()).isEqualTo(RootCauseReport.Outcome.FOUND);
        assertThat(report.rootCauses()).hasSize(1);
        RootCauseReport.Finding first = report.rootCauses().get(0);
        assertThat(first.dimensions()).isEqualTo(MY_LUMEN_REFUND);
        assertThat(first.explains()).isGreaterThan(0.8);
        assertThat(first.real() / first.expected()).isCloseTo(2.5, within(0.25));
        assertThat(first.kpiAfter() / first.kpiBefore()).isCloseTo(2.5, within(0.25));
        assertThat(report.leaves()).isEqualTo(4 * 3 * 2 * 2 * 5);
        assertThat(report.dimensions()).containsExactly("market", "vendor", "site", "channel", "category");
    }

    @Test
    void findsItInAWeekendAgainstTheSameWeekdays() {
        insert(List.of(new SeasonalTickets.Injection(MY_LUMEN_REFUND, 2.5)));
        RootCauseQuery weekend = new RootCauseQuery(Kpi.VOLUME, new ComparedPeriods(LAST_WEEK.plusDays(5), LAST_WEEK.plusDays(6),
                LAST_WEEK.minusDays(28), LAST_WEEK.minusDays(1)), Map.of(), null, OverallChange.KEEP);

        RootCauseReport report = analysis.analyse(weekend, VendorScope.all());

        assertThat(report.rootCauses()).isNotEmpty();
        assertThat(report.rootCauses().get(0).dimensions()).isEqualTo(MY_LUMEN_REFUND);
        // Saturday and Sunday are expected like the baseline's weekends, not like its average day
        assertThat(report.typicalChange()).isCloseTo(1.0, within(0.1));
    }

    @Test
    void discountsACampaignDayThatLiftsEverythingAlikeWhenAsked() {
        insert(List.of(new SeasonalTickets.Injection(Map.of(), 1.4)));

        RootCauseReport discounted = analysis.analyse(lastWeek(Kpi.VOLUME, OverallChange.DISCOUNT), VendorScope.all());
        RootCauseReport kept = analysis.analyse(lastWeek(Kpi.VOLUME, OverallChange.KEEP), VendorScope.all());

        assertThat(discounted.rootCauses()).isEmpty();
        assertThat(discounted.outcome()).isEqualTo(RootCauseReport.Outcome.EVEN_CHANGE);
        assertThat(discounted.scale()).isCloseTo(1.4, within(0.05));
        assertThat(kept.scale()).isEqualTo(1.0);
        assertThat(kept.broadChangeKept()).isTrue();
    }

    @Test
    void findsALocalProblemThroughACampaignUpliftWhenTheUpliftIsDiscounted() {
        insert(List.of(new SeasonalTickets.Injection(Map.of(), 1.4), new SeasonalTickets.Injection(MY_LUMEN_REFUND, 2.5)));

        RootCauseReport report = analysis.analyse(lastWeek(Kpi.VOLUME, OverallChange.DISCOUNT), VendorScope.all());

        assertThat(report.rootCauses()).extracting(RootCauseReport.Finding::dimensions).containsExactly(MY_LUMEN_REFUND);
    }

    @Test
    void aVendorLeadsCubeHoldsOnlyItsVendorsLeaves() {
        insert(List.of(new SeasonalTickets.Injection(MY_LUMEN_REFUND, 2.5),
                new SeasonalTickets.Injection(Map.of("market", "TH", "vendor", "NCS", "channel", "email"), 2.5)));
        UUID ncs = vendors.vendorNames().stream().filter(v -> v.code().equals("NCS")).findFirst().orElseThrow().id();

        RootCauseReport report = analysis.analyse(lastWeek(Kpi.VOLUME, OverallChange.KEEP), VendorScope.of(ncs));

        assertThat(report.leaves()).isEqualTo(4 * 2 * 2 * 5);
        assertThat(report.constantDimensions()).containsExactly(Map.entry("vendor", "NCS"));
        assertThat(report.dimensions()).doesNotContain("vendor");
        assertThat(report.rootCauses()).extracting(RootCauseReport.Finding::dimensions)
                .containsExactly(Map.of("market", "TH", "channel", "email"));
    }

    private void insert(List<SeasonalTickets.Injection> injections) {
        SeasonalTickets.writeEightWeeks(jdbc, MONDAY, injections, LAST_WEEK);
    }

    private static RootCauseQuery lastWeek(Kpi kpi, OverallChange overall) {
        return new RootCauseQuery(kpi, ComparedPeriods.withFourWeeksBefore(LAST_WEEK, LAST_WEEK.plusDays(6)), Map.of(), null, overall);
    }
}
