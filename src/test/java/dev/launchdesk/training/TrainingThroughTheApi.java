package dev.launchdesk.training;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.sop.SopThroughTheApi;

/**
 * The training set-up tests share, through the API as the demo logins: an SOP of its own (a master with an Indonesian
 * variant), a module of two of its sections with one question each, assigned to the demo agent (Budi, NCS-10001, Jakarta).
 */
public final class TrainingThroughTheApi {

    public static final String MASTER = """
            # Seller refund disputes

            ## Wrong or missing item
            Ask the buyer for a photo of the item received.

            ## Refund window
            Refund within 15 days of delivery.

            ## Escalation
            Escalate disputes above 500 USD.
            """;
    public static final String SINGLE_PROMPT = "What do you ask the buyer for first?";
    public static final String TRUE_FALSE_PROMPT = "Refunds are possible within 15 days of delivery.";

    private final MockMvc mvc;
    private final ObjectMapper json;
    private final SopThroughTheApi sops;

    public TrainingThroughTheApi(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
        this.sops = new SopThroughTheApi(mvc, json);
    }

    /** A published master and its published variant for the market; the variant's document id and the SOP key. */
    public record Sop(String key, UUID master, UUID variant) {
    }

    public Sop sop(String market, String variantBody) throws Exception {
        UUID master = sops.createMaster("TRN", "Seller refund disputes", MASTER, null);
        sops.publish(sops.latestVersionId(master));
        UUID variant = sops.derive(master, market, "Seller refund disputes", variantBody);
        String key = read(mvc.perform(get("/api/v1/sops/" + master).with(httpBasic("admin", "demo"))).andExpect(status().isOk()))
                .get("document").get("key").asText();
        return new Sop(key, master, variant);
    }

    /** A new published version of the document with the body. */
    public void revise(UUID document, String body) throws Exception {
        mvc.perform(post("/api/v1/sops/" + document + "/revisions").with(httpBasic("sopeditor", "demo"))).andExpect(status().isOk());
        JsonNode draft = sops.latestVersion(document);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/sop-versions/" + draft.get("id").asText())
                        .with(httpBasic("sopeditor", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("title", draft.get("title").asText(), "body", body, "changeNote", "Changed",
                                "lockVersion", draft.get("lockVersion").asInt()))))
                .andExpect(status().isOk());
        sops.publish(UUID.fromString(draft.get("id").asText()));
    }

    /** A module of the SOP's two first sections in the market, with a single-choice and a true/false question; its id. */
    public UUID module(String key, String market) throws Exception {
        JsonNode module = read(postJson("/api/v1/training/modules", "trainer", Map.of("sopKey", key, "market", market,
                "title", "Refund disputes " + key, "notes", "Mind the photo.", "sections", List.of("wrong-or-missing-item", "refund-window"),
                "questionsPerSection", 1, "passMarkPercent", 100, "attemptsAllowed", 2)).andExpect(status().isCreated()));
        question(key, "wrong-or-missing-item", "SINGLE_CHOICE", SINGLE_PROMPT, List.of("A photo of the item", "The invoice", "Nothing"),
                List.of(0));
        question(key, "refund-window", "TRUE_FALSE", TRUE_FALSE_PROMPT, List.of("True", "False"), List.of(0));
        return UUID.fromString(module.get("id").asText());
    }

    public JsonNode question(String key, String section, String kind, String prompt, List<String> options, List<Integer> correct)
            throws Exception {
        return read(postJson("/api/v1/training/questions", "trainer", Map.of("sopKey", key, "section", section, "kind", kind,
                "prompt", prompt, "options", options, "correct", correct, "explanation", "See the section " + section))
                .andExpect(status().isCreated()));
    }

    public JsonNode assign(UUID module, String by, String... agents) throws Exception {
        return read(postJson("/api/v1/training/modules/" + module + "/assignments", by,
                Map.of("agents", List.of(agents), "dueOn", java.time.LocalDate.now().plusDays(10).toString()))
                .andExpect(status().isCreated()));
    }

    /** The agent's open assignment of the module, from My training. */
    public UUID assignmentOf(String agent, UUID module) throws Exception {
        for (JsonNode item : read(mvc.perform(get("/api/v1/me/training").with(httpBasic(agent, "demo"))).andExpect(status().isOk()))) {
            if (item.get("moduleId").asText().equals(module.toString())) {
                return UUID.fromString(item.get("assignmentId").asText());
            }
        }
        throw new AssertionError("no assignment of " + module + " for " + agent);
    }

    /** Answers every question of an attempt right (or wrong): by the options' texts, as the agent sees them. */
    public List<Map<String, Object>> answers(JsonNode attempt, boolean right) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (JsonNode q : attempt.get("questions")) {
            List<String> options = new ArrayList<>();
            q.get("options").forEach(o -> options.add(o.asText()));
            String wanted = q.get("prompt").asText().equals(SINGLE_PROMPT) ? (right ? "A photo of the item" : "Nothing")
                    : (right ? "True" : "False");
            Map<String, Object> answer = new HashMap<>();
            answer.put("position", q.get("position").asInt());
            answer.put("choices", List.of(options.indexOf(wanted)));
            answers.add(answer);
        }
        return answers;
    }

    public ResultActions postJson(String path, String user, Object body) throws Exception {
        return mvc.perform(post(path).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    public JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }
}
