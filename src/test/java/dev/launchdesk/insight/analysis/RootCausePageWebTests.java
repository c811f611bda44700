package dev.launchdesk.insight.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** The page /insights/rca: the form, the result from the anomalies page's link, who may see it, and bad input. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RootCausePageWebTests {

    static final LocalDate MONDAY = LocalDate.of(2019, 4, 1);
    static final LocalDate LAST_WEEK = MONDAY.plusWeeks(7);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void eightWeeksWithRefundsDoubledAtLumenInMalaysia() {
        SeasonalTickets.writeEightWeeks(jdbc, MONDAY,
                List.of(new SeasonalTickets.Injection(Map.of("market", "MY", "vendor", "LUMEN", "category", "Refund"), 2.5)), LAST_WEEK);
    }

    @Test
    void runsTheAnalysisFromTheAnomalyPagesLink() throws Exception {
        String html = page("analyst", "/insights/rca?kpi=volume&market=&vendor=&from=" + LAST_WEEK + "&to=" + LAST_WEEK.plusDays(6)
                + "&baselineFrom=" + LAST_WEEK.minusDays(28) + "&baselineTo=" + LAST_WEEK.minusDays(1));

        assertThat(html).contains("market = MY · vendor = LUMEN · category = Refund explains")
                .contains("tickets above expected")
                .contains("/insights/tickets?market=MY&amp;vendor=LUMEN&amp;category=Refund&amp;from=" + LAST_WEEK + "&amp;to=" + LAST_WEEK.plusDays(6))
                .contains("/insights/compare?around=" + LAST_WEEK + "&amp;kpi=volume&amp;market=MY&amp;vendor=LUMEN&amp;category=Refund")
                .contains("id=\"rca-chart\"").containsPattern("/webjars/echarts/[0-9.]+/echarts.min.js")
                .doesNotContain("class=\"error\"");
    }

    @Test
    void keepsTheFiltersInTheDrillDownLinks() throws Exception {
        String html = page("gtm", "/insights/rca?kpi=volume&market=MY&from=" + LAST_WEEK + "&to=" + LAST_WEEK.plusDays(6));

        assertThat(html).contains("vendor = LUMEN · category = Refund explains")
                .contains("/insights/tickets?market=MY&amp;vendor=LUMEN&amp;category=Refund&amp;from=")
                .contains("market = MY"); // left out as constant
    }

    @Test
    void showsTheFormWithDefaultsWithoutParameters() throws Exception {
        String html = page("viewer", "/insights/rca");

        assertThat(html).contains("name=\"kpi\"").contains("name=\"baselineFrom\"").contains("Last week vs the 4 weeks before")
                .doesNotContain("id=\"rca-result\"");
    }

    @Test
    void aVendorLeadSeesOnlyItsOwnVendor() throws Exception {
        String html = page("vendorlead", "/insights/rca?kpi=volume&from=" + LAST_WEEK + "&to=" + LAST_WEEK.plusDays(6));

        assertThat(html).contains("id=\"rca-result\"").contains("vendor = NCS")
                .doesNotContain("LUMEN").doesNotContain("Lumen BPO").doesNotContain("ATLAS");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kpi=speed&from=2019-05-20&to=2019-05-26|is not a KPI",
            "kpi=volume&from=2019-05-26&to=2019-05-20|must not be before from",
            "kpi=volume&from=soon&to=2019-05-20|is not a day",
            "kpi=volume&from=2018-05-20&to=2019-05-26|at most 366 days",
            "kpi=volume&from=2019-05-20&to=2019-05-26&dimensions=colour|is not a dimension",
            "kpi=volume&from=2019-05-20&to=2019-05-26&market=XX|no tickets in either period"})
    void showsBadInputNextToTheField(String query, String message) throws Exception {
        String html = page("analyst", "/insights/rca?" + query);

        assertThat(html).contains("class=\"error\"").contains(message).doesNotContain("id=\"rca-result\"");
    }

    @Test
    void anonymousVisitorsSignInAndAgentsMayNot() throws Exception {
        mvc.perform(get("/insights/rca")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/insights/rca").with(as("agent"))).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "gtm", "analyst", "viewer", "sopeditor", "trainer", "vendorlead"})
    void everyOtherRoleMayUseIt(String username) throws Exception {
        mvc.perform(get("/insights/rca").with(as(username))).andExpect(status().isOk());
    }

    @Test
    void servesTheChartLibrary() throws Exception {
        mvc.perform(get("/webjars/echarts/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/rca-chart.js")).andExpect(status().isOk());
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(as(username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }
}
