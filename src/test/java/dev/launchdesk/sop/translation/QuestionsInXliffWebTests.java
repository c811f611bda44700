package dev.launchdesk.sop.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.identity.UserAdministration;
import dev.launchdesk.reference.AgentDirectory;
import dev.launchdesk.reference.AgentDirectory.AgentRef;
import dev.launchdesk.shared.Role;
import dev.launchdesk.training.TrainingThroughTheApi;

/**
 * Quiz questions travel with the SOP's translation: the XLIFF export of a Thai variant carries the prompt, options and
 * explanation of every question on its sections as units of their own (valid XLIFF 2 by the OASIS schema and Okapi's
 * reader); the translated file brings them back as translations of that question version, and a Thai agent takes the
 * quiz in Thai, with the source text where a text was left untranslated. A file naming an unknown question, or a
 * question revised since the export, is rejected whole and changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionsInXliffWebTests {

    static final String TH_PROMPT = "ต้องขอสิ่งใดจากผู้ซื้อก่อน";
    static final String TH_PHOTO = "รูปถ่ายของสินค้า";
    static final String TH_EXPLANATION = "ดูหัวข้อสินค้าผิดหรือสูญหาย";

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

    @Test
    void aThaiTranslatorTranslatesTheQuestionsInTheSopsFileAndAThaiAgentTakesTheQuizInThai() throws Exception {
        TrainingThroughTheApi t = new TrainingThroughTheApi(mvc, json);
        var sop = t.sop("TH", TrainingThroughTheApi.MASTER);
        UUID module = t.module(sop.key(), "TH");
        Map<String, String> questions = questionIds(sop.key());

        String xliff = export(sop.variant(), "th");
        byte[] bytes = xliff.getBytes(StandardCharsets.UTF_8);
        XliffSchema.get().newValidator().validate(new StreamSource(new ByteArrayInputStream(bytes)));
        OkapiXliff.oasisSchema().newValidator().validate(new StreamSource(new ByteArrayInputStream(bytes)));
        OkapiXliff.validate(bytes);
        String single = "question:" + questions.get(TrainingThroughTheApi.SINGLE_PROMPT) + ":v1:";
        String trueFalse = "question:" + questions.get(TrainingThroughTheApi.TRUE_FALSE_PROMPT) + ":v1:";
        Map<String, String> sources = OkapiXliff.contents(bytes, false);
        assertThat(sources).containsEntry(single + "prompt", TrainingThroughTheApi.SINGLE_PROMPT)
                .containsEntry(single + "option1", "A photo of the item").containsEntry(single + "option3", "Nothing")
                .containsEntry(single + "explanation", "See the section wrong-or-missing-item")
                .containsEntry(trueFalse + "prompt", TrainingThroughTheApi.TRUE_FALSE_PROMPT)
                .containsKey("wrong-or-missing-item.p1");
        assertThat(xliff).contains("Quiz question on section \"Wrong or missing item\"");

        // the translator translates the first question but one option and the explanation of the second, and one SOP segment
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("wrong-or-missing-item.p1", "ขอรูปถ่ายของสินค้าที่ได้รับจากผู้ซื้อ");
        targets.put(single + "prompt", TH_PROMPT);
        targets.put(single + "option1", TH_PHOTO);
        targets.put(single + "option2", "ใบแจ้งหนี้");
        targets.put(single + "explanation", TH_EXPLANATION);
        targets.put(trueFalse + "prompt", "คืนเงินได้ภายใน 15 วันหลังจัดส่ง");
        byte[] translated = Translator.withTargets(xliff, targets).getBytes(StandardCharsets.UTF_8);
        OkapiXliff.validate(translated);

        t.read(mvc.perform(multipart("/api/v1/sops/" + sop.variant() + "/translations/th/xliff")
                        .file(new MockMultipartFile("file", "th.xlf", SopTranslationEndpoints.XLIFF, translated))
                        .with(httpBasic("sopeditor", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.contributed").value(5)).andExpect(jsonPath("$.translated").value(1)));
        assertThat(jdbc.sql("select count(*) from training_question_translation where question_id = :q and language = 'th'")
                .param("q", UUID.fromString(questions.get(TrainingThroughTheApi.SINGLE_PROMPT))).query(Long.class).single()).isEqualTo(4);
        assertThat(export(sop.variant(), "th")).as("translated texts are not sent again").doesNotContain(single + "prompt")
                .contains(single + "option3", trueFalse + "option1");

        AgentLogin agent = thaiAgent();
        String thai = agent.login();
        t.assign(module, "trainer", agent.agent().externalId());
        UUID assignment = t.assignmentOf(thai, module);
        JsonNode attempt = t.read(mvc.perform(post("/api/v1/me/training/assignments/" + assignment + "/attempts").with(httpBasic(thai, "demo")))
                .andExpect(status().isCreated()));
        JsonNode first = question(attempt, TH_PROMPT);
        assertThat(texts(first.get("options"))).containsExactlyInAnyOrder(TH_PHOTO, "ใบแจ้งหนี้", "Nothing");
        JsonNode second = question(attempt, "คืนเงินได้ภายใน 15 วันหลังจัดส่ง");
        assertThat(texts(second.get("options"))).as("untranslated options in the source language").containsExactlyInAnyOrder("True", "False");

        List<Map<String, Object>> answers = List.of(
                answer(first, TH_PHOTO), answer(second, "True"));
        JsonNode result = t.read(t.postJson("/api/v1/me/training/attempts/" + attempt.get("attemptId").asText() + "/submission", thai,
                Map.of("answers", answers)).andExpect(status().isOk()));
        assertThat(result.get("passed").asBoolean()).as("scored on the question, whatever the language").isTrue();
        assertThat(texts(result.get("questions"), "explanation")).containsExactlyInAnyOrder(TH_EXPLANATION, "See the section refund-window");

        mvc.perform(get("/api/v1/me/training/attempts/" + attempt.get("attemptId").asText()).with(httpBasic(thai, "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.questions[?(@.prompt == '" + TH_PROMPT + "')]").isNotEmpty());
    }

    @Test
    void aFileNamingAnUnknownOrRevisedQuestionIsRejectedWholeAndChangesNothing() throws Exception {
        TrainingThroughTheApi t = new TrainingThroughTheApi(mvc, json);
        var sop = t.sop("TH", TrainingThroughTheApi.MASTER);
        t.module(sop.key(), "TH");
        Map<String, String> questions = questionIds(sop.key());
        String single = "question:" + questions.get(TrainingThroughTheApi.SINGLE_PROMPT) + ":v1:";
        String xliff = export(sop.variant(), "th");
        String unknown = "question:" + UUID.randomUUID() + ":v1:prompt";
        String forged = Translator.withTargets(xliff, Map.of("wrong-or-missing-item.p1", "ขอรูปถ่าย", single + "prompt", TH_PROMPT))
                .replace(single + "option1", unknown);

        mvc.perform(post("/api/v1/sops/" + sop.variant() + "/translations/th/xliff").contentType(SopTranslationEndpoints.XLIFF)
                        .content(forged.getBytes(StandardCharsets.UTF_8)).with(httpBasic("sopeditor", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("nothing was imported")))
                .andExpect(jsonPath("$.errors[0].kind").value("UNKNOWN_UNIT"))
                .andExpect(jsonPath("$.errors[0].unit").value(unknown))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("no quiz question")));
        assertThat(translationsOf(questions.values())).isZero();
        mvc.perform(get("/api/v1/sops/" + sop.variant() + "/translations").with(httpBasic("sopeditor", "demo")))
                .andExpect(jsonPath("$[0].translated").value(0));

        // a question revised after the export: its old version is no longer on the sections, the file is refused whole
        JsonNode revised = t.read(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/training/questions/" + questions.get(TrainingThroughTheApi.SINGLE_PROMPT)).with(httpBasic("trainer", "demo"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("sopKey", sop.key(),
                        "section", "wrong-or-missing-item", "kind", "SINGLE_CHOICE", "prompt", "What do you ask the buyer for?",
                        "options", List.of("A photo of the item", "The invoice"), "correct", List.of(0), "explanation", "See the section."))))
                .andExpect(status().isOk()));
        assertThat(revised.toString()).contains("What do you ask the buyer for?");
        mvc.perform(post("/api/v1/sops/" + sop.variant() + "/translations/th/xliff").contentType(SopTranslationEndpoints.XLIFF)
                        .content(Translator.withTargets(xliff, Map.of(single + "prompt", TH_PROMPT)).getBytes(StandardCharsets.UTF_8))
                        .with(httpBasic("sopeditor", "demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].unit").value(single + "prompt"));
        assertThat(translationsOf(questions.values())).isZero();
        assertThat(export(sop.variant(), "th")).contains("question:" + questions.get(TrainingThroughTheApi.SINGLE_PROMPT) + ":v2:prompt")
                .doesNotContain(single + "prompt");
    }

    @Test
    void aFullyTranslatedSopWithTranslatedQuestionsHasNothingToExport() throws Exception {
        TrainingThroughTheApi t = new TrainingThroughTheApi(mvc, json);
        var sop = t.sop("TH", TrainingThroughTheApi.MASTER);
        t.module(sop.key(), "TH");
        byte[] everything = SopTranslationIntegrationTests.translated(export(sop.variant(), "th"), "ไทย: ");
        mvc.perform(post("/api/v1/sops/" + sop.variant() + "/translations/th/xliff").contentType(SopTranslationEndpoints.XLIFF)
                .content(everything).with(httpBasic("sopeditor", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP_TO_DATE")).andExpect(jsonPath("$.contributed").value(9));
        mvc.perform(post("/api/v1/sops/" + sop.variant() + "/translations/th/exports").with(httpBasic("sopeditor", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("nothing left to translate")));
    }

    private String export(UUID variant, String language) throws Exception {
        return mvc.perform(post("/api/v1/sops/" + variant + "/translations/" + language + "/exports").with(httpBasic("sopeditor", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Question ids by prompt, of the SOP's bank. */
    private Map<String, String> questionIds(String sopKey) throws Exception {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode q : json.readTree(mvc.perform(get("/api/v1/training/questions").param("sopKey", sopKey).with(httpBasic("trainer", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())) {
            ids.put(q.at("/current/prompt").asText(), q.at("/question/id").asText());
        }
        assertThat(ids).hasSize(2);
        return ids;
    }

    private long translationsOf(java.util.Collection<String> questionIds) {
        return jdbc.sql("select count(*) from training_question_translation where question_id in (:q)")
                .param("q", questionIds.stream().map(UUID::fromString).toList()).query(Long.class).single();
    }

    record AgentLogin(String login, AgentRef agent) {
    }

    /** A login for an agent of Lumen's Bangkok team who reads Thai first. */
    private AgentLogin thaiAgent() {
        AgentRef agent = agents.activeAgentsIn("TH").stream()
                .filter(a -> "th".equals(a.languages().isEmpty() ? null : a.languages().get(0)) && a.externalId().startsWith("LUMEN-"))
                .findFirst().orElseThrow();
        String login = "agent-th-" + UUID.randomUUID().toString().substring(0, 8);
        users.seed(login, agent.fullName(), login + "@lumen.example", Role.AGENT, agent.vendorId(), agent.id(), "demo");
        return new AgentLogin(login, agent);
    }

    private static JsonNode question(JsonNode attempt, String prompt) {
        for (JsonNode q : attempt.get("questions")) {
            if (q.get("prompt").asText().equals(prompt)) {
                return q;
            }
        }
        throw new AssertionError("no question " + prompt + " in " + attempt);
    }

    private static Map<String, Object> answer(JsonNode question, String option) {
        return Map.of("position", question.get("position").asInt(), "choices", List.of(texts(question.get("options")).indexOf(option)));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(n -> texts.add(n.get(field).asText()));
        return texts;
    }
}
