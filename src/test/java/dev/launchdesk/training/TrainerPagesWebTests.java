package dev.launchdesk.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.training.bank.QuestionBank;
import dev.launchdesk.training.bank.formats.BankDefaults;
import dev.launchdesk.training.bank.formats.BankWorkbook;

/**
 * The trainer's pages as the demo logins: the modules list, a module, the module form (sections picked from the SOP in
 * force, problems shown on the form, nothing written by a bad form or Cancel), the question bank per section (write,
 * revise, review, import, export) and the assignments page (by name, by rule, vendor leads only their own vendor).
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrainerPagesWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService logins;

    @Autowired
    QuestionBank bank;

    RequestPostProcessor as(String username) {
        return user(logins.loadUserByUsername(username));
    }

    long modulesOf(String key) {
        return jdbc.sql("select count(*) from training_module where sop_key = :k").param("k", key).query(Long.class).single();
    }

    @Test
    void aTrainerBuildsAModuleFromTheSectionsOfTheSopInForceAndChangesIt() throws Exception {
        String key = new TrainingThroughTheApi(mvc, json).sop("ID", TrainingApiWebTests.ID_VARIANT).key();
        mvc.perform(get("/training/modules/new").with(as("trainer"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(key), containsString("Show its sections"), not(containsString("name=\"sections\"")))));
        mvc.perform(get("/training/modules/new").param("sopKey", key).param("market", "ID").with(as("trainer"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"wrong-or-missing-item\""), containsString("value=\"refund-window\""),
                        containsString("href=\"/training/modules\""))));
        assertThat(modulesOf(key)).as("showing the form and Cancel write nothing").isZero();

        mvc.perform(post("/training/modules").with(as("trainer")).with(csrf()).param("sopKey", key).param("market", "ID").param("title", " ")
                        .param("sections", "refund-window").param("passMarkPercent", "eighty"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("must be a whole number, not “eighty”"), containsString("value=\"refund-window\" checked"))));
        mvc.perform(post("/training/modules").with(as("trainer")).with(csrf()).param("sopKey", key).param("market", "ID").param("title", " ")
                        .param("passMarkPercent", "80"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("class=\"field invalid\"")));
        mvc.perform(post("/training/modules").with(as("trainer")).with(csrf()).param("sopKey", key).param("market", "ID").param("title", "Disputes")
                        .param("sections", "refund-window").param("passMarkPercent", "120"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("must be from 1 to 100, not 120")));
        assertThat(modulesOf(key)).as("a bad form writes nothing").isZero();

        String location = mvc.perform(post("/training/modules").with(as("trainer")).with(csrf()).param("sopKey", key).param("market", "ID")
                        .param("title", "Disputes " + key).param("notes", "Line one\r\nLine two").param("sections", "refund-window", "wrong-or-missing-item")
                        .param("questionsPerSection", "1").param("passMarkPercent", "75").param("attemptsAllowed", "2")
                        .param("timeLimitMinutes", "15").param("validityMonths", "6"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/training/modules/*"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select notes from training_module where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Line one\nLine two");
        assertThat(jdbc.sql("select shuffle from training_module where id = :id").param("id", id).query(Boolean.class).single())
                .as("an unticked checkbox is no shuffle").isFalse();
        mvc.perform(get(location).with(as("gtm"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Disputes " + key), containsString("1 question(s) per section, pass mark 75 %, 2 attempt(s), 15 minutes"),
                        containsString("6 months"), containsString("#refund-window"), containsString(key + " v1"), containsString("Current"),
                        not(containsString("Edit module")))));
        mvc.perform(get("/training/modules").param("sopKey", key).with(as("vendorlead"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Disputes " + key)));
        mvc.perform(get("/training/modules").param("state", "SOP_CHANGED").param("sopKey", key).with(as("trainer")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Disputes " + key))));
        mvc.perform(get("/training/modules").param("state", "happy").with(as("trainer"))).andExpect(status().isBadRequest());

        mvc.perform(get(location + "/edit").with(as("trainer"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"refund-window\" checked"), containsString("Line one\nLine two"))));
        mvc.perform(post(location).with(as("trainer")).with(csrf()).param("title", "Disputes " + key + " (short)").param("sections", "escalation")
                        .param("sopKey", "SPS-RFD-001").param("market", "MY").param("passMarkPercent", "90").param("shuffle", "true"))
                .andExpect(redirectedUrl(location)).andExpect(flash().attributeExists("notice"));
        var changed = json.readTree(mvc.perform(get("/api/v1/training/modules/" + id).with(as("trainer"))).andReturn().getResponse().getContentAsString());
        assertThat(changed.get("module").get("sopKey").asText()).as("the SOP and market stay").isEqualTo(key);
        assertThat(changed.get("module").get("marketCode").asText()).isEqualTo("ID");
        assertThat(changed.get("module").get("sections")).hasSize(1);
        assertThat(changed.get("module").get("policy").get("passMarkPercent").asInt()).isEqualTo(90);
        assertThat(changed.get("module").get("policy").get("shuffle").asBoolean()).isTrue();
        mvc.perform(post(location).with(as("trainer")).with(csrf()).param("title", "X").param("sections", "nowhere"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("nowhere")));

        mvc.perform(post(location + "/informational").with(as("trainer")).with(csrf())).andExpect(redirectedUrl(location))
                .andExpect(flash().attribute("problem", containsString("only the delta module")));
        for (String other : List.of("gtm", "vendorlead", "agent", "sopeditor")) {
            mvc.perform(get("/training/modules/new").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(post(location).with(as(other)).with(csrf()).param("title", "Mine")).andExpect(status().isForbidden());
            mvc.perform(post(location + "/informational").with(as(other)).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/training/modules").with(as("agent"))).andExpect(status().isForbidden());
        mvc.perform(get(location).with(as("agent"))).andExpect(status().isForbidden());
        assertThat(changed.get("module").get("title").asText()).endsWith("(short)");
    }

    @Test
    void aDeltaModuleShowsTheTextBeforeTheChangeAndIsNotEdited() throws Exception {
        UUID delta = jdbc.sql("select id from training_module where base_module_id is not null order by created_at limit 1")
                .query(UUID.class).single();
        mvc.perform(get("/training/modules/" + delta).with(as("trainer"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Before the change"), containsString("Delta module"),
                        containsString("Mark informational"))));
        mvc.perform(get("/training/modules/" + delta + "/edit").with(as("trainer"))).andExpect(redirectedUrl("/training/modules/" + delta))
                .andExpect(flash().attribute("problem", containsString("cannot be edited")));
        mvc.perform(get("/training/modules/" + UUID.randomUUID()).with(as("trainer"))).andExpect(status().isNotFound());
    }

    @Test
    void theQuestionBankPageWritesRevisesReviewsImportsAndExports() throws Exception {
        String key = new TrainingThroughTheApi(mvc, json).sop("ID", TrainingApiWebTests.ID_VARIANT).key();
        mvc.perform(get("/training/questions").param("sopKey", key).param("section", "refund-window").with(as("trainer"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No questions here yet."), containsString("New question"))));
        mvc.perform(get("/training/questions/new").param("sopKey", key).param("section", "refund-window").with(as("trainer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"options\"")));

        mvc.perform(post("/training/questions").with(as("trainer")).with(csrf()).param("sopKey", key).param("section", "refund-window")
                        .param("kind", "SINGLE_CHOICE").param("prompt", "How long?").param("options", "15 days", "30 days", "", "", "", "")
                        .param("explanation", "Refund window."))
                .andExpect(status().isOk()).andExpect(content().string(containsString("class=\"field invalid\"")));
        assertThat(bank.list(key, null)).as("a question without a correct option is not stored").isEmpty();

        mvc.perform(post("/training/questions").with(as("trainer")).with(csrf()).param("sopKey", key).param("section", "refund-window")
                        .param("kind", "SINGLE_CHOICE").param("prompt", "How long\r\nafter delivery?").param("options", "15 days", "30 days", "", "", "", "")
                        .param("correct", "0").param("explanation", "Refund window."))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));
        mvc.perform(post("/training/questions").with(as("trainer")).with(csrf()).param("sopKey", key).param("section", "refund-window")
                        .param("kind", "TRUE_FALSE").param("prompt", "Refunds after 30 days are fine.").param("statement", "false")
                        .param("explanation", "Refund window."))
                .andExpect(status().is3xxRedirection());
        List<QuestionBank.BankedQuestion> written = bank.list(key, null);
        assertThat(written).hasSize(2);
        QuestionBank.BankedQuestion single = written.stream().filter(q -> q.current().kind().name().equals("SINGLE_CHOICE")).findFirst().orElseThrow();
        assertThat(single.current().prompt()).isEqualTo("How long\nafter delivery?");
        QuestionBank.BankedQuestion trueFalse = written.stream().filter(q -> q.current().kind().name().equals("TRUE_FALSE")).findFirst().orElseThrow();
        assertThat(trueFalse.current().options()).containsExactly("True", "False");
        assertThat(trueFalse.current().correct()).containsExactly(1);

        UUID id = single.question().id();
        mvc.perform(get("/training/questions/" + id + "/edit").with(as("trainer"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"15 days\""), containsString("v1"))));
        mvc.perform(post("/training/questions/" + id).with(as("trainer")).with(csrf()).param("sopKey", key).param("section", "refund-window")
                        .param("kind", "MULTIPLE_CHOICE").param("prompt", "Which hold?").param("options", "15 days", "From delivery", "", "", "", "")
                        .param("correct", "0", "1").param("explanation", "Refund window."))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", containsString("version 2")));
        assertThat(bank.banked(id).current().version()).isEqualTo(2);
        assertThat(bank.versions(id)).extracting(v -> v.prompt()).containsExactly("Which hold?", "How long\nafter delivery?");

        bank.flagForReview(key, List.of("refund-window"), key + " v2 changed the section");
        mvc.perform(get("/training/questions").param("review", "true").with(as("trainer"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Which hold?"), containsString("Still right: keep it"))));
        mvc.perform(post("/training/questions/" + id + "/review").with(as("trainer")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(bank.banked(id).question().needsReview()).isFalse();

        MockMultipartFile gift = new MockMultipartFile("file", "bank.gift", "text/plain",
                "::Esc::Escalate disputes above 500 USD?{T####Escalation.}".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/training/questions/import").file(gift).param("sopKey", key).param("section", "escalation").param("language", "en")
                        .with(as("trainer")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", containsString("1 added")));
        MockMultipartFile bad = new MockMultipartFile("file", "bank.gift", "text/plain",
                "::Esc::Escalate?{T####Escalation.}\n\n::Num::How many? {#15}".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/training/questions/import").file(bad).param("sopKey", key).param("section", "escalation")
                        .with(as("trainer")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("numeric questions are not supported"),
                        containsString("::Num::"))));
        assertThat(bank.list(key, null)).as("the rejected file imported nothing").hasSize(3);

        byte[] xlsx = mvc.perform(get("/training/questions/export").param("sopKey", key).param("format", "xlsx").with(as("trainer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(BankWorkbook.read(xlsx, BankDefaults.inLanguage("en")).acceptedQuestions()).hasSize(3);

        for (String other : List.of("gtm", "vendorlead", "agent")) {
            mvc.perform(get("/training/questions").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/training/questions/" + id + "/review").with(as(other)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(multipart("/training/questions/import").file(gift).with(as(other)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/training/questions/export").param("sopKey", key).with(as(other))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/training/questions").param("sopKey", "NOPE-999").with(as("trainer"))).andExpect(status().isBadRequest());
        mvc.perform(get("/training/questions/" + UUID.randomUUID() + "/edit").with(as("trainer"))).andExpect(status().isNotFound());
    }

    @Test
    void assignmentsByNameAndRuleAndVendorLeadsOnlyWithinTheirVendor() throws Exception {
        TrainingThroughTheApi t = new TrainingThroughTheApi(mvc, json);
        String key = t.sop("ID", TrainingApiWebTests.ID_VARIANT).key();
        UUID module = t.module(key, "ID");
        String page = "/training/assignments?module=" + module;
        String due = LocalDate.now().plusDays(7).toString();
        mvc.perform(get(page).with(as("trainer"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Assign by name"), containsString("Assign by rule"))));
        mvc.perform(get(page).with(as("vendorlead"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Assign by name"), not(containsString("Assign by rule")))));

        mvc.perform(post("/training/modules/" + module + "/assignments").with(as("vendorlead")).with(csrf())
                        .param("agents", "NCS-10004\r\nLUMEN-10001").param("dueOn", due))
                .andExpect(status().isForbidden()).andExpect(content().string(containsString("LUMEN-10001 do not work for your vendor")));
        mvc.perform(post("/training/modules/" + module + "/assignments").with(as("trainer")).with(csrf())
                        .param("agents", "NCS-10001").param("dueOn", "next week"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("“next week” is not a date")));
        assertThat(jdbc.sql("select count(*) from training_assignment where module_id = :m").param("m", module).query(Long.class).single())
                .as("refused forms assign nobody").isZero();

        mvc.perform(post("/training/modules/" + module + "/assignments").with(as("vendorlead")).with(csrf())
                        .param("agents", "NCS-10001, NCS-10004").param("dueOn", due))
                .andExpect(redirectedUrl(page)).andExpect(flash().attribute("notice", containsString("2 agent(s)")));
        mvc.perform(post("/training/modules/" + module + "/assignment-rules").with(as("trainer")).with(csrf())
                        .param("vendor", "NCS").param("skill", "nothing-anyone-has").param("dueInDays", "10"))
                .andExpect(redirectedUrl(page)).andExpect(flash().attribute("notice", containsString("0 agent(s)")));
        mvc.perform(post("/training/modules/" + module + "/assignment-rules").with(as("trainer")).with(csrf()).param("vendor", "NOBODY"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("there is no vendor NOBODY")));
        mvc.perform(post("/training/modules/" + module + "/assignment-rules").with(as("vendorlead")).with(csrf()).param("skill", "refunds"))
                .andExpect(status().isForbidden());
        for (String other : List.of("agent", "gtm", "viewer")) {
            mvc.perform(post("/training/modules/" + module + "/assignments").with(as(other)).with(csrf()).param("agents", "NCS-10001")
                    .param("dueOn", due)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/training/assignments").with(as("agent"))).andExpect(status().isForbidden());

        mvc.perform(get(page).with(as("trainer"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("NCS-10001"), containsString("NCS-10004"), containsString("Assigned"),
                        containsString("nothing-anyone-has"))));
        mvc.perform(get("/training/assignments").param("market", "MY").param("status", "UPDATE_DUE").with(as("gtm"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("LUMEN-"), containsString("Update due"))));
        mvc.perform(get("/training/assignments").param("market", "MY").param("status", "UPDATE_DUE").with(as("vendorlead")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("LUMEN-"))));
        mvc.perform(get("/training/assignments").param("market", "XX").with(as("trainer"))).andExpect(status().isBadRequest());
    }
}
