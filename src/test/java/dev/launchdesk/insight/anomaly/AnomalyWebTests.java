package dev.launchdesk.insight.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.shared.VendorScope;

/**
 * The anomaly pages and API: who may read, review and scan, and what a vendor lead sees (only NCS's market × vendor
 * anomalies; LUMEN's and the market's answer 404). Ten weeks of tickets in Indonesia in 2022 (no other test
 * writes that year) with a refund spike at LUMEN on 8 March and one at NCS on 10 March.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnomalyWebTests {

    static final LocalDate LUMEN_SPIKE = LocalDate.of(2022, 3, 8);
    static final LocalDate NCS_SPIKE = LocalDate.of(2022, 3, 10);

    private static final Pattern NEXT_PAGE = Pattern.compile("<a class=\"btn small\" href=\"([^\"]+)\">Next</a>");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AnomalyScan scan;

    @Autowired
    AnomalyBoard board;

    private long ncs;
    private long lumen;
    private long market;

    @BeforeAll
    void anomaliesAtTwoVendors() {
        TicketDays days = new TicketDays(jdbc);
        days.seasonal(LocalDate.of(2022, 1, 3), 10, List.of("ID"), List.of("NCS", "LUMEN"), List.of("Refund", "Delivery"), 100, 3);
        days.add(LUMEN_SPIKE, "ID", "LUMEN", "Refund", "SPRING-SALE", 200);
        days.add(NCS_SPIKE, "ID", "NCS", "Refund", "SPRING-SALE", 200);
        scan.scan(LUMEN_SPIKE, NCS_SPIKE, Set.of("ID"));
        ncs = find(NCS_SPIKE, "NCS");
        lumen = find(LUMEN_SPIKE, "LUMEN");
        market = find(LUMEN_SPIKE, "");
    }

    @Test
    void anonymousCallersMustSignIn() throws Exception {
        mvc.perform(get("/insights/anomalies")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/api/v1/insights/anomalies")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/insights/anomaly-subscriptions")).andExpect(status().isUnauthorized());
    }

    @Test
    void agentsReadNoAnomalies() throws Exception {
        mvc.perform(get("/insights/anomalies").with(as("agent"))).andExpect(status().isForbidden());
        mvc.perform(get("/insights/anomalies/" + ncs).with(as("agent"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/insights/anomalies").with(api("agent"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/insights/anomalies/" + ncs).with(api("agent"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/insights/anomaly-subscriptions").with(api("agent"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/insights/anomalies/scan?from=2022-03-01&to=2022-03-02").with(api("agent"))).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "gtm", "sopeditor", "trainer", "analyst", "viewer"})
    void everyOtherRoleReadsEveryScope(String username) throws Exception {
        // the list is newest first and other data (the demo's) may fill its first pages: filter and follow "Next"
        assertThat(listPages("/insights/anomalies?market=ID&kpi=volume", as(username))).anySatisfy(html -> assertThat(html).contains(row(market, LUMEN_SPIKE)));
        mvc.perform(get("/api/v1/insights/anomalies/" + lumen).with(api(username))).andExpect(status().isOk())
                .andExpect(jsonPath("$.anomaly.vendor").value("LUMEN"));
        mvc.perform(get("/insights/anomalies/" + market).with(as(username))).andExpect(status().isOk());
    }

    @Test
    void aVendorLeadSeesOnlyItsVendorsAnomalies() throws Exception {
        mvc.perform(get("/api/v1/insights/anomalies?size=500").with(api("vendorlead"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].anomaly.vendor", everyItem(is("NCS"))))
                .andExpect(jsonPath("$.items[?(@.anomaly.id == " + ncs + ")]").exists());
        mvc.perform(get("/api/v1/insights/anomalies/" + ncs).with(api("vendorlead"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/insights/anomalies/" + lumen).with(api("vendorlead"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/insights/anomalies/" + market).with(api("vendorlead"))).andExpect(status().isNotFound());
        mvc.perform(get("/insights/anomalies/" + lumen).with(as("vendorlead"))).andExpect(status().isNotFound());
        mvc.perform(get("/insights/anomalies/" + ncs).with(as("vendorlead"))).andExpect(status().isOk());
        List<String> pages = listPages("/insights/anomalies", as("vendorlead"));
        assertThat(pages).anySatisfy(html -> assertThat(html).contains(row(ncs, NCS_SPIKE)))
                .allSatisfy(html -> assertThat(html).doesNotContain("/insights/anomalies/" + lumen + "\"").doesNotContain("/insights/anomalies/" + market + "\""));
        mvc.perform(post("/api/v1/insights/anomalies/" + ncs + "/acknowledge").with(api("vendorlead"))).andExpect(status().isForbidden());
    }

    @Test
    void viewersReadButNeitherScanNorReview() throws Exception {
        mvc.perform(post("/api/v1/insights/anomalies/scan?from=2022-03-01&to=2022-03-02").with(api("viewer"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/insights/anomalies/" + lumen + "/acknowledge").with(api("viewer"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/insights/anomalies/" + lumen + "/dismiss").with(api("viewer"))).andExpect(status().isForbidden());
        mvc.perform(post("/insights/anomalies/" + lumen + "/acknowledge").with(csrf()).with(as("viewer"))).andExpect(status().isForbidden());
        mvc.perform(post("/insights/anomalies/scan").param("from", "2022-03-01").param("to", "2022-03-02").with(csrf()).with(as("gtm")))
                .andExpect(status().isForbidden());
        String html = mvc.perform(get("/insights/anomalies").with(as("viewer"))).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("/acknowledge").doesNotContain("/insights/anomalies/scan");
    }

    @Test
    void analystsScanOnDemandAndBadRangesNameTheField() throws Exception {
        mvc.perform(post("/api/v1/insights/anomalies/scan?from=2022-03-01&to=2022-03-13").with(api("analyst"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.newAnomalies").value(0))
                .andExpect(jsonPath("$.anomalies").value(org.hamcrest.Matchers.greaterThanOrEqualTo(3)));
        mvc.perform(post("/api/v1/insights/anomalies/scan?from=2022-03-10&to=2022-03-01").with(api("admin"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(post("/api/v1/insights/anomalies/scan?to=2022-03-01").with(api("admin"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(post("/api/v1/insights/anomalies/scan?from=soon&to=2022-03-01").with(api("admin"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(post("/insights/anomalies/scan").param("from", "2022-03-01").param("to", "").with(csrf()).with(as("analyst")))
                .andExpect(redirectedUrl("/insights/anomalies"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("problem", containsString("to: is required")));
        mvc.perform(get("/api/v1/insights/anomalies?kpi=speed").with(api("analyst"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kpi"));
        mvc.perform(get("/api/v1/insights/anomalies?status=LOST").with(api("analyst"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/insights/anomalies?kpi=speed").with(as("analyst"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("The filter was not applied")));
    }

    @Test
    void reviewersAcknowledgeAndDismissOnTheApiAndWithHtmx() throws Exception {
        mvc.perform(post("/api/v1/insights/anomalies/" + lumen + "/acknowledge").with(api("gtm"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"refund flow changed\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
                .andExpect(jsonPath("$.statusBy").value("gtm")).andExpect(jsonPath("$.statusNote").value("refund flow changed"));
        mvc.perform(post("/api/v1/insights/anomalies/" + lumen + "/acknowledge").with(api("analyst"))).andExpect(status().isConflict());
        mvc.perform(post("/insights/anomalies/" + lumen + "/dismiss").param("note", "known campaign").header("HX-Request", "true")
                        .with(csrf()).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dismissed")))
                .andExpect(content().string(containsString("known campaign")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post("/insights/anomalies/" + lumen + "/dismiss").with(as("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/insights/anomalies?status=DISMISSED&market=ID&kpi=volume").with(api("viewer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.anomaly.id == " + lumen + ")]").exists());
        mvc.perform(post("/api/v1/insights/anomalies/999999999/acknowledge").with(api("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void theAnomalyPageShowsTheContextTheChartAndTheRootCauseLink() throws Exception {
        String html = mvc.perform(get("/insights/anomalies/" + ncs).with(as("analyst"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("/insights/rca?kpi=volume&amp;market=ID&amp;vendor=NCS&amp;from=2022-03-10&amp;to=2022-03-10"
                        + "&amp;baselineFrom=2022-02-10&amp;baselineTo=2022-03-09")
                .contains("No tech-change register yet")
                .contains("anomaly-chart").contains("echarts.min.js");
        List<String> forms = postForms(html);
        assertThat(forms).isNotEmpty().allSatisfy(f -> assertThat(f).contains("name=\"_csrf\""));
        String list = mvc.perform(get("/insights/anomalies").with(as("admin"))).andReturn().getResponse().getContentAsString();
        assertThat(postForms(list)).isNotEmpty().allSatisfy(f -> assertThat(f).contains("name=\"_csrf\""));
        mvc.perform(get("/api/v1/insights/anomalies/" + ncs).with(api("analyst")))
                .andExpect(jsonPath("$.rootCauseLink").value(containsString("baselineFrom=2022-02-10")))
                .andExpect(jsonPath("$.context.techChangeRegister").value(false));
        mvc.perform(get("/insights/anomalies/999999999").with(as("analyst"))).andExpect(status().isNotFound());
    }

    @Test
    void everyReaderManagesOnlyItsOwnSubscriptions() throws Exception {
        String created = mvc.perform(post("/api/v1/insights/anomaly-subscriptions").with(api("viewer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"market\": \"my\", \"kpi\": \"csat\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.market").value("MY")).andExpect(jsonPath("$.kpi").value("CSAT"))
                .andReturn().getResponse().getContentAsString();
        String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/v1/insights/anomaly-subscriptions").with(api("viewer"))).andExpect(jsonPath("$[?(@.id == '" + id + "')]").exists());
        mvc.perform(get("/api/v1/insights/anomaly-subscriptions").with(api("gtm"))).andExpect(jsonPath("$[?(@.id == '" + id + "')]").doesNotExist());
        mvc.perform(delete("/api/v1/insights/anomaly-subscriptions/" + id).with(api("gtm"))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/insights/anomaly-subscriptions/" + id).with(api("viewer"))).andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/insights/anomaly-subscriptions").with(api("viewer")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kpi\": \"speed\"}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kpi"));
        mvc.perform(post("/api/v1/insights/anomaly-subscriptions").with(api("viewer")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"market\": \"XX\"}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("market"));
        mvc.perform(post("/insights/anomalies/subscriptions").param("market", "ID").param("kpi", "").with(csrf()).with(as("vendorlead")))
                .andExpect(redirectedUrl("/insights/anomalies"));
        mvc.perform(get("/insights/anomalies").with(as("vendorlead"))).andExpect(content().string(containsString("ID · all KPIs")));
        mvc.perform(post("/insights/anomalies/subscriptions").param("market", "ID").with(as("vendorlead"))).andExpect(status().isForbidden());
        mvc.perform(post("/insights/anomalies/alerts/999999999/read").with(csrf()).with(as("vendorlead"))).andExpect(status().isNotFound());
    }

    private long find(LocalDate day, String vendor) {
        return board.list(new Anomalies.Filter(null, "ID", Kpi.VOLUME, vendor.isEmpty() ? null : vendor), VendorScope.all(), 0, 500).items()
                .stream().filter(a -> a.day().equals(day) && a.vendor().equals(vendor)).findFirst().orElseThrow().id();
    }

    /** Every page of the anomaly list from {@code url} on, following its "Next" links. */
    private List<String> listPages(String url, RequestPostProcessor who) throws Exception {
        List<String> pages = new java.util.ArrayList<>();
        for (String next = url; next != null; ) {
            String html = mvc.perform(get(next).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            pages.add(html);
            Matcher link = NEXT_PAGE.matcher(html);
            next = link.find() ? HtmlUtils.htmlUnescape(link.group(1)) : null;
            assertThat(pages).as("pages of " + url).hasSizeLessThan(1_000);
        }
        return pages;
    }

    /** The anomaly's row in the list (its day links to it; alerts link with the KPI and scope instead). */
    private static String row(long id, LocalDate day) {
        return "href=\"/insights/anomalies/" + id + "\">" + day + "</a>";
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private static RequestPostProcessor api(String username) {
        return httpBasic(username, "demo");
    }

    private static List<String> postForms(String html) {
        List<String> forms = new java.util.ArrayList<>();
        Matcher form = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL).matcher(html);
        while (form.find()) {
            if (form.group(1).toLowerCase().contains("method=\"post\"")) {
                forms.add(form.group(0));
            }
        }
        return forms;
    }
}
