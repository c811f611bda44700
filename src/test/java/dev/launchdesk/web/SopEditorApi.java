package dev.launchdesk.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The SOP API as the SOP editor uses it (sopeditor writes, admin is the second pair of eyes that approves):
 * the SOP web tests make SOPs of their own in every state through it, so no test changes a demo SOP or
 * another test's SOP. Both sign in once with HTTP Basic to get a personal API token, which the calls then carry.
 */
final class SopEditorApi {

    static final String EDITOR = "sopeditor";
    static final String ADMIN = "admin";

    /** The text of every new master: one line that a regional edit and a master edit can both change. */
    static final String BODY = "# Steps\n\nConfirm the order number with the seller.\n\nLog the outcome in the ticket.\n";

    private final MockMvc mvc;
    private final Map<String, String> tokens = new HashMap<>();

    SopEditorApi(MockMvc mvc) {
        this.mvc = mvc;
        for (String user : List.of(EDITOR, ADMIN)) {
            tokens.put(user, send(MockMvcRequestBuilders.post("/api/v1/me/tokens").with(httpBasic(user, AdminApi.PASSWORD)),
                    "{\"name\": \"sop fixtures\", \"validDays\": 1}", "issue a token for " + user).get("secret").asText());
        }
    }

    // --- SOPs in each state; every one is a new master of its own ---

    /** A new master whose first version is a draft by the author; answers the SOP with its versions. */
    JsonNode newMaster(String author, String body) {
        String key = "AUTHZ-" + UUID.randomUUID().toString().substring(0, 8);
        return call(author, "POST", "/api/v1/sops", "{\"key\": \"" + key + "\", \"title\": \"Authorisation check " + key
                + "\", \"category\": \"Orders\", \"body\": " + quoted(body) + ", \"changeNote\": \"First version\"}");
    }

    /** The first version of a new master, a draft by the SOP editor. */
    UUID draft() {
        return firstVersion(newMaster(EDITOR, BODY));
    }

    /** The first version of a new master, in review; its author is the one who may not approve it. */
    UUID inReview(String author) {
        UUID version = firstVersion(newMaster(author, BODY));
        submit(version, author);
        return version;
    }

    /** The first version of a new master, approved by the admin and not yet published. */
    UUID approved() {
        UUID version = inReview(EDITOR);
        call(ADMIN, "POST", "/api/v1/sop-versions/" + version + "/approve", "{\"comment\": \"Four eyes\"}");
        return version;
    }

    /** A new master with a published first version (in force in every market without a variant); answers the master. */
    UUID publishedMaster() {
        JsonNode master = newMaster(EDITOR, BODY);
        publish(firstVersion(master), null);
        return documentId(master);
    }

    /** The published version of a new master: the SOP the demo agent (Indonesia) now has to acknowledge. */
    UUID publishedVersion() {
        UUID version = draft();
        publish(version, null);
        return version;
    }

    /** A new variant of a published master for the market (and vendor), published; answers the variant. */
    UUID publishedVariant(UUID master, String market, UUID vendorId, String body, String publishForm) {
        JsonNode variant = derive(master, market, vendorId);
        UUID draft = firstVersion(variant);
        if (body != null) {
            edit(draft, body);
        }
        publish(draft, publishForm);
        return documentId(variant);
    }

    /** A propagated draft with one conflict: the ID variant and the master changed the same line differently. */
    UUID conflictedDraft() {
        UUID master = publishedMaster();
        publishedVariant(master, "ID", null, BODY.replace("with the seller", "with the seller on WhatsApp"), null);
        UUID revision = id(startRevision(master));
        edit(revision, BODY.replace("with the seller", "with the seller by phone"));
        publish(revision, null);
        JsonNode variant = AdminApi.row(call(ADMIN, "GET", "/api/v1/sops/" + master + "/variants", null), "scope", "ID");
        JsonNode newest = call(ADMIN, "GET", "/api/v1/sops/" + AdminApi.id(variant), null).get("versions").get(0);
        if (!newest.get("hasConflicts").asBoolean()) {
            throw new IllegalStateException("the master change merged cleanly: " + newest);
        }
        return id(newest);
    }

    // --- steps ---

    JsonNode derive(UUID master, String market, UUID vendorId) {
        return call(EDITOR, "POST", "/api/v1/sops/" + master + "/variants",
                "{\"marketCode\": \"" + market + "\"" + (vendorId == null ? "" : ", \"vendorId\": \"" + vendorId + "\"") + "}");
    }

    /** The next version of the SOP, a draft with the text of the newest one. */
    JsonNode startRevision(UUID document) {
        return call(EDITOR, "POST", "/api/v1/sops/" + document + "/revisions", null);
    }

    void edit(UUID draft, String body) {
        JsonNode version = call(EDITOR, "GET", "/api/v1/sop-versions/" + draft, null);
        call(EDITOR, "PUT", "/api/v1/sop-versions/" + draft, "{\"title\": " + quoted(version.get("title").asText()) + ", \"body\": "
                + quoted(body) + ", \"lockVersion\": " + version.get("lockVersion").asInt() + "}");
    }

    void submit(UUID version, String author) {
        call(author, "POST", "/api/v1/sop-versions/" + version + "/submit", null);
    }

    /** Submitted by the editor, approved by the admin, published by the editor (with the publish form's dates, or the defaults). */
    void publish(UUID draft, String publishForm) {
        submit(draft, EDITOR);
        call(ADMIN, "POST", "/api/v1/sop-versions/" + draft + "/approve", null);
        call(EDITOR, "POST", "/api/v1/sop-versions/" + draft + "/publish", publishForm);
    }

    /** The XLIFF file of a translatable variant, exported by the editor, as a translator would send it back untouched. */
    String xliff(UUID variant, String language) {
        return raw(EDITOR, "POST", "/api/v1/sops/" + variant + "/translations/" + language + "/exports", null);
    }

    /** Any GET as the admin, who sees every version of every SOP. */
    JsonNode read(String url) {
        return call(ADMIN, "GET", url, null);
    }

    static UUID firstVersion(JsonNode sop) {
        return id(sop.get("versions").get(0));
    }

    static UUID documentId(JsonNode sop) {
        return id(sop.get("document"));
    }

    static UUID id(JsonNode row) {
        return UUID.fromString(row.get("id").asText());
    }

    private JsonNode call(String user, String method, String url, String json) {
        return AdminApi.json(raw(user, method, url, json));
    }

    private String raw(String user, String method, String url, String json) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), url)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.get(user));
        return text(request, json, method + " " + url + " as " + user);
    }

    private JsonNode send(MockHttpServletRequestBuilder request, String json, String what) {
        return AdminApi.json(text(request, json, what));
    }

    private String text(MockHttpServletRequestBuilder request, String json, String what) {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        try {
            return mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
        } catch (Exception | AssertionError e) {
            throw new IllegalStateException(what + " failed", e);
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
