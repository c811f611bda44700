package dev.launchdesk.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.training.bank.formats.BankCsv;
import dev.launchdesk.training.bank.formats.BankDefaults;
import dev.launchdesk.training.bank.formats.BankWorkbook;
import dev.launchdesk.training.bank.formats.QuestionDraft;
import dev.launchdesk.training.bank.formats.QuestionType;

/**
 * The question bank's files through the API: GIFT, CSV and XLSX imports are all or nothing and place every problem at
 * its line or row and column; an export imported again gives the same bank; only trainers (and admins) may do either.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingBankFilesWebTests {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    String gift(String key) {
        return """
                // a trainer's Moodle bank
                $CATEGORY: $course$/top/%1$s/wrong-or-missing-item

                ::Photo::What do you ask the buyer for first? {
                \t=A photo of the item#Right.
                \t~The invoice
                \t~Nothing
                \t####See *Wrong or missing item*.
                }

                $CATEGORY: %1$s/refund-window
                ::Window::Refunds are possible within 15 days of delivery.{TRUE####Refund window.}

                ::Evidence::Which may the buyer send? {
                \t~%%50%%A photo
                \t~%%50%%A video
                \t~%%-100%%Nothing
                \t####Either.
                }
                """.formatted(key);
    }

    @Test
    void aGiftFileIsImportedOnceAndItsExportsImportedAgainChangeNothing() throws Exception {
        TrainingThroughTheApi t = new TrainingThroughTheApi(mvc, json);
        String key = t.sop("ID", TrainingApiWebTests.ID_VARIANT).key();

        importBody("gift", gift(key).getBytes(StandardCharsets.UTF_8), "text/plain").andExpect(status().isOk())
                .andExpect(jsonPath("$.questions").value(3)).andExpect(jsonPath("$.added").value(3)).andExpect(jsonPath("$.unchanged").value(0));
        JsonNode bank = bank(key);
        assertThat(bank).hasSize(3);
        JsonNode window = find(bank, "Refunds are possible within 15 days of delivery.");
        assertThat(window.get("question").get("sectionAnchor").asText()).isEqualTo("refund-window");
        assertThat(window.get("current").get("kind").asText()).isEqualTo("TRUE_FALSE");
        assertThat(window.get("current").get("options").toString()).isEqualTo("[\"True\",\"False\"]");
        assertThat(window.get("current").get("correct").toString()).isEqualTo("[0]");
        assertThat(find(bank, "Which may the buyer send?").get("current").get("correct")).hasSize(2);
        importBody("gift", gift(key).getBytes(StandardCharsets.UTF_8), "text/plain")
                .andExpect(jsonPath("$.added").value(0)).andExpect(jsonPath("$.unchanged").value(3));

        byte[] csv = export(key, "csv").andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] xlsx = export(key, "xlsx").andExpect(content().contentType(XLSX)).andReturn().getResponse().getContentAsByteArray();
        List<QuestionDraft> fromCsv = BankCsv.read(csv, BankDefaults.inLanguage("en")).acceptedQuestions();
        List<QuestionDraft> fromXlsx = BankWorkbook.read(xlsx, BankDefaults.inLanguage("en")).acceptedQuestions();
        assertThat(fromXlsx).isEqualTo(fromCsv).hasSize(3);
        assertThat(fromCsv).extracting(QuestionDraft::type).containsExactlyInAnyOrder(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE,
                QuestionType.MULTIPLE_CHOICE);
        assertThat(fromCsv).allSatisfy(d -> assertThat(d.sopKey()).isEqualTo(key));

        importBody("csv", csv, "text/csv").andExpect(jsonPath("$.added").value(0)).andExpect(jsonPath("$.unchanged").value(3));
        mvc.perform(multipart("/api/v1/training/questions/import").file(new MockMultipartFile("file", "bank.xlsx", XLSX, xlsx))
                        .with(httpBasic("trainer", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.added").value(0)).andExpect(jsonPath("$.unchanged").value(3));
        assertThat(bank(key).toString()).as("the same bank after export → import").isEqualTo(bank.toString());
        byte[] again = export(key, "csv").andReturn().getResponse().getContentAsByteArray();
        assertThat(again).isEqualTo(csv);
    }

    @Test
    void anImportNamingAnUnknownSectionOrWithABadRowChangesNothingAndSaysWhere() throws Exception {
        TrainingThroughTheApi t = new TrainingThroughTheApi(mvc, json);
        String key = t.sop("ID", TrainingApiWebTests.ID_VARIANT).key();
        String header = "sop_key,section_anchor,type,question,option_1,option_2,correct,explanation\n";
        String good = key + ",refund-window,single,How many days?,15,30,1,Refund window.\n";

        importBody("csv", (header + good + key + ",refund-windows,single,Which?,a,b,1,Why.\n").getBytes(StandardCharsets.UTF_8), "text/csv")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(3)).andExpect(jsonPath("$.errors[0].column").value("section_anchor"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("refund-windows")))
                .andExpect(jsonPath("$.errors.length()").value(1));
        importBody("csv", (header + good + "NOPE-999,refund-window,single,Which?,a,b,1,Why.\n").getBytes(StandardCharsets.UTF_8), "text/csv")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(3)).andExpect(jsonPath("$.errors[0].column").value("sop_key"));
        importBody("csv", (header + good + key + ",refund-window,essay,Which?,a,b,1,Why.\n").getBytes(StandardCharsets.UTF_8), "text/csv")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(3)).andExpect(jsonPath("$.errors[0].column").value("type"));
        importBody("gift", ("$CATEGORY: " + key + "/nowhere\n::Q::Which? {=a ~b ####Why.}\n").getBytes(StandardCharsets.UTF_8), "text/plain")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].line").value(2)).andExpect(jsonPath("$.errors[0].question").value("::Q::"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("nowhere")));
        assertThat(bank(key)).as("nothing imported").isEmpty();

        importBody("csv", (header + good).getBytes(StandardCharsets.UTF_8), "text/csv").andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(1));
        mvc.perform(post("/api/v1/training/questions/import").with(httpBasic("trainer", "demo")).contentType("text/csv")
                        .content(header + good)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("format"));
        importBody("docx", (header + good).getBytes(StandardCharsets.UTF_8), "text/csv")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(multipart("/api/v1/training/questions/import").file(new MockMultipartFile("file", "bank.docx", "text/plain", new byte[1]))
                .with(httpBasic("trainer", "demo"))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(post("/api/v1/training/questions/import").param("format", "gift").param("sopKey", key)
                        .with(httpBasic("trainer", "demo")).contentType("text/plain").content("::Q::Which? {=a ~b ####Why.}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("section"));
        export("NOPE-999", "csv").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sopKey"));
        export(key, "pdf").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("format"));
        assertThat(bank(key)).hasSize(1);
    }

    @Test
    void questionsAFileDoesNotPlaceGoToTheSectionChosen() throws Exception {
        TrainingThroughTheApi t = new TrainingThroughTheApi(mvc, json);
        String key = t.sop("ID", TrainingApiWebTests.ID_VARIANT).key();
        mvc.perform(multipart("/api/v1/training/questions/import")
                        .file(new MockMultipartFile("file", "bank.gift", "text/plain", "::Q::Escalate above 500 USD?{T####Escalation.}".getBytes(StandardCharsets.UTF_8)))
                        .param("sopKey", key).param("section", "escalation").param("market", "ID").with(httpBasic("trainer", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.added").value(1));
        assertThat(bank(key).get(0).get("question").get("sectionAnchor").asText()).isEqualTo("escalation");
    }

    @Test
    void onlyTrainersImportAndExport() throws Exception {
        for (String user : List.of("agent", "vendorlead", "gtm", "viewer", "sopeditor")) {
            mvc.perform(post("/api/v1/training/questions/import").param("format", "gift").with(httpBasic(user, "demo"))
                    .contentType("text/plain").content("::Q::Which? {=a ~b ####Why.}")).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/training/questions/export").param("sopKey", "SPS-RFD-001").with(httpBasic(user, "demo")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/training/questions/export").param("sopKey", "SPS-RFD-001").param("format", "gift")
                .with(httpBasic("admin", "demo"))).andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("$CATEGORY")));
    }

    private ResultActions importBody(String format, byte[] body, String type) throws Exception {
        return mvc.perform(post("/api/v1/training/questions/import").param("format", format).with(httpBasic("trainer", "demo"))
                .contentType(MediaType.parseMediaType(type)).content(body));
    }

    private ResultActions export(String key, String format) throws Exception {
        return mvc.perform(get("/api/v1/training/questions/export").param("sopKey", key).param("format", format).with(httpBasic("trainer", "demo")));
    }

    private JsonNode bank(String key) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/training/questions").param("sopKey", key).with(httpBasic("trainer", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static JsonNode find(JsonNode bank, String prompt) {
        for (JsonNode q : bank) {
            if (q.get("current").get("prompt").asText().equals(prompt)) {
                return q;
            }
        }
        throw new AssertionError("no question " + prompt + " in " + bank);
    }
}
