package dev.launchdesk.insight.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Zendesk and Freshdesk exports (src/test/resources/helpdesk) load as the helpdesks wrote them, through the import page
 * (multipart form, as a browser sends it) and the API, with a preset or a saved column mapping; the tickets and the
 * KPIs they give are checked, and errors name the file's column.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HelpdeskExportImportWebTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    private RequestPostProcessor analystPage() {
        return user(userDetails.loadUserByUsername("analyst"));
    }

    private static byte[] sample(String name) throws Exception {
        return new ClassPathResource("helpdesk/" + name).getContentAsByteArray();
    }

    private void importThroughThePage(String file, String mapping) throws Exception {
        String target = mvc.perform(multipart("/insights/imports").file(new MockMultipartFile("file", file, "text/csv", sample(file)))
                        .param("kind", "tickets").param("mode", "all-or-nothing").param("mapping", mapping).with(analystPage()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/insights/imports/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(target).with(analystPage())).andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>Completed</strong> — <span>3 of 3 rows imported</span>")));
    }

    private JsonNode importThroughTheApi(String file, String mapping, String contentType) throws Exception {
        String answer = mvc.perform(post("/api/v1/tickets/imports?mapping=" + mapping + "&fileName=" + file).with(httpBasic("analyst", "demo"))
                        .contentType(contentType).content(sample(file)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(answer);
    }

    private JsonNode tickets(String day, String market) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/v1/tickets?from=" + day + "&to=" + day + "&market=" + market + "&size=50")
                .with(httpBasic("analyst", "demo"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("items");
    }

    private JsonNode ticket(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no ticket " + id + " in " + items);
    }

    private JsonNode kpis(String day, String market) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/v1/insights/kpis?from=" + day + "&to=" + day + "&granularity=total&market=" + market)
                .with(httpBasic("analyst", "demo"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .at("/rows/0/values");
    }

    @Test
    void aZendeskCsvExportLoadsThroughThePresetOnThePageAndInTheApi() throws Exception {
        mvc.perform(get("/insights/imports").with(analystPage())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Zendesk CSV export (preset)")))
                .andExpect(content().string(containsString("Freshdesk CSV export (preset)")));
        importThroughThePage("zendesk-tickets.csv", "zendesk-csv");
        JsonNode answer = importThroughTheApi("zendesk-tickets.csv", "zendesk-csv", "text/csv");
        assertThat(answer.at("/ticketImport/rowsImported").asLong()).isEqualTo(3);
        assertThat(answer.at("/ignoredColumns").toString()).contains("Requester", "Subject").doesNotContain("\"Group\"");

        JsonNode items = tickets("2024-06-03", "MY");
        JsonNode first = ticket(items, "9100001");
        assertThat(first.get("createdAt").asText()).isEqualTo("2024-06-03T01:15:00Z"); // 09:15 in Kuala Lumpur, the market's zone
        assertThat(first.get("firstResponseAt").asText()).isEqualTo("2024-06-03T01:45:00Z"); // 30 minutes later
        assertThat(first.get("resolvedAt").asText()).isEqualTo("2024-06-03T05:15:00Z");
        assertThat(first.get("vendor").asText()).isEqualTo("NCS");
        assertThat(first.get("site").asText()).isEqualTo("KUL-1");
        assertThat(first.get("channel").asText()).isEqualTo("web");
        assertThat(first.get("csat").asInt()).isEqualTo(5);
        assertThat(first.get("reopened").asBoolean()).isFalse();
        assertThat(first.get("handleSeconds").asInt()).isEqualTo(600);
        JsonNode second = ticket(items, "9100002");
        assertThat(second.get("vendor").asText() + "/" + second.get("site").asText()).isEqualTo("LUMEN/MNL-1");
        assertThat(second.get("csat").asInt()).isEqualTo(1);
        assertThat(second.get("reopened").asBoolean()).isTrue();
        JsonNode third = ticket(items, "9100003");
        assertThat(third.get("csat").isNull()).as("'Offered' is no rating").isTrue();
        assertThat(third.get("channel").asText()).isEqualTo("email");

        JsonNode kpis = kpis("2024-06-03", "MY");
        assertThat(kpis.get("volume").asDouble()).isEqualTo(3.0);
        assertThat(kpis.get("aht").asDouble()).isEqualTo(10.0); // (600 + 900 + 300) / 3 s
        assertThat(kpis.get("frt").asDouble()).isEqualTo(17.5); // (30 + 5) / 2 min
        assertThat(kpis.get("csat").asDouble()).isEqualTo(50.0); // Good, Bad
        assertThat(kpis.get("reopen-rate").asDouble()).isEqualTo(50.0); // one of two solved tickets reopened
    }

    @Test
    void aFreshdeskCsvExportLoadsThroughThePresetOnThePageAndInTheApi() throws Exception {
        importThroughThePage("freshdesk-tickets.csv", "freshdesk-csv");
        JsonNode answer = importThroughTheApi("freshdesk-tickets.csv", "freshdesk-csv", "text/csv");
        assertThat(answer.at("/ticketImport/rowsImported").asLong()).isEqualTo(3);

        JsonNode items = tickets("2024-06-10", "TH");
        JsonNode first = ticket(items, "7700501");
        assertThat(first.get("createdAt").asText()).isEqualTo("2024-06-10T02:00:00Z"); // 09:00 in Bangkok
        assertThat(first.get("firstResponseAt").asText()).isEqualTo("2024-06-10T02:20:00Z");
        assertThat(first.get("site").asText()).isEqualTo("BKK-1");
        assertThat(first.get("vendor").asText()).isEqualTo("LUMEN");
        assertThat(first.get("channel").asText()).isEqualTo("email");
        assertThat(first.get("csat").asInt()).isEqualTo(5);
        assertThat(first.get("handleSeconds").asInt()).isEqualTo(600);
        assertThat(ticket(items, "7700502").get("channel").asText()).isEqualTo("phone");
        assertThat(ticket(items, "7700503").get("handleSeconds").asInt()).isEqualTo(1800);

        JsonNode kpis = kpis("2024-06-10", "TH");
        assertThat(kpis.get("volume").asDouble()).isEqualTo(3.0);
        assertThat(kpis.get("aht").asDouble()).isEqualTo(20.0); // (600 + 1,200 + 1,800) / 3 s
        assertThat(kpis.get("frt").asDouble()).isEqualTo(12.5); // (20 + 5) / 2 min
        assertThat(kpis.get("csat").asDouble()).isEqualTo(50.0); // Extremely Happy, Unhappy
    }

    @Test
    void aZendeskJsonExportLoadsThroughAMappingSavedInTheApi() throws Exception {
        String mapping = """
                {"name": "Zendesk JSON (our account)", "timezone": "Asia/Kuala_Lumpur", "fields": [
                  {"field": "ticket_id", "source": "id"},
                  {"field": "created_at", "source": "created_at"},
                  {"field": "first_response_at", "source": "metric_set.reply_time_in_minutes.calendar", "transform": "minutes-after-created"},
                  {"field": "resolved_at", "source": "metric_set.solved_at"},
                  {"field": "market", "source": "custom_fields.360001111", "values": {"market_my": "MY", "market_th": "TH"}},
                  {"field": "vendor", "source": "group_id", "transform": "group-vendor", "values": {"360000501": "NCS/KUL-1", "360000502": "LUMEN/MNL-1"}},
                  {"field": "site", "source": "group_id", "transform": "group-site", "values": {"360000501": "NCS/KUL-1", "360000502": "LUMEN/MNL-1"}},
                  {"field": "channel", "source": "via.channel"},
                  {"field": "category", "source": "custom_fields.360003333"},
                  {"field": "handle_time_seconds", "source": "custom_fields.360002222"},
                  {"field": "csat", "source": "satisfaction_rating.score", "values": {"good": "5", "bad": "1", "offered": "", "unoffered": ""}},
                  {"field": "reopened", "source": "metric_set.reopens", "transform": "greater-than-zero"}]}""";
        mvc.perform(post("/api/v1/tickets/mappings").with(httpBasic("analyst", "demo")).contentType("application/json").content(mapping))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Zendesk JSON (our account)"))
                .andExpect(jsonPath("$.fields.length()").value(12));

        JsonNode answer = importThroughTheApi("zendesk-tickets.jsonl", "Zendesk JSON (our account)", "application/x-ndjson");
        assertThat(answer.at("/ticketImport/rowsImported").asLong()).isEqualTo(3);
        assertThat(answer.at("/ignoredColumns").toString()).contains("tags", "fields", "url");

        JsonNode items = tickets("2024-06-17", "MY");
        JsonNode first = ticket(items, "9200001");
        assertThat(first.get("site").asText()).isEqualTo("KUL-1");
        assertThat(first.get("firstResponseAt").asText()).isEqualTo("2024-06-17T01:45:00Z");
        assertThat(first.get("category").asText()).isEqualTo("refund");
        assertThat(ticket(items, "9200002").get("reopened").asBoolean()).isTrue();
        JsonNode kpis = kpis("2024-06-17", "MY");
        assertThat(kpis.get("volume").asDouble()).isEqualTo(3.0);
        assertThat(kpis.get("csat").asDouble()).isEqualTo(50.0);
        assertThat(kpis.get("aht").asDouble()).isEqualTo(10.0);
    }

    @Test
    void aMappingSavedOnThePageCarriesTheAccountTimeZoneAndIsOfferedForImports() throws Exception {
        mvc.perform(get("/insights/imports/mappings/new?from=freshdesk-csv").with(analystPage())).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Customer satisfaction\"")))
                .andExpect(content().string(containsString("Extremely Happy = 5")));
        var form = post("/insights/imports/mappings").with(analystPage()).with(csrf())
                .param("name", "Freshdesk in UTC").param("timezone", "UTC");
        for (TicketMapping.Rule rule : TicketMappingPresets.FRESHDESK_CSV.rules()) {
            form.param("source." + rule.field(), rule.source()).param("transform." + rule.field(), rule.transform().parameter());
        }
        form.param("values.channel", "Email = email\nPhone = phone\nPortal = web");
        form.param("values.csat", "Extremely Happy = 5\nUnhappy = 2");
        mvc.perform(form).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/insights/imports").with(analystPage())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Freshdesk in UTC");
        String id = JSON.readTree(mvc.perform(get("/api/v1/tickets/mappings/Freshdesk in UTC").with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.timezone").value("UTC"))
                .andReturn().getResponse().getContentAsString()).get("id").asText();

        String renamed = new String(sample("freshdesk-tickets.csv"), StandardCharsets.UTF_8).replace("77005", "77006").replace("2024-06-10", "2024-06-24");
        mvc.perform(multipart("/insights/imports").file(new MockMultipartFile("file", "fd.csv", "text/csv", renamed.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "tickets").param("mapping", id).with(analystPage()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(ticket(tickets("2024-06-24", "TH"), "7700601").get("createdAt").asText()).isEqualTo("2024-06-24T09:00:00Z");
    }

    @Test
    void errorsNameTheFilesColumn() throws Exception {
        String file = new String(sample("freshdesk-tickets.csv"), StandardCharsets.UTF_8)
                .replace("7700501", "7700901").replace("7700502", "7700902").replace("7700503", "7700903")
                .replace("00:20", "twenty").replace("Bangkok Sathorn", "Helpdesk Tier 2");
        mvc.perform(post("/api/v1/tickets/imports?mapping=freshdesk-csv").with(httpBasic("analyst", "demo")).contentType("text/csv").content(file))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.rejectedRows[0].column").value("Group"))
                .andExpect(jsonPath("$.rejectedRows[0].reason").value(containsString("'Helpdesk Tier 2' is not a known group")))
                .andExpect(jsonPath("$.rejectedRows[1].column").value("Group"));
        String noMarket = new String(sample("freshdesk-tickets.csv"), StandardCharsets.UTF_8).replace(",Market,", ",Country,");
        mvc.perform(post("/api/v1/tickets/imports?mapping=freshdesk-csv").with(httpBasic("analyst", "demo")).contentType("text/csv").content(noMarket))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("lacks the column 'Market' (for market) that mapping 'freshdesk-csv' reads")));
        String badMarket = new String(sample("zendesk-tickets.csv"), StandardCharsets.UTF_8).replace("9100001", "9100901")
                .replace("9100002", "9100902").replace("9100003", "9100903").replace("Malaysia", "Atlantis");
        mvc.perform(post("/api/v1/tickets/imports?mapping=zendesk-csv").with(httpBasic("analyst", "demo")).contentType("text/csv").content(badMarket))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.rejectedRows[0].column").value("Market [list]"))
                .andExpect(jsonPath("$.rejectedRows[0].reason").value("'Atlantis' is not a known market code"));
        mvc.perform(post("/api/v1/tickets/imports?mapping=nosuch").with(httpBasic("analyst", "demo")).contentType("text/csv").content(badMarket))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mapping"));
        mvc.perform(post("/api/v1/tickets/mappings").with(httpBasic("analyst", "demo")).contentType("application/json")
                        .content("{\"name\": \"half\", \"timezone\": \"Mars/Olympus\", \"fields\": [{\"field\": \"ticket_id\", \"source\": \"Id\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'timezone')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'fields[market].source')]").exists());
        mvc.perform(get("/api/v1/tickets/mappings").with(httpBasic("viewer", "demo"))).andExpect(status().isForbidden());
    }
}
