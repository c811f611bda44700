package dev.launchdesk.sop;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The SOP set-up web tests share, done through the API as the demo logins (sopeditor writes, admin approves and
 * publishes: four eyes), so each test starts from SOPs of its own with a fresh key.
 */
public final class SopThroughTheApi {

    private final MockMvc mvc;
    private final ObjectMapper json;

    public SopThroughTheApi(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    /** A new master with a key of its own ("PREFIX-XXXXXX-001") and its first version as a draft; its document id. */
    public UUID createMaster(String keyPrefix, String title, String body, String changeNote) throws Exception {
        Map<String, Object> fields = new HashMap<>(Map.of("key", key(keyPrefix), "title", title, "category", "Logistics", "body", body));
        if (changeNote != null) {
            fields.put("changeNote", changeNote);
        }
        String answer = mvc.perform(post("/api/v1/sops").with(httpBasic("sopeditor", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(fields)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(json.readTree(answer).get("document").get("id").asText());
    }

    /** The market's variant of the master with its own text, published; its document id. */
    public UUID derive(UUID master, String market, String title, String adapted) throws Exception {
        String answer = mvc.perform(post("/api/v1/sops/" + master + "/variants").with(httpBasic("sopeditor", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"marketCode\": \"" + market + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID variant = UUID.fromString(json.readTree(answer).get("document").get("id").asText());
        JsonNode draft = latestVersion(variant);
        mvc.perform(put("/api/v1/sop-versions/" + draft.get("id").asText()).with(httpBasic("sopeditor", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("title", title,
                                "body", adapted, "changeNote", "Local", "lockVersion", draft.get("lockVersion").asInt()))))
                .andExpect(status().isOk());
        publish(UUID.fromString(draft.get("id").asText()));
        return variant;
    }

    /** Submitted by sopeditor, approved and published by admin. */
    public void publish(UUID version) throws Exception {
        step(version, "submit", "sopeditor");
        step(version, "approve", "admin");
        step(version, "publish", "admin");
    }

    /** One workflow step of the API ({@code submit}, {@code approve}, ...) as the user; it must succeed. */
    public void step(UUID version, String action, String username) throws Exception {
        mvc.perform(post("/api/v1/sop-versions/" + version + "/" + action).with(httpBasic(username, "demo"))).andExpect(status().isOk());
    }

    /** The document's versions as the API lists them, newest first. */
    public List<JsonNode> versions(UUID document) throws Exception {
        String answer = mvc.perform(get("/api/v1/sops/" + document).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<JsonNode> versions = new ArrayList<>();
        json.readTree(answer).get("versions").forEach(versions::add);
        return versions;
    }

    public JsonNode latestVersion(UUID document) throws Exception {
        return versions(document).get(0);
    }

    public UUID latestVersionId(UUID document) throws Exception {
        return UUID.fromString(latestVersion(document).get("id").asText());
    }

    private static String key(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replaceAll("[^A-Z0-9]", "X") + "-001";
    }
}
