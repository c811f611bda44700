package dev.launchdesk.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.identity.UserAdministration;
import dev.launchdesk.reference.AgentDirectory;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Role;

/**
 * The training API end to end as the demo logins: a trainer builds a module from SOP sections and its questions,
 * assigns it; the agent studies, takes the quiz (no correct answers before submission), passes and is certified; bad
 * submissions change nothing; readiness and the assignment lists answer the contract; every role and vendor is held
 * to what it may do.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingApiWebTests {

    static final String ID_VARIANT = TrainingThroughTheApi.MASTER.replace("500 USD", "7.5 million IDR");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAdministration users;

    @Autowired
    AgentDirectory agents;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService logins;

    @Autowired
    VendorDirectory vendors;

    TrainingThroughTheApi training() {
        return new TrainingThroughTheApi(mvc, json);
    }

    @Test
    void anAgentStudiesTakesTheQuizWithoutTheAnswersAndPassing() throws Exception {
        TrainingThroughTheApi t = training();
        var sop = t.sop("ID", ID_VARIANT);
        UUID module = t.module(sop.key(), "ID");
        assertThat(t.assign(module, "trainer", "NCS-10001")).hasSize(1);
        assertThat(t.assign(module, "trainer", "NCS-10001")).as("open already: not assigned twice").isEmpty();
        UUID assignment = t.assignmentOf("agent", module);

        JsonNode study = t.read(mvc.perform(get("/api/v1/me/training/assignments/" + assignment + "/study").with(httpBasic("agent", "demo")))
                .andExpect(status().isOk()));
        assertThat(study.get("sections")).hasSize(2);
        assertThat(study.get("sections").get(0).get("text").asText()).contains("photo of the item");
        assertThat(study.get("notes").asText()).isEqualTo("Mind the photo.");

        String started = mvc.perform(post("/api/v1/me/training/assignments/" + assignment + "/attempts").with(httpBasic("agent", "demo")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(started).doesNotContain("correct").doesNotContain("explanation").doesNotContain("See the section");
        JsonNode attempt = json.readTree(started);
        assertThat(attempt.get("questions")).hasSize(2);
        mvc.perform(get("/api/v1/me/training").with(httpBasic("agent", "demo")))
                .andExpect(jsonPath("$[?(@.moduleId == '" + module + "')].status").value("IN_PROGRESS"));

        JsonNode result = t.read(t.postJson("/api/v1/me/training/attempts/" + attempt.get("attemptId").asText() + "/submission", "agent",
                Map.of("answers", t.answers(attempt, true))).andExpect(status().isOk()));
        assertThat(result.get("scorePercent").asInt()).isEqualTo(100);
        assertThat(result.get("passed").asBoolean()).isTrue();
        assertThat(result.get("certifiedUntil").asText()).isNotBlank();
        assertThat(result.get("questions").get(0).get("explanation").asText()).startsWith("See the section");

        t.postJson("/api/v1/me/training/attempts/" + attempt.get("attemptId").asText() + "/submission", "agent",
                        Map.of("answers", t.answers(attempt, false)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("submitted")));
        mvc.perform(get("/api/v1/me/training/attempts/" + attempt.get("attemptId").asText()).with(httpBasic("agent", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.scorePercent").value(100));
        mvc.perform(get("/api/v1/me/training").with(httpBasic("agent", "demo")))
                .andExpect(jsonPath("$[?(@.moduleId == '" + module + "')].status").value("CERTIFIED"));
        mvc.perform(get("/api/v1/training/assignments").param("agent", "NCS-10001").with(httpBasic("trainer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.moduleId == '" + module + "')].completedAt").isNotEmpty());
    }

    @Test
    void aFailedAttemptLeavesTheAgentInProgressAndTheAttemptsAllowedAreEnforced() throws Exception {
        TrainingThroughTheApi t = training();
        var sop = t.sop("ID", ID_VARIANT);
        UUID module = t.module(sop.key(), "ID");
        t.assign(module, "vendorlead", "NCS-10001");
        UUID assignment = t.assignmentOf("agent", module);
        for (int i = 0; i < 2; i++) {
            JsonNode attempt = t.read(mvc.perform(post("/api/v1/me/training/assignments/" + assignment + "/attempts")
                    .with(httpBasic("agent", "demo"))).andExpect(status().isCreated()));
            t.postJson("/api/v1/me/training/attempts/" + attempt.get("attemptId").asText() + "/submission", "agent",
                    Map.of("answers", t.answers(attempt, false))).andExpect(status().isOk()).andExpect(jsonPath("$.passed").value(false));
        }
        mvc.perform(post("/api/v1/me/training/assignments/" + assignment + "/attempts").with(httpBasic("agent", "demo")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("attempts")));
        mvc.perform(get("/api/v1/me/training").with(httpBasic("agent", "demo")))
                .andExpect(jsonPath("$[?(@.moduleId == '" + module + "')].status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$[?(@.moduleId == '" + module + "')].attemptsUsed").value(2));
    }

    @Test
    void lateSomeoneElsesAndMalformedSubmissionsChangeNothing() throws Exception {
        TrainingThroughTheApi t = training();
        var sop = t.sop("ID", ID_VARIANT);
        UUID module = t.module(sop.key(), "ID");
        t.assign(module, "trainer", "NCS-10001");
        UUID assignment = t.assignmentOf("agent", module);
        JsonNode attempt = t.read(mvc.perform(post("/api/v1/me/training/assignments/" + assignment + "/attempts")
                .with(httpBasic("agent", "demo"))).andExpect(status().isCreated()));
        String id = attempt.get("attemptId").asText();
        String submission = "/api/v1/me/training/attempts/" + id + "/submission";

        String other = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        UUID ncs = vendors.vendorNames().stream().filter(v -> v.code().equals("NCS")).findFirst().orElseThrow().id();
        users.seed(other, "Another agent", other + "@ncs.example", Role.AGENT, ncs, agents.agentByExternalId(ncs, "NCS-10002").orElseThrow().id(),
                "demo");
        t.postJson(submission, other, Map.of("answers", t.answers(attempt, true))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me/training/attempts/" + id).with(httpBasic(other, "demo"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me/training/assignments/" + assignment + "/study").with(httpBasic(other, "demo")))
                .andExpect(status().isNotFound());

        t.postJson(submission, "agent", Map.of("answers", List.of(Map.of("position", 9, "choices", List.of(0)))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("answers.9"));
        t.postJson(submission, "agent", Map.of("answers", List.of(Map.of("position", 1, "choices", List.of(0)),
                Map.of("position", 1, "choices", List.of(1))))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers[1].position"));

        jdbc.sql("update training_attempt set deadline = started_at where id = :id").param("id", UUID.fromString(id)).update();
        t.postJson(submission, "agent", Map.of("answers", t.answers(attempt, true))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("time limit")));

        assertThat(jdbc.sql("select count(*) from training_attempt where id = :id and submitted_at is null").param("id", UUID.fromString(id))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from training_attempt_question where attempt_id = :id and answer is not null")
                .param("id", UUID.fromString(id)).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from training_certification where attempt_id = :id").param("id", UUID.fromString(id))
                .query(Long.class).single()).isZero();
    }

    @Test
    void modulesAndQuestionsNameTheUnknownSection() throws Exception {
        TrainingThroughTheApi t = training();
        var sop = t.sop("ID", ID_VARIANT);
        t.postJson("/api/v1/training/modules", "trainer", Map.of("sopKey", sop.key(), "market", "ID", "title", "X",
                        "sections", List.of("refund-window", "no-such-section")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sections[1]"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("no-such-section")));
        t.postJson("/api/v1/training/modules", "trainer", Map.of("sopKey", sop.key(), "market", "ZZ", "title", "X",
                "sections", List.of("refund-window"))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("market"));
        t.postJson("/api/v1/training/modules", "trainer", Map.of("sopKey", sop.key(), "market", "ID", "title", "X",
                "sections", List.of("refund-window"), "passMarkPercent", 0)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("passMarkPercent"));
        t.postJson("/api/v1/training/questions", "trainer", Map.of("sopKey", sop.key(), "section", "nowhere", "kind", "TRUE_FALSE",
                        "prompt", "?", "options", List.of("True", "False"), "correct", List.of(0), "explanation", "x"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("section"));
        assertThat(jdbc.sql("select count(*) from training_module where sop_key = :k").param("k", sop.key()).query(Long.class).single()).isZero();
    }

    @Test
    void readinessAnswersTheContractForTheMarketAndVendor() throws Exception {
        TrainingThroughTheApi t = training();
        var sop = t.sop("ID", ID_VARIANT);
        UUID module = t.module(sop.key(), "ID");
        t.assign(module, "trainer", "NCS-10001", "NCS-10003");
        UUID assignment = t.assignmentOf("agent", module);
        JsonNode attempt = t.read(mvc.perform(post("/api/v1/me/training/assignments/" + assignment + "/attempts")
                .with(httpBasic("agent", "demo"))).andExpect(status().isCreated()));
        t.postJson("/api/v1/me/training/attempts/" + attempt.get("attemptId").asText() + "/submission", "agent",
                Map.of("answers", t.answers(attempt, true))).andExpect(status().isOk());

        mvc.perform(get("/api/v1/training/readiness").param("market", "ID").param("sopKey", sop.key()).with(httpBasic("gtm", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.market").value("ID"))
                .andExpect(jsonPath("$.requiredAgents").value(2))
                .andExpect(jsonPath("$.certifiedAgents").value(1))
                .andExpect(jsonPath("$.updateDueAgents").value(0))
                .andExpect(jsonPath("$.expiredAgents").value(0))
                .andExpect(jsonPath("$.readinessIndex").value(0.5))
                .andExpect(jsonPath("$.byVendor[0].vendor").value("NCS"))
                .andExpect(jsonPath("$.byVendor[0].requiredAgents").value(2))
                .andExpect(jsonPath("$.byVendor[0].certifiedAgents").value(1))
                .andExpect(jsonPath("$.byVendor[0].updateDueAgents").value(0))
                .andExpect(jsonPath("$.byVendor[0].expiredAgents").value(0));
        mvc.perform(get("/api/v1/training/readiness").param("market", "ID").param("sopKey", sop.key()).param("vendor", "NCS")
                        .with(httpBasic("vendorlead", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.requiredAgents").value(2));
        mvc.perform(get("/api/v1/training/assignments").param("market", "ID").param("status", "ASSIGNED").with(httpBasic("trainer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.moduleId == '" + module + "')].agent").value("NCS-10003"));
        mvc.perform(get("/api/v1/training/assignments").param("market", "ID").param("status", "READY").with(httpBasic("trainer", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/training/assignments").with(httpBasic("trainer", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("market"));
        mvc.perform(get("/api/v1/training/readiness").param("market", "XX").with(httpBasic("trainer", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("market"));
    }

    @Test
    void theAgentsMyTrainingPageListsTheirModulesInTheirLanguage() throws Exception {
        TrainingThroughTheApi t = training();
        var sop = t.sop("ID", ID_VARIANT);
        UUID module = t.module(sop.key(), "ID");
        t.assign(module, "trainer", "NCS-10001");
        String page = mvc.perform(get("/my/training").with(user(logins.loadUserByUsername("agent"))).header("Accept-Language", "id"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Pelatihan saya", "Refund disputes " + sop.key(), "Ditugaskan");
        mvc.perform(get("/my/training").with(user(logins.loadUserByUsername("trainer")))).andExpect(status().isForbidden());
    }

    @Test
    void theDemoTellsTheInsightsStoryLumensManilaTeamHasNotDoneMalaysiasRefundUpdate() throws Exception {
        JsonNode readiness = t().read(mvc.perform(get("/api/v1/training/readiness").param("market", "MY").param("sopKey", "SPS-RFD-001")
                .with(httpBasic("gtm", "demo"))).andExpect(status().isOk()));
        JsonNode lumen = null;
        JsonNode ncs = null;
        for (JsonNode row : readiness.get("byVendor")) {
            lumen = row.get("vendor").asText().equals("LUMEN") ? row : lumen;
            ncs = row.get("vendor").asText().equals("NCS") ? row : ncs;
        }
        assertThat(lumen.get("updateDueAgents").asInt()).isGreaterThan(40);
        assertThat(lumen.get("certifiedAgents").asInt()).isZero();
        assertThat(ncs.get("certifiedAgents").asInt()).isGreaterThan(20);
        assertThat(ncs.get("expiredAgents").asInt()).isPositive();
        assertThat(readiness.get("readinessIndex").asDouble()).isBetween(0.1, 0.6);
        mvc.perform(get("/api/v1/training/assignments").param("market", "MY").param("status", "UPDATE_DUE").with(httpBasic("vendorlead", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.vendor == 'LUMEN')]").isEmpty());
    }

    private TrainingThroughTheApi t() {
        return training();
    }

    @Test
    void eachRoleAndVendorIsHeldToWhatItMayDo() throws Exception {
        TrainingThroughTheApi t = training();
        var sop = t.sop("ID", ID_VARIANT);
        UUID module = t.module(sop.key(), "ID");
        Map<String, Object> newModule = Map.of("sopKey", sop.key(), "market", "ID", "title", "X", "sections", List.of("refund-window"));
        for (String user : List.of("agent", "vendorlead", "viewer", "gtm", "sopeditor")) {
            t.postJson("/api/v1/training/modules", user, newModule).andExpect(status().isForbidden());
        }
        for (String user : List.of("agent", "viewer", "gtm")) {
            t.postJson("/api/v1/training/modules/" + module + "/assignments", user, Map.of("agents", List.of("NCS-10001"),
                    "dueOn", java.time.LocalDate.now().plusDays(3).toString())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/training/readiness").param("market", "ID").with(httpBasic("agent", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/training/assignments").param("market", "ID").with(httpBasic("agent", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/training/questions").with(httpBasic("agent", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/training/questions").with(httpBasic("vendorlead", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me/training").with(httpBasic("trainer", "demo"))).andExpect(status().isForbidden());

        // the vendor lead (NCS) assigns NCS agents, never another vendor's: refused as a whole, nothing written
        t.postJson("/api/v1/training/modules/" + module + "/assignments", "vendorlead", Map.of("agents", List.of("NCS-10004", "LUMEN-10001"),
                        "dueOn", java.time.LocalDate.now().plusDays(3).toString()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.agents[0]").value("LUMEN-10001"));
        assertThat(jdbc.sql("select count(*) from training_assignment where module_id = :m").param("m", module).query(Long.class).single())
                .isZero();
        mvc.perform(get("/api/v1/training/readiness").param("market", "PH").param("vendor", "LUMEN").with(httpBasic("vendorlead", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/training/assignments").param("agent", "LUMEN-10001").with(httpBasic("vendorlead", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/training/assignments").param("agent", "LUMEN-10001").with(httpBasic("trainer", "demo")))
                .andExpect(status().isOk());
        t.postJson("/api/v1/training/modules/" + module + "/assignments", "trainer", Map.of("agents", List.of("LUMEN-10001"),
                        "dueOn", java.time.LocalDate.now().plusDays(3).toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("serve ID")));
        t.postJson("/api/v1/training/modules/" + module + "/assignment-rules", "vendorlead", Map.of("skill", "refunds"))
                .andExpect(status().isForbidden());
    }
}
