package dev.launchdesk.training.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.identity.UserAdministration;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Role;
import dev.launchdesk.training.TrainingThroughTheApi;

/**
 * GET /api/v1/training/xapi/statements: the attempts agents finished, as xAPI statements a learning record store
 * accepts (every statement checked by {@link XapiConformance}), the same statement id every time it is read, pages
 * that name the next one, a vendor lead's own vendor's agents only, bad input answered with a problem.
 */
@SpringBootTest
@AutoConfigureMockMvc
class XapiApiWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    UserAdministration users;

    @Autowired
    VendorDirectory vendors;

    @Test
    void aPassedAndAFailedAttemptAreStatementsALearningRecordStoreAccepts() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        TrainingThroughTheApi t = new TrainingThroughTheApi(mvc, json);
        var sop = t.sop("ID", TrainingThroughTheApi.MASTER);
        UUID module = t.module(sop.key(), "ID");
        t.assign(module, "trainer", "NCS-10001");
        UUID assignment = t.assignmentOf("agent", module);
        String failed = attempt(t, assignment, false);
        String passed = attempt(t, assignment, true);

        JsonNode page = read("trainer", before.toString(), null);
        List<JsonNode> ours = new ArrayList<>();
        for (JsonNode statement : page.get("statements")) {
            assertThat(XapiConformance.problems(statement)).as(statement.toString()).isEmpty();
            if (statement.at("/object/id").asText().endsWith("/xapi/activities/modules/" + module)) {
                ours.add(statement);
            }
        }
        assertThat(ours).hasSize(2);
        JsonNode first = ours.get(0);
        assertThat(first.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/failed");
        assertThat(first.at("/result/success").asBoolean()).isFalse();
        assertThat(first.at("/result/score/raw").asInt()).isZero();
        assertThat(first.at("/result/score/max").asInt()).isEqualTo(2);
        assertThat(first.get("id").asText()).isEqualTo(XapiStatements.statementId("attempt:" + failed).toString());
        JsonNode second = ours.get(1);
        assertThat(second.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/passed");
        assertThat(second.at("/result/score/scaled").asDouble()).isEqualTo(1.0);
        assertThat(second.at("/result/duration").asText()).startsWith("PT");
        assertThat(second.at("/actor/account/name").asText()).isEqualTo("NCS/NCS-10001");
        assertThat(URI.create(second.at("/actor/account/homePage").asText()).isAbsolute()).isTrue();
        assertThat(second.at("/object/definition/name/en").asText()).isEqualTo("Refund disputes " + sop.key());
        assertThat(second.at("/context/platform").asText()).isEqualTo("LaunchDesk");
        assertThat(second.get("id").asText()).isEqualTo(XapiStatements.statementId("attempt:" + passed).toString());
        assertThat(page.get("more").asText()).isEmpty();

        JsonNode again = read("admin", before.toString(), null);
        assertThat(again.get("statements").toString()).as("read again: the same statements, the same ids")
                .contains(first.get("id").asText(), second.get("id").asText());

        JsonNode onePage = read("trainer", before.toString(), 1);
        assertThat(onePage.get("statements")).hasSize(1);
        assertThat(onePage.get("more").asText()).startsWith(XapiApi.PATH + "?since=").contains("limit=1");
        JsonNode next = json.readTree(mvc.perform(get(onePage.get("more").asText()).with(httpBasic("trainer", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(next.get("statements")).isNotEmpty();

        assertThat(read("vendorlead", before.toString(), null).get("statements").toString()).contains(second.get("id").asText());
        String lumenLead = "lumenlead-" + UUID.randomUUID().toString().substring(0, 8);
        UUID lumen = vendors.vendorNames().stream().filter(v -> v.code().equals("LUMEN")).findFirst().orElseThrow().id();
        users.seed(lumenLead, "Lumen lead", lumenLead + "@lumen.example", Role.VENDOR_LEAD, lumen, null, "demo");
        assertThat(read(lumenLead, before.toString(), null).get("statements").toString()).as("another vendor's agents: not read")
                .doesNotContain(second.get("id").asText()).doesNotContain(first.get("id").asText());
    }

    @Test
    void agentsAndStrangersAreRefusedAndBadInputIsAProblem() throws Exception {
        mvc.perform(get(XapiApi.PATH).with(httpBasic("agent", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get(XapiApi.PATH)).andExpect(status().isUnauthorized());
        mvc.perform(get(XapiApi.PATH).param("since", "last tuesday").with(httpBasic("trainer", "demo"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("since"));
        mvc.perform(get(XapiApi.PATH).param("limit", "0").with(httpBasic("trainer", "demo"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        mvc.perform(get(XapiApi.PATH).param("since", "2099-01-01").with(httpBasic("gtm", "demo"))).andExpect(status().isOk())
                .andExpect(header().string("X-Experience-API-Version", "1.0.3"))
                .andExpect(jsonPath("$.statements").isEmpty()).andExpect(jsonPath("$.more").value(""));
    }

    @Test
    void thePropertiesDefaultToWhatRunsOutOfTheBoxAndRefuseAPageSizeOutOfRange() {
        XapiProperties defaults = new XapiProperties(URI.create(""), null, null, null);
        assertThat(defaults.activityBase()).isNull();
        assertThat(defaults.pageSize()).isEqualTo(1000);
        assertThatThrownBy(() -> new XapiProperties(null, null, null, 0)).hasMessageContaining("page-size");
        assertThatThrownBy(() -> new XapiSettings(URI.create("https://lrs.example/no-slash"), null)).hasMessageContaining("ending in /");
    }

    private String attempt(TrainingThroughTheApi t, UUID assignment, boolean right) throws Exception {
        JsonNode attempt = t.read(mvc.perform(post("/api/v1/me/training/assignments/" + assignment + "/attempts").with(httpBasic("agent", "demo")))
                .andExpect(status().isCreated()));
        String id = attempt.get("attemptId").asText();
        t.postJson("/api/v1/me/training/attempts/" + id + "/submission", "agent", Map.of("answers", t.answers(attempt, right)))
                .andExpect(status().isOk());
        return id;
    }

    private JsonNode read(String user, String since, Integer limit) throws Exception {
        var request = get(XapiApi.PATH).param("since", since).with(httpBasic(user, "demo"));
        if (limit != null) {
            request.param("limit", String.valueOf(limit));
        }
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
