package dev.launchdesk.insight.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.training.TrainingThroughTheApi;

/**
 * A refresher from a root cause: the root-cause page shows the button on a cause that names a market and an issue
 * category to those who may assign it; the page and the API find the SOP the category's tickets were handled under and
 * have training assign its module to the agents of the slice — once (asking again assigns nothing), within a vendor
 * lead's own vendor — and answer a problem that changes nothing when there is no module, no SOP, no market or a
 * vendor that is not the caller's. Rolled back after each test: the tickets are 2019's and the SOP is the test's own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class RefresherWebTests {

    /** The eight weeks of 2019 the root-cause page's tests analyse. */
    static final LocalDate MONDAY = RootCausePageWebTests.MONDAY;
    static final LocalDate LAST_WEEK = RootCausePageWebTests.LAST_WEEK;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    UserDetailsService userDetails;

    String sopKey;
    UUID module;

    /** An SOP of the test's own with a module for Malaysia. */
    @BeforeEach
    void anSopWithAModuleInMalaysia() throws Exception {
        TrainingThroughTheApi t = new TrainingThroughTheApi(mvc, json);
        sopKey = t.sop("MY", TrainingThroughTheApi.MASTER).key();
        module = t.module(sopKey, "MY");
    }

    /** Refund tickets doubled at Lumen in Malaysia, most of them handled under the test's SOP. */
    void refundsDoubledAtLumenInMalaysiaUnderTheSop() {
        SeasonalTickets.writeEightWeeks(jdbc, MONDAY,
                List.of(new SeasonalTickets.Injection(Map.of("market", "MY", "vendor", "LUMEN", "category", "Refund"), 2.5)), LAST_WEEK);
        jdbc.update("update ticket_day set sop_key = ?, sop_version = 1 where market_code = 'MY' and category = 'Refund' and created_day between ? and ?",
                sopKey, Date.valueOf(MONDAY), Date.valueOf(LAST_WEEK.plusDays(6)));
        jdbc.update("update ticket_day set sop_key = 'SPS-OTHER-001', sop_version = 1 where market_code = 'MY' and category = 'Refund' "
                + "and created_day = ?", Date.valueOf(LAST_WEEK));
    }

    @Test
    void theButtonOnTheRootCauseAssignsTheSopsModuleToTheAgentsOfTheSliceOnce() throws Exception {
        refundsDoubledAtLumenInMalaysiaUnderTheSop();
        String url = "/insights/rca?kpi=volume&market=&vendor=&from=" + LAST_WEEK + "&to=" + LAST_WEEK.plusDays(6)
                + "&baselineFrom=" + LAST_WEEK.minusDays(28) + "&baselineTo=" + LAST_WEEK.minusDays(1);
        String html = page("gtm", url);
        assertThat(html).contains("market = MY · vendor = LUMEN · category = Refund explains")
                .contains("action=\"/insights/rca/refreshers\"").contains("name=\"category\" value=\"Refund\"")
                .contains("name=\"vendor\" value=\"LUMEN\"").contains("Assign refresher training");
        assertThat(page("analyst", url)).as("analysts find causes, they do not assign training").doesNotContain("/insights/rca/refreshers");

        mvc.perform(post("/insights/rca/refreshers").with(csrf()).with(as("gtm")).param("market", "MY").param("vendor", "LUMEN")
                        .param("category", "Refund").param("from", LAST_WEEK.toString()).param("to", LAST_WEEK.plusDays(6).toString())
                        .param("back", url))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(url))
                .andExpect(flash().attribute("notice", Matchers.containsString("Refresher of " + sopKey + " for MY · LUMEN")));
        long lumenServingMalaysia = jdbc.queryForObject("""
                select count(*) from agent a join site s on s.id = a.site_id join vendor v on v.id = s.vendor_id
                 where v.code = 'LUMEN' and s.code = 'MNL-1' and a.status = 'ACTIVE'""", Long.class);
        assertThat(openAssignments()).isEqualTo(lumenServingMalaysia).isPositive();

        mvc.perform(post("/insights/rca/refreshers").with(csrf()).with(as("gtm")).param("market", "MY").param("vendor", "LUMEN")
                        .param("category", "Refund").param("back", "https://elsewhere.example/"))
                .andExpect(redirectedUrl("/insights/rca"))
                .andExpect(flash().attribute("notice", Matchers.containsString(": 0 assignment(s) made for " + lumenServingMalaysia + " agent(s)")));
        assertThat(openAssignments()).as("asked twice, assigned once").isEqualTo(lumenServingMalaysia);
    }

    @Test
    void theApiNamesTheSopItFoundAndWhatItAssigned() throws Exception {
        refundsDoubledAtLumenInMalaysiaUnderTheSop();
        refresher("trainer", Map.of("market", "MY", "vendor", "LUMEN", "site", "MNL-1", "category", "Refund",
                "from", LAST_WEEK.minusDays(28).toString(), "to", LAST_WEEK.plusDays(6).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sopKey").value(sopKey)).andExpect(jsonPath("$.tiedBy").value("tickets"))
                .andExpect(jsonPath("$.tickets").value(Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.refresher.modules[0].id").value(module.toString()))
                .andExpect(jsonPath("$.refresher.site").value("MNL-1"))
                .andExpect(jsonPath("$.refresher.assigned").value(Matchers.greaterThan(0)));
        refresher("trainer", Map.of("market", "MY", "vendor", "LUMEN", "sop", sopKey + " v1"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.tiedBy").value("sop")).andExpect(jsonPath("$.refresher.assigned").value(0));
    }

    @Test
    void aVendorLeadReachesTheirOwnVendorsAgentsOnly() throws Exception {
        refundsDoubledAtLumenInMalaysiaUnderTheSop();
        refresher("vendorlead", Map.of("market", "MY", "vendor", "LUMEN", "category", "Refund")).andExpect(status().isForbidden());
        refresher("vendorlead", Map.of("market", "MY", "site", "MNL-1", "sop", sopKey)).andExpect(status().isForbidden());
        // the tickets read for a vendor lead's category are their own vendor's: none at Lumen's site
        refresher("vendorlead", Map.of("market", "MY", "site", "MNL-1", "category", "Refund")).andExpect(status().isConflict());
        assertThat(openAssignments()).isZero();

        refresher("vendorlead", Map.of("market", "MY", "sop", sopKey)).andExpect(status().isOk())
                .andExpect(jsonPath("$.refresher.assigned").value(Matchers.greaterThan(0)));
        assertThat(jdbc.queryForObject("""
                select count(*) from training_assignment ta join agent a on a.id = ta.agent_id join site s on s.id = a.site_id
                  join vendor v on v.id = s.vendor_id where ta.module_id = ? and v.code <> 'NCS'""", Long.class, module)).isZero();
        assertThat(openAssignments()).isPositive();
    }

    @Test
    void rolesThatMayNotAssignAreRefused() throws Exception {
        for (String role : List.of("analyst", "viewer", "agent", "sopeditor")) {
            refresher(role, Map.of("market", "MY", "sop", sopKey)).andExpect(status().isForbidden());
            mvc.perform(post("/insights/rca/refreshers").with(csrf()).with(as(role)).param("market", "MY").param("sop", sopKey))
                    .andExpect(status().isForbidden());
        }
        assertThat(openAssignments()).isZero();
    }

    @Test
    void badRequestsAnswerAProblemAndChangeNothing() throws Exception {
        refresher("gtm", Map.of("market", "MY", "sop", "SPS-NONE-404")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("SPS-NONE-404 has no training module in MY")));
        refresher("gtm", Map.of("vendor", "LUMEN", "category", "Refund")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("market"));
        refresher("gtm", Map.of("market", "MY", "vendor", "LUMEN")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        refresher("gtm", Map.of("market", "MY", "vendor", "NOPE", "sop", sopKey)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("vendor"));
        refresher("gtm", Map.of("market", "ZZ", "sop", sopKey)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("market"));
        refresher("gtm", Map.of("market", "MY", "category", "Shipping")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("no ticket of category Shipping")));
        refresher("gtm", Map.of("market", "MY", "vendor", "ATLAS", "sop", sopKey)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("no active agent serves MY at vendor ATLAS")));
        mvc.perform(post("/insights/rca/refreshers").with(csrf()).with(as("gtm")).param("market", "MY").param("sop", "SPS-NONE-404"))
                .andExpect(redirectedUrl("/insights/rca"))
                .andExpect(flash().attribute("problem", Matchers.containsString("has no training module")));
        assertThat(openAssignments()).isZero();
    }

    private long openAssignments() {
        return jdbc.queryForObject("select count(*) from training_assignment where module_id = ? and completed_at is null", Long.class, module);
    }

    private ResultActions refresher(String username, Map<String, String> body) throws Exception {
        return mvc.perform(post("/api/v1/insights/rca/refreshers").with(httpBasic(username, "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(new HashMap<>(body))));
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(as(username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }
}
