package dev.launchdesk.insight.analysis;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** POST and GET /api/v1/insights/rca/periods: the answer, who may ask, and bad input named by field. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PeriodRcaApiWebTests {

    static final LocalDate MONDAY = LocalDate.of(2019, 4, 1);
    static final LocalDate LAST_WEEK = MONDAY.plusWeeks(7);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void eightWeeksWithRefundsDoubledAtLumenInMalaysia() {
        SeasonalTickets.writeEightWeeks(jdbc, MONDAY,
                List.of(new SeasonalTickets.Injection(Map.of("market", "MY", "vendor", "LUMEN", "category", "Refund"), 2.5)), LAST_WEEK);
    }

    @Test
    void postAnswersTheRootCauseWithItsNumbers() throws Exception {
        mvc.perform(post("/api/v1/insights/rca/periods").with(httpBasic("analyst", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(body("volume", LAST_WEEK, LAST_WEEK.plusDays(6), LAST_WEEK.minusDays(28), LAST_WEEK.minusDays(1), "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kpi").value("volume"))
                .andExpect(jsonPath("$.measure").value("tickets"))
                .andExpect(jsonPath("$.leaves").value(240))
                .andExpect(jsonPath("$.outcome").value("FOUND"))
                .andExpect(jsonPath("$.rootCauses[0].dimensions.market").value("MY"))
                .andExpect(jsonPath("$.rootCauses[0].dimensions.vendor").value("LUMEN"))
                .andExpect(jsonPath("$.rootCauses[0].dimensions.category").value("Refund"))
                .andExpect(jsonPath("$.rootCauses[0].dimensions.length()").value(3))
                .andExpect(jsonPath("$.rootCauses[0].real").isNumber())
                .andExpect(jsonPath("$.rootCauses[0].expected").isNumber())
                .andExpect(jsonPath("$.rootCauses[0].kpiBefore").isNumber())
                .andExpect(jsonPath("$.rootCauses[0].kpiAfter").isNumber())
                .andExpect(jsonPath("$.rootCauses[0].sentence").value(org.hamcrest.Matchers.startsWith(
                        "market = MY · vendor = LUMEN · category = Refund explains")))
                .andExpect(jsonPath("$.totalReal").isNumber())
                .andExpect(jsonPath("$.totalExpected").isNumber());
    }

    @Test
    void getTakesTheSameAsQueryParameters() throws Exception {
        mvc.perform(get("/api/v1/insights/rca/periods").with(httpBasic("viewer", "demo"))
                        .param("kpi", "volume").param("from", LAST_WEEK.toString()).param("to", LAST_WEEK.plusDays(6).toString())
                        .param("market", "MY").param("dimensions", "vendor,site,channel,category"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.baselineFrom").value(LAST_WEEK.minusDays(28).toString()))
                .andExpect(jsonPath("$.filters.market[0]").value("MY"))
                .andExpect(jsonPath("$.leaves").value(60))
                .andExpect(jsonPath("$.rootCauses[0].dimensions.vendor").value("LUMEN"))
                .andExpect(jsonPath("$.rootCauses[0].dimensions.category").value("Refund"));
    }

    @Test
    void aVendorLeadSeesOnlyItsVendorsLeaves() throws Exception {
        mvc.perform(get("/api/v1/insights/rca/periods").with(httpBasic("vendorlead", "demo"))
                        .param("kpi", "volume").param("from", LAST_WEEK.toString()).param("to", LAST_WEEK.plusDays(6).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leaves").value(80))
                .andExpect(jsonPath("$.constantDimensions.vendor").value("NCS"))
                .andExpect(jsonPath("$.topLeaves[*].dimensions.vendor", everyItem(is("NCS"))))
                .andExpect(jsonPath("$.rootCauses[*].dimensions.vendor", everyItem(is("NCS"))));
        // asking for another vendor's tickets finds none, as if they did not exist
        mvc.perform(get("/api/v1/insights/rca/periods").with(httpBasic("vendorlead", "demo"))
                        .param("kpi", "volume").param("from", LAST_WEEK.toString()).param("to", LAST_WEEK.plusDays(6).toString())
                        .param("vendor", "LUMEN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void agentsAndAnonymousMayNotAsk() throws Exception {
        String body = body("volume", LAST_WEEK, LAST_WEEK.plusDays(6), LAST_WEEK.minusDays(28), LAST_WEEK.minusDays(1), "");
        mvc.perform(post("/api/v1/insights/rca/periods").with(httpBasic("agent", "demo")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/insights/rca/periods").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/insights/rca/periods").with(httpBasic("agent", "demo")).param("kpi", "volume"))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "gtm", "analyst", "viewer", "sopeditor", "trainer", "vendorlead"})
    void everyOtherRoleMayAsk(String user) throws Exception {
        mvc.perform(get("/api/v1/insights/rca/periods").with(httpBasic(user, "demo"))
                        .param("kpi", "volume").param("from", LAST_WEEK.toString()).param("to", LAST_WEEK.plusDays(6).toString()))
                .andExpect(status().isOk());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"kpi\":\"speed\",\"from\":\"2019-05-20\",\"to\":\"2019-05-26\"}|kpi",
            "{\"from\":\"2019-05-20\",\"to\":\"2019-05-26\"}|kpi",
            "{\"kpi\":\"volume\",\"from\":\"2019-05-26\",\"to\":\"2019-05-20\"}|to",
            "{\"kpi\":\"volume\",\"from\":\"20.05.2019\",\"to\":\"2019-05-26\"}|from",
            "{\"kpi\":\"volume\",\"from\":\"2018-05-20\",\"to\":\"2019-05-26\"}|to",
            "{\"kpi\":\"volume\",\"from\":\"2019-05-20\",\"to\":\"2019-05-26\",\"baselineFrom\":\"2019-05-19\",\"baselineTo\":\"2019-04-22\"}|baselineTo",
            "{\"kpi\":\"volume\",\"from\":\"2019-05-20\",\"to\":\"2019-05-26\",\"baselineFrom\":\"2018-04-22\",\"baselineTo\":\"2019-05-19\"}|baselineTo",
            "{\"kpi\":\"volume\",\"from\":\"2019-05-20\",\"to\":\"2019-05-26\",\"dimensions\":[\"market\",\"colour\"]}|dimensions",
            "{\"kpi\":\"volume\",\"from\":\"2019-05-20\",\"to\":\"2019-05-26\",\"filters\":{\"colour\":[\"red\"]}}|filters.colour",
            "{\"kpi\":\"volume\",\"from\":\"2019-05-20\",\"to\":\"2019-05-26\",\"overallChange\":\"ignore\"}|overallChange",
            "{\"kpi\":\"volume\",\"from\":\"2017-05-20\",\"to\":\"2017-05-26\",\"baselineFrom\":\"2017-04-01\",\"baselineTo\":\"2017-04-30\"}|baselineTo",
            "{\"kpi\":\"volume\",\"from\":\"2019-05-20\",\"to\":\"2019-05-26\",\"filters\":{\"market\":[\"XX\"]}}|from"})
    void namesTheFieldOfBadInput(String json, String field) throws Exception {
        mvc.perform(post("/api/v1/insights/rca/periods").with(httpBasic("analyst", "demo")).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    @Test
    void nothingToExplainIsAnAnswerNotAnError() throws Exception {
        TicketDays days = new TicketDays(jdbc);
        days.deleteBetween(MONDAY.minusDays(60), MONDAY.plusWeeks(9));
        for (int d = 0; d < 35; d++) {
            for (String market : List.of("MY", "TH")) {
                for (String category : List.of("Refund", "Delivery")) {
                    days.add(MONDAY.plusDays(d), market, "NCS", "KUL-1", "chat", category, 10);
                }
            }
        }
        days.insert();
        mvc.perform(get("/api/v1/insights/rca/periods").with(httpBasic("analyst", "demo")).param("kpi", "volume")
                        .param("from", MONDAY.plusWeeks(4).toString()).param("to", MONDAY.plusWeeks(5).minusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rootCauses.length()").value(0))
                .andExpect(jsonPath("$.outcome").value("NO_DEVIATION"))
                .andExpect(jsonPath("$.explanation").value(org.hamcrest.Matchers.startsWith("Nothing to explain")));
    }

    private static String body(String kpi, LocalDate from, LocalDate to, LocalDate baselineFrom, LocalDate baselineTo, String extra) {
        return "{\"kpi\":\"" + kpi + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"baselineFrom\":\"" + baselineFrom
                + "\",\"baselineTo\":\"" + baselineTo + "\",\"dimensions\":[\"market\",\"vendor\",\"site\",\"channel\",\"category\"]"
                + extra + "}";
    }
}
