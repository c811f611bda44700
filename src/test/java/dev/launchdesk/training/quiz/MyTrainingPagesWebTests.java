package dev.launchdesk.training.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.identity.UserAdministration;
import dev.launchdesk.reference.AgentDirectory;
import dev.launchdesk.reference.VendorDirectory;
import dev.launchdesk.shared.Role;
import dev.launchdesk.training.TrainingThroughTheApi;

/**
 * The agent's study, quiz and result pages as the demo agent (Budi, NCS-10001): the study text rendered from Markdown
 * with the trainer's notes; a quiz started by POST, shown as plain form fields without the answers; a submission by
 * form scored on the server; the result with the correct answers and explanations; a late submission refused with the
 * server's text; a delta's redline and an informational change acknowledged; other people's and other roles refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MyTrainingPagesWebTests {

    static final String ID_VARIANT = TrainingThroughTheApi.MASTER
            .replace("Ask the buyer for a photo of the item received.", "Ask the buyer for a **photo** of the item received.")
            .replace("500 USD", "7.5 million IDR");

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService logins;

    @Autowired
    UserAdministration users;

    @Autowired
    AgentDirectory agents;

    @Autowired
    VendorDirectory vendors;

    record Setup(TrainingThroughTheApi t, TrainingThroughTheApi.Sop sop, UUID module, UUID assignment) {
    }

    Setup assigned() throws Exception {
        TrainingThroughTheApi t = new TrainingThroughTheApi(mvc, json);
        var sop = t.sop("ID", ID_VARIANT);
        UUID module = t.module(sop.key(), "ID");
        t.assign(module, "trainer", "NCS-10001");
        return new Setup(t, sop, module, t.assignmentOf("agent", module));
    }

    @Test
    void theStudyPageRendersTheSectionsTheQuizHidesTheAnswersAndAPassCertifies() throws Exception {
        Setup s = assigned();
        String study = page(asAgent(get("/my/training/assignments/" + s.assignment())));
        assertThat(study).contains("<p>Ask the buyer for a <strong>photo</strong> of the item received.</p>", "Mind the photo.",
                        "id=\"section-wrong-or-missing-item\"", "Pass mark 100 %. Time limit 20 minutes. Attempts used: 0 of 2.", "Start the quiz")
                .doesNotContain("**photo**").doesNotContain("Escalate disputes");
        assertThat(page(asAgent(get("/my/training")))).contains("/my/training/assignments/" + s.assignment());

        UUID attempt = start(s.assignment());
        String quiz = page(asAgent(get("/my/training/attempts/" + attempt)));
        assertThat(quiz).contains(TrainingThroughTheApi.SINGLE_PROMPT, "type=\"radio\" name=\"q1\"", "name=\"q2\"", "Submit answers",
                        "Question 1 of 2", "href=\"/my/training/assignments/" + s.assignment() + "\"")
                .containsPattern("data-seconds-left=\"1(1\\d\\d|200)\"")
                .doesNotContain("See the section").doesNotContain("correct").doesNotContain("checked");
        assertThat(start(s.assignment())).as("starting again goes back to the attempt still running").isEqualTo(attempt);
        assertThat(page(asAgent(get("/my/training/assignments/" + s.assignment())))).contains("Continue the quiz", "Attempts used: 1 of 2.");

        submit(attempt, true)
                .andExpect(status().isFound()).andExpect(redirectedUrl("/my/training/attempts/" + attempt));
        String result = page(asAgent(get("/my/training/attempts/" + attempt)));
        assertThat(result).contains("Passed", "Your score: 100 % (pass mark 100 %)", "You are certified until", "Certified",
                "See the section wrong-or-missing-item", "A photo of the item",
                "/my/training/assignments/" + s.assignment() + "#section-wrong-or-missing-item").doesNotContain("attempts left");
        assertThat(page(asAgent(get("/my/training/assignments/" + s.assignment())))).contains("This assignment is complete.")
                .doesNotContain("Start the quiz");
    }

    @Test
    void aFailedAttemptShowsTheCorrectAnswersTheExplanationsAndTheAttemptsLeftInIndonesian() throws Exception {
        Setup s = assigned();
        UUID attempt = start(s.assignment());
        submit(attempt, false)
                .andExpect(status().isFound());
        String result = page(asAgent(get("/my/training/attempts/" + attempt)).header("Accept-Language", "id"));
        assertThat(result).contains("Belum lulus", "Nilai Anda: 0 % (nilai lulus 100 %)", "Sisa 1 percobaan.", "Jawaban yang benar",
                "Jawaban Anda", "Salah", "See the section refund-window", "Pelajari lagi dan coba lagi", "Sedang berjalan");
        assertThat(page(asAgent(get("/my/training/attempts/" + attempt)).header("Accept-Language", "th")))
                .contains("ไม่ผ่าน", "คะแนนของคุณ: 0 % (เกณฑ์ผ่าน 100 %)", "เหลือสิทธิ์อีก 1 ครั้ง", "คำตอบที่ถูกต้อง");
        assertThat(page(asAgent(get("/my/training/assignments/" + s.assignment())).header("Accept-Language", "th")))
                .contains("เริ่มทำแบบทดสอบ", "บันทึกจากผู้ฝึกสอน", "ใช้สิทธิ์ทำไปแล้ว 1 จาก 2 ครั้ง");

        UUID second = start(s.assignment());
        submit(second, false)
                .andExpect(status().isFound());
        assertThat(page(asAgent(get("/my/training/attempts/" + second)))).contains("No attempts left");
        mvc.perform(asAgent(post("/my/training/assignments/" + s.assignment() + "/attempts")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/my/training/assignments/" + s.assignment()))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("All 2 attempts")));
        assertThat(page(asAgent(get("/my/training/assignments/" + s.assignment())))).contains("All attempts are used.")
                .doesNotContain("Start the quiz");
    }

    @Test
    void aLateOrSecondSubmissionShowsTheServersTextAndChangesNothing() throws Exception {
        Setup s = assigned();
        UUID attempt = start(s.assignment());
        jdbc.sql("update training_attempt set deadline = :past where id = :id").param("id", attempt)
                .param("past", java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60))).update();

        mvc.perform(asAgent(post("/my/training/attempts/" + attempt + "/submission")).with(csrf()).params(form(attempt, true))
                        .header("Accept-Language", "id"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/my/training/attempts/" + attempt))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.startsWith("Batas waktu percobaan ini berakhir pada")));
        assertThat(jdbc.sql("select count(*) from training_attempt where id = :id and submitted_at is null").param("id", attempt)
                .query(Long.class).single()).as("not submitted").isEqualTo(1);
        String late = page(asAgent(get("/my/training/attempts/" + attempt)).header("Accept-Language", "id"));
        assertThat(late).contains("Batas waktu sudah lewat", "Kembali ke halaman belajar").doesNotContain("Kirim jawaban")
                .doesNotContain("data-seconds-left");

        UUID next = start(s.assignment());
        submit(next, true)
                .andExpect(status().isFound());
        submit(next, false)
                .andExpect(status().isFound()).andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("submitted")));
        assertThat(page(asAgent(get("/my/training/attempts/" + next)))).contains("Your score: 100 %");

        mvc.perform(asAgent(post("/my/training/attempts/" + attempt + "/submission")).with(csrf()).param("q1", "first"))
                .andExpect(status().isFound()).andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("not first")));
    }

    @Test
    void aDeltaShowsTheRedlineOfTheChangedSectionAndAnInformationalOneIsAcknowledged() throws Exception {
        Setup s = assigned();
        UUID attempt = start(s.assignment());
        submit(attempt, true)
                .andExpect(status().isFound());
        s.t().revise(s.sop().variant(), ID_VARIANT.replace("Refund within 15 days of delivery.", "Refund within 30 days of delivery."));
        JsonNode delta = Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> deltaOf(s.module()), d -> d != null);

        UUID deltaAssignment = UUID.fromString(delta.get("assignmentId").asText());
        String study = page(asAgent(get("/my/training/assignments/" + deltaAssignment)));
        assertThat(study).contains("Only what changed is shown", "class=\"data diff\"", "<del>15</del>", "<ins>30</ins>",
                "id=\"section-refund-window\"", "Start the quiz").doesNotContain("section-wrong-or-missing-item");
        assertThat(page(asAgent(get("/my/training")))).contains("Study the changes", "/my/training/assignments/" + deltaAssignment);

        mvc.perform(post("/api/v1/training/modules/" + delta.get("moduleId").asText() + "/informational").with(httpBasic("trainer", "demo")))
                .andExpect(status().isOk());
        assertThat(page(asAgent(get("/my/training/assignments/" + deltaAssignment)).header("Accept-Language", "id")))
                .contains("Perubahan ini hanya untuk informasi", "Sudah saya baca").doesNotContain("Mulai kuis");
        mvc.perform(asAgent(post("/my/training/assignments/" + deltaAssignment + "/attempts")).with(csrf()))
                .andExpect(status().isFound()).andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("informational")));
        mvc.perform(asAgent(post("/my/training/assignments/" + deltaAssignment + "/acknowledgement")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/my/training"))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith("Acknowledged")));
        assertThat(deltaOf(s.module())).isNull();
        mvc.perform(asAgent(post("/my/training/assignments/" + deltaAssignment + "/acknowledgement")).with(csrf()))
                .andExpect(status().isFound()).andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("acknowledged on")));
    }

    @Test
    void someoneElsesAssignmentsAndAttemptsAreNotFoundAndOtherRolesAreRefused() throws Exception {
        Setup s = assigned();
        UUID attempt = start(s.assignment());
        String other = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        UUID ncs = vendors.vendorNames().stream().filter(v -> v.code().equals("NCS")).findFirst().orElseThrow().id();
        users.seed(other, "Another agent", other + "@ncs.example", Role.AGENT, ncs, agents.agentByExternalId(ncs, "NCS-10002").orElseThrow().id(),
                "demo");
        var otherAgent = user(logins.loadUserByUsername(other));
        String notFound = mvc.perform(get("/my/training/attempts/" + attempt).with(otherAgent)).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(notFound).doesNotContain(TrainingThroughTheApi.SINGLE_PROMPT).doesNotContain("Refund disputes");
        mvc.perform(get("/my/training/assignments/" + s.assignment()).with(otherAgent)).andExpect(status().isNotFound());
        mvc.perform(post("/my/training/assignments/" + s.assignment() + "/attempts").with(otherAgent).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/my/training/attempts/" + attempt + "/submission").with(otherAgent).with(csrf()).params(form(attempt, true)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/my/training/assignments/" + s.assignment() + "/acknowledgement").with(otherAgent).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/my/training/attempts/" + UUID.randomUUID()).with(user(logins.loadUserByUsername("agent")))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from training_attempt where assignment_id = :a").param("a", s.assignment()).query(Long.class).single())
                .as("nothing started for someone else").isEqualTo(1);

        for (String role : List.of("trainer", "vendorlead", "gtm", "viewer", "admin")) {
            var login = user(logins.loadUserByUsername(role));
            mvc.perform(get("/my/training/assignments/" + s.assignment()).with(login)).andExpect(status().isForbidden());
            mvc.perform(get("/my/training/attempts/" + attempt).with(login)).andExpect(status().isForbidden());
            mvc.perform(post("/my/training/assignments/" + s.assignment() + "/attempts").with(login).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/my/training/attempts/" + attempt + "/submission").with(login).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/my/training/assignments/" + s.assignment() + "/acknowledgement").with(login).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(asAgent(post("/my/training/attempts/" + attempt + "/submission")).params(form(attempt, true)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from training_attempt where id = :id and submitted_at is null").param("id", attempt)
                .query(Long.class).single()).as("without the CSRF token nothing is submitted").isEqualTo(1);
    }

    /** Submits the page's form answering every question right (or wrong). */
    private org.springframework.test.web.servlet.ResultActions submit(UUID attempt, boolean right) throws Exception {
        return mvc.perform(asAgent(post("/my/training/attempts/" + attempt + "/submission")).with(csrf()).params(form(attempt, right)));
    }

    /** Starts (or goes back to) the attempt through the page's form; the attempt id it redirects to. */
    private UUID start(UUID assignment) throws Exception {
        String to = mvc.perform(asAgent(post("/my/training/assignments/" + assignment + "/attempts")).with(csrf()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(to).startsWith("/my/training/attempts/");
        return UUID.fromString(to.substring("/my/training/attempts/".length()));
    }

    /** The form fields answering every question right (or wrong), from the attempt as the API gives it, never the page. */
    private org.springframework.util.MultiValueMap<String, String> form(UUID attempt, boolean right) throws Exception {
        TrainingThroughTheApi t = new TrainingThroughTheApi(mvc, json);
        JsonNode view = t.read(mvc.perform(get("/api/v1/me/training/attempts/" + attempt).with(httpBasic("agent", "demo"))));
        var fields = new org.springframework.util.LinkedMultiValueMap<String, String>();
        for (Map<String, Object> answer : t.answers(view, right)) {
            for (Object choice : (List<?>) answer.get("choices")) {
                fields.add("q" + answer.get("position"), String.valueOf(choice));
            }
        }
        return fields;
    }

    /** The agent's open delta of the module, from My training (null when none is open). */
    private JsonNode deltaOf(UUID module) throws Exception {
        JsonNode items = json.readTree(mvc.perform(get("/api/v1/me/training").with(httpBasic("agent", "demo"))).andReturn().getResponse()
                .getContentAsString());
        for (JsonNode item : items) {
            if (item.get("moduleId").asText().equals(module.toString()) && item.hasNonNull("delta")) {
                return item.get("delta");
            }
        }
        return null;
    }

    private MockHttpServletRequestBuilder asAgent(MockHttpServletRequestBuilder request) {
        return request.with(user(logins.loadUserByUsername("agent")));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
