package dev.launchdesk.insight.dashboard;

import static dev.launchdesk.insight.dashboard.DashboardTickets.RANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The KPI dashboard, the ticket drill-down and the before/after pages: content, vendor scope, form errors, authorisation. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class InsightPagesWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void tickets() {
        DashboardTickets.insert(jdbc);
    }

    @Test
    void theDashboardShowsTilesChartsDataAndTheKpiTable() throws Exception {
        String html = page("analyst", "/insights?" + RANGE + "&groupBy=market&kpi=aht");

        assertThat(html).contains("KPI dashboard", "Average handle time", "Tickets created 2019-04-01 to 2019-04-14")
                .contains("vs 2019-03-18 to 2019-03-31")
                .containsPattern("/webjars/echarts/(5[.0-9]+/)?echarts.min.js").contains("/js/insights.js")
                // the KPI table: one row per market with the tickets link of the group
                .contains("<td>ID</td>", "<td>MY</td>", "<td>TH</td>", "11.7 min")
                .contains("/insights/tickets?from=2019-04-01&amp;to=2019-04-14&amp;market=TH")
                .contains("/insights/export?from=2019-04-01&amp;to=2019-04-14&amp;groupBy=market&amp;granularity=total&amp;format=csv");
        JsonNode charts = charts(html, "insight-charts");
        assertThat(charts.path("kpi").path("name").asText()).isEqualTo("aht");
        assertThat(charts.path("kpi").path("label").asText()).as("kpi.AHT of the bundle").isEqualTo("Average handle time");
        assertThat(charts.path("periods")).hasSize(14);
        assertThat(charts.path("trend")).extracting(s -> s.path("name").asText()).containsExactly("ID", "MY", "TH");
        assertThat(charts.path("bars")).extracting(s -> s.path("name").asText()).containsExactly("Refund", "Delivery");
        assertThat(charts.path("heat").path("markets")).extracting(JsonNode::asText).containsExactly("ID", "MY", "TH");
        assertThat(charts.path("ticketsUrl").asText()).isEqualTo("/insights/tickets");
    }

    @Test
    void aVendorLeadsDashboardHoldsOnlyItsVendor() throws Exception {
        String html = page("vendorlead", "/insights?" + RANGE + "&groupBy=vendor&granularity=week");

        assertThat(html).contains("<td>NCS</td>").doesNotContain("LUMEN").doesNotContain(">TH<");
    }

    @Test
    void anUngroupedTrendIsOneLineNamedByTheBundle() throws Exception {
        JsonNode charts = charts(page("analyst", "/insights?" + RANGE), "insight-charts");

        assertThat(charts.path("trend")).extracting(s -> s.path("name").asText()).containsExactly("All tickets");
    }

    @Test
    void badFiltersShowTheFormAgainWithTheProblem() throws Exception {
        String html = mvc.perform(get("/insights?granularity=hour&groupBy=planet").with(as("analyst")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("granularity", "unknown granularity &#39;hour&#39;", "name=\"from\"");
        String tickets = mvc.perform(get("/insights/tickets?from=2019-04-31").with(as("analyst")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tickets).contains("from", "is not a date");
        mvc.perform(get("/insights/tickets?page=x").with(as("analyst"))).andExpect(status().isBadRequest());
        String compare = mvc.perform(get("/insights/compare?around=2019-04-08&days=500").with(as("analyst")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(compare).contains("days", "from 1 to 180");
    }

    @Test
    void theTicketListDrillsDownWithinTheReadersScope() throws Exception {
        String all = page("analyst", "/insights/tickets?" + RANGE + "&category=Refund");
        assertThat(all).contains("WEB-NCS-1", "WEB-NCS-4", "WEB-LUMEN-1", "1–4 of 4").doesNotContain("WEB-NCS-3");
        assertThat(all.indexOf("WEB-NCS-4")).isLessThan(all.indexOf("WEB-NCS-1"));

        String own = page("vendorlead", "/insights/tickets?" + RANGE);
        assertThat(own).contains("WEB-NCS-1", "WEB-NCS-3", "SPS-RFD-001 v7").doesNotContain("WEB-LUMEN-1");
    }

    @Test
    void theTicketListPages() throws Exception {
        String html = page("analyst", "/insights/tickets?" + RANGE + "&page=0");
        assertThat(html).contains("1–5 of 5").doesNotContain(">Next<");
    }

    @Test
    void aTicketPageIsNotFoundForAnotherVendorsLead() throws Exception {
        assertThat(page("analyst", "/insights/tickets/WEB-LUMEN-1")).contains("WEB-LUMEN-1", "BKK-1");
        mvc.perform(get("/insights/tickets/WEB-LUMEN-1").with(as("vendorlead"))).andExpect(status().isNotFound());
        assertThat(page("vendorlead", "/insights/tickets/WEB-NCS-1")).contains("1h 00m");
    }

    @Test
    void theBeforeAfterPageColoursEveryKpiAndOffersTheLaunchesAndSopVersions() throws Exception {
        String html = page("gtm", "/insights/compare?launchKey=WEB-LAUNCH&days=7&market=ID");

        assertThat(html).contains("Around 2019-04-08: 7 days before (2019-04-01 to 2019-04-07) vs from it on (2019-04-08 to 2019-04-14)")
                .contains("Go-live of launch WEB-LAUNCH")
                .contains("7.5 min", "20.0 min", "+12.5 min", "worse")
                .contains("SPS-RFD-001 v7", "2019-04-08");
        JsonNode charts = charts(html, "insight-compare");
        assertThat(charts.path("comparison").path("around").asText()).isEqualTo("2019-04-08");
        assertThat(charts.path("comparison").path("trend").path("volume")).hasSize(14);

        assertThat(page("gtm", "/insights/compare")).contains("WEB-LAUNCH").doesNotContain("insight-compare");
        assertThat(page("vendorlead", "/insights/compare")).contains("WEB-LAUNCH");
    }

    @Test
    void theDashboardExportsItsTable() throws Exception {
        byte[] xlsx = mvc.perform(get("/insights/export?format=xlsx&" + RANGE + "&granularity=total&groupBy=market").with(as("vendorlead")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", KpiExport.XLSX.toString()))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("KPIs").getLastRowNum()).isEqualTo(2);
            assertThat(workbook.getSheet("KPIs").getRow(2).getCell(2).getStringCellValue()).isEqualTo("MY");
        }
        String csv = mvc.perform(get("/insights/export?format=csv&" + RANGE + "&granularity=total").with(as("viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().toList().get(1)).startsWith("2019-04-01,2019-04-14,5,5,");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/insights", "/insights/tickets", "/insights/tickets/WEB-NCS-1", "/insights/compare",
            "/insights/compare?around=2019-04-08", "/insights/export?format=csv"})
    void everyoneButAgentsReadsInsights(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get(path).with(as("agent"))).andExpect(status().isForbidden());
        for (String reader : List.of("admin", "gtm", "sopeditor", "trainer", "vendorlead", "analyst", "viewer")) {
            mvc.perform(get(path).with(as(reader))).andExpect(status().isOk());
        }
    }

    @Test
    void echartsIsServedFromTheWebjarWithoutAVersionInThePath() throws Exception {
        mvc.perform(get("/webjars/echarts/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/insights.js")).andExpect(status().isOk());
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static JsonNode charts(String html, String id) throws Exception {
        int at = html.indexOf("id=\"" + id + "\"");
        assertThat(at).as("chart container " + id).isPositive();
        int start = html.indexOf("data-charts=\"", at) + "data-charts=\"".length();
        String attribute = html.substring(start, html.indexOf('"', start));
        String json = org.springframework.web.util.HtmlUtils.htmlUnescape(attribute);
        return new ObjectMapper().readTree(json);
    }
}
