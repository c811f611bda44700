package dev.launchdesk.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The insights at the edge of the demo's data, as a user meets them: the demo's helpdesk export ran at midnight UTC
 * after 24 November 2026, so that day is complete in Asia but partial in the UK and the US (and in "all markets"),
 * and its tickets — like those of the days just before — are partly still open. Nothing may be judged on days the
 * data does not cover, findings on consecutive days read as one, values carry their units, a before/after view opened
 * from a root cause is centred on the change behind it, and a bad compare form keeps what the user entered.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DataEdgeWebTests {

    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 24);
    static final Set<String> WAITS_FOR_RESOLUTION = Set.of("RESOLUTION_TIME", "FCR", "REOPEN_RATE", "CSAT", "SLA_RESOLUTION");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theDemosAnomaliesJudgeNoPartialDayAndNoUnsettledResolution() throws Exception {
        JsonNode list = api("/api/v1/insights/anomalies?size=40");
        List<String> demo = new ArrayList<>();
        for (JsonNode item : list.path("items")) {
            JsonNode a = item.path("anomaly");
            LocalDate day = LocalDate.parse(a.path("day").asText());
            if (day.getYear() != 2026) {
                continue;
            }
            demo.add(a.path("kpi").asText() + " " + a.path("market").asText() + " " + day);
            // resolution-based KPIs wait three days after the last complete day of the data, not of the calendar
            if (WAITS_FOR_RESOLUTION.contains(a.path("kpi").asText())) {
                assertThat(day).as("resolution KPI judged before its tickets settled: " + a).isBefore(LAST_DAY.minusDays(2));
            }
            // 24 November is partial in GB and the US, so also for all markets together
            if (Set.of("", "GB", "US").contains(a.path("market").asText())) {
                assertThat(day).as("partial day judged: " + a).isBefore(LAST_DAY);
            }
        }
        assertThat(demo).isNotEmpty();
        assertThat(demo.get(0)).doesNotStartWith("SLA_RESOLUTION");
    }

    @Test
    void theDashboardsDefaultRangeEndsOnTheLastCompleteDayAndMarksPartialDays() throws Exception {
        JsonNode all = api("/api/v1/insights/kpis?kpi=volume");
        assertThat(all.path("to").asText()).isEqualTo("2026-11-23");
        assertThat(all.path("from").asText()).isEqualTo("2026-10-27");
        // Indonesia's 24 November ended before the export ran: complete, so its range reaches it
        assertThat(api("/api/v1/insights/kpis?kpi=volume&market=ID").path("to").asText()).isEqualTo("2026-11-24");

        String page = page("/insights");
        assertThat(page).contains("Tickets created 2026-10-27 to 2026-11-23", "2026-11-24 is not complete yet and is left out",
                "Show it as a partial day");
        JsonNode charts = charts(page);
        assertThat(charts.path("partial")).hasSize(28).allMatch(p -> !p.asBoolean());

        String withPartial = page("/insights?from=2026-10-28&to=2026-11-24");
        assertThat(withPartial).contains("Partial days (tickets imported up to 2026-11-24 23:");
        JsonNode flagged = charts(withPartial).path("partial");
        assertThat(flagged).hasSize(28);
        assertThat(flagged.get(27).asBoolean()).isTrue();
        assertThat(flagged.get(26).asBoolean()).isFalse();
    }

    @Test
    void consecutiveDaysOfOneKpiAndScopeAreOneEpisodeWithItsPeak() throws Exception {
        JsonNode episodes = api("/api/v1/insights/anomalies/episodes?kpi=volume&size=50");
        JsonNode elevenEleven = null;
        for (JsonNode e : episodes.path("items")) {
            if (e.path("market").asText().isEmpty() && e.path("start").asText().equals("2026-11-11")) {
                elevenEleven = e;
            }
        }
        assertThat(elevenEleven).as("the all-markets volume episode of 11.11").isNotNull();
        assertThat(elevenEleven.path("end").asText()).isEqualTo("2026-11-12");
        assertThat(elevenEleven.path("days").asLong()).isEqualTo(2);
        assertThat(elevenEleven.path("peak").path("day").asText()).isEqualTo("2026-11-11");
        assertThat(elevenEleven.path("anomalies")).hasSize(2);
        assertThat(elevenEleven.path("rootCauseLink").asText()).contains("from=2026-11-11&to=2026-11-12");

        String list = page("/insights/anomalies?kpi=volume");
        assertThat(list).contains("2026-11-11 to 2026-11-12", "2 days in a row, peak 2026-11-11");
        long rows = api("/api/v1/insights/anomalies?kpi=volume&size=1").path("total").asLong();
        assertThat(episodes.path("total").asLong()).isLessThan(rows);
    }

    @Test
    void anomalyValuesCarryTheirUnitsAndCountsHaveNoDecimals() throws Exception {
        String list = page("/insights/anomalies?market=MY&kpi=aht");
        assertThat(list).containsPattern("<span class=\"actual\">[0-9]+\\.[0-9] min</span>").containsPattern("<td class=\"num\">[0-9]+\\.[0-9] min</td>");
        String volume = page("/insights/anomalies?kpi=volume");
        assertThat(volume).contains("<span class=\"actual\">1,016</span>").doesNotContainPattern("<span class=\"actual\">[0-9,]+\\.[0-9]+</span>")
                .doesNotContainPattern("<td class=\"num\">[0-9,]+\\.[0-9]+</td>");
    }

    @Test
    void theBeforeAfterViewOfARootCauseCentresOnTheSopVersionsEffectiveDate() throws Exception {
        String rca = page("/insights/rca?kpi=aht&market=MY&vendor=LUMEN&from=2026-11-10&to=2026-11-10"
                + "&baselineFrom=2026-10-13&baselineTo=2026-11-09");
        int at = rca.indexOf("/insights/compare?");
        assertThat(at).as("a before/after link").isPositive();
        String link = HtmlUtils.htmlUnescape(rca.substring(at, rca.indexOf('"', at)));
        assertThat(link).contains("sopVersion=SPS-RFD-001%20v2").doesNotContain("around=");

        String compare = mvc.perform(get(java.net.URI.create(link)).with(as("analyst"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(compare).contains("Effective date of SPS-RFD-001 v2: 2026-11-09", "Around 2026-11-09");
    }

    @Test
    void aBeforeAfterReachingPastTheDataComparesOnlyCompleteDaysAndMarksTheRest() throws Exception {
        // 14 days from 17 November reach 30 November; for all markets the tickets are complete up to 23 November
        JsonNode compare = api("/api/v1/insights/kpis/compare?around=2026-11-17&days=14&kpi=volume");
        assertThat(compare.path("days").asInt()).isEqualTo(7);
        assertThat(compare.path("daysAsked").asInt()).isEqualTo(14);
        assertThat(compare.path("beforeFrom").asText()).isEqualTo("2026-11-10");
        assertThat(compare.path("afterTo").asText()).isEqualTo("2026-11-23");
        long beforeTickets = jdbc.sql("select sum(tickets) from ticket_day where created_day between '2026-11-10' and '2026-11-16'")
                .query(Long.class).single();
        long afterTickets = jdbc.sql("select sum(tickets) from ticket_day where created_day between '2026-11-17' and '2026-11-23'")
                .query(Long.class).single();
        assertThat(compare.path("ticketsBefore").asLong()).isEqualTo(beforeTickets);
        assertThat(compare.path("ticketsAfter").asLong()).isEqualTo(afterTickets);
        JsonNode days = compare.path("trendDays");
        JsonNode partial = compare.path("trendPartial");
        assertThat(days).hasSize(28);
        assertThat(partial).hasSize(28);
        for (int i = 0; i < 28; i++) {
            boolean complete = !LocalDate.parse(days.get(i).asText()).isAfter(LAST_DAY.minusDays(1));
            assertThat(partial.get(i).asBoolean()).as(days.get(i).asText()).isEqualTo(!complete);
        }
        // Indonesia's 24 November is complete: one more day is compared there
        assertThat(api("/api/v1/insights/kpis/compare?around=2026-11-17&days=14&market=ID").path("days").asInt()).isEqualTo(8);

        String page = page("/insights/compare?around=2026-11-17&days=14");
        assertThat(page).contains("Around 2026-11-17: 7 days before (2026-11-10 to 2026-11-16) vs from it on (2026-11-17 to 2026-11-23)",
                "only 7 days are complete, so 7 days on each side are compared instead of 14");

        // nothing complete from the date on: said, not compared against empty days
        String tooLate = mvc.perform(get("/insights/compare?around=2026-11-25&days=7").with(as("analyst")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooLate).contains("no complete day from 2026-11-25 on yet");
    }

    @Test
    void theAnomalyChartMarksTheDaysNotJudgedYet() throws Exception {
        long id = jdbc.sql("select id from anomaly where market_code = 'MY' and kpi = 'REOPEN_RATE' and anomaly_day >= '2026-11-15'"
                + " order by anomaly_day desc").query(Long.class).list().get(0);
        String html = page("/insights/anomalies/" + id);
        int at = html.indexOf("id=\"anomaly-chart-data\"");
        String script = html.substring(html.indexOf('>', at) + 1, html.indexOf("</script>", at));
        JsonNode points = json.readTree(script).path("points");
        assertThat(points).isNotEmpty();
        // reopen rate waits for resolution: Malaysia's days are complete up to 24 November, settled up to the 21st
        for (JsonNode point : points) {
            LocalDate day = LocalDate.parse(point.path("day").asText());
            assertThat(point.path("partial").asBoolean()).as(day.toString()).isEqualTo(day.isAfter(LocalDate.of(2026, 11, 21)));
        }
        assertThat(html).contains("are not judged");
    }

    @Test
    void aBadCompareFormKeepsTheInputAndNamesTheFieldAsLabelled() throws Exception {
        String html = mvc.perform(get("/insights/compare?around=2026-11-31&days=500&kpi=aht&market=MY&vendor=LUMEN")
                        .with(as("analyst")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("value=\"2026-11-31\"", "value=\"500\"")
                .containsPattern("<option value=\"aht\" selected=\"selected\">")
                .containsPattern("<option value=\"MY\" selected=\"selected\">")
                .containsPattern("<option value=\"LUMEN\" selected=\"selected\">")
                .contains("<strong>Date</strong>", "<strong>Days on each side</strong>", "from 1 to 180")
                .doesNotContain("<strong>around</strong>").doesNotContain("<strong>days</strong>")
                .containsPattern("class=\"field invalid\"><label for=\"around\"");
    }

    @Test
    void aBadDashboardOrTicketFilterKeepsEveryChoiceAndMarksTheField() throws Exception {
        for (String path : new String[] {"/insights", "/insights/tickets"}) {
            String html = mvc.perform(get(path + "?from=2026-11-31&to=2026-11-20&kpi=aht&market=MY&vendor=LUMEN&category=Refund")
                            .with(as("analyst")))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(path).contains("value=\"2026-11-31\"", "value=\"2026-11-20\"", "<strong>From</strong>")
                    .containsPattern("<option value=\"MY\" selected=\"selected\">")
                    .containsPattern("<option value=\"LUMEN\" selected=\"selected\">")
                    .containsPattern("<option value=\"Refund\" selected=\"selected\">")
                    .containsPattern("class=\"field invalid\"><label for=\"from\"")
                    .doesNotContain("Tickets created 2026-");
            if (path.equals("/insights")) {
                assertThat(html).containsPattern("<option value=\"aht\" selected=\"selected\">");
            }
        }
    }

    @Test
    void theTicketDrillDownPagesThroughEveryTicketOnceCountedFromTheRollup() throws Exception {
        String filter = "from=2026-11-17&to=2026-11-23&market=MY&vendor=LUMEN&category=Refund";
        long expected = jdbc.sql("select count(*) from ticket where created_day between '2026-11-17' and '2026-11-23'"
                + " and market_code = 'MY' and vendor_code = 'LUMEN' and category = 'Refund'").query(Long.class).single();
        List<String> seen = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode found = api("/api/v1/tickets?" + filter + "&size=37&page=" + page);
            assertThat(found.path("total").asLong()).isEqualTo(expected);
            if (found.path("items").isEmpty()) {
                break;
            }
            for (JsonNode t : found.path("items")) {
                seen.add(t.path("id").asText());
                order.add(t.path("createdDay").asText() + " " + t.path("createdAt").asText());
            }
        }
        assertThat(seen).hasSize((int) expected).doesNotHaveDuplicates();
        List<String> newestFirst = new ArrayList<>(order);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertThat(order).isEqualTo(newestFirst);
    }

    private JsonNode api(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(httpBasic("analyst", "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(as("analyst"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private JsonNode charts(String html) throws Exception {
        int at = html.indexOf("id=\"insight-charts\"");
        int start = html.indexOf("data-charts=\"", at) + "data-charts=\"".length();
        return json.readTree(HtmlUtils.htmlUnescape(html.substring(start, html.indexOf('"', start))));
    }
}
