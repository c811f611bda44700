package dev.launchdesk.sop.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.sop.SopThroughTheApi;

/**
 * Propagation as the pages and the API are used: a master edited in the browser's form (which submits CRLF line
 * endings) merges into the variants' local changes line by line; the drafts it proposes are approved by the demo
 * logins (four eyes concerns who resolved or edited them, not who published the master); the merge tool reads its
 * texts the same way; SOP texts have a size limit.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SopPropagationWebTests {

    static final String MASTER_V1 = """
            # Damaged parcel claims

            ## Steps
            1. Open the order in Order Console.
            2. Ask the buyer for a photo of the parcel.
            3. Refund when the photo shows the damage.

            ## Escalation
            Escalate to Tier 2 after {{sla.resolution.hours}} hours.
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ObjectMapper json;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void aMasterEditSubmittedByTheBrowserMergesCleanlyIntoEveryVariantWithLocalChanges() throws Exception {
        Sop sop = masterWithAdaptedVariants();

        UUID v2 = newMasterVersionEditedInTheBrowser(sop.master(), MASTER_V1.replace("# Damaged parcel claims",
                "# Damaged or crushed parcel claims"));
        approveAndPublishOnThePages(v2, "admin");

        for (UUID variant : List.of(sop.id(), sop.gb())) {
            JsonNode draft = latestVersion(variant);
            assertThat(draft.get("origin").asText()).isEqualTo("PROPAGATED");
            assertThat(draft.get("hasConflicts").asBoolean()).as("the merged draft of %s", variant).isFalse();
            assertThat(draft.get("body").asText()).contains("# Damaged or crushed parcel claims").doesNotContain("\r");
        }
        assertThat(latestVersion(sop.id()).get("body").asText()).contains("J&T or SiCepat");
        assertThat(latestVersion(sop.gb()).get("body").asText()).contains("UK Tier 2 desk");
    }

    @Test
    void aCleanPropagatedDraftIsApprovedByWhoeverDidNotEditItTheMastersPublisherToo() throws Exception {
        Sop sop = masterWithAdaptedVariants();
        UUID v2 = newMasterVersionEditedInTheBrowser(sop.master(), MASTER_V1.replace("## Steps", "## Steps for agents"));
        approveAndPublishOnThePages(v2, "admin");
        UUID gbDraft = UUID.fromString(latestVersion(sop.gb()).get("id").asText());

        mvc.perform(get("/sops/versions/" + gbDraft).with(as("sopeditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Propagated from master v2 (published by admin)")));
        step(gbDraft, "submit", "sopeditor");
        step(gbDraft, "approve", "admin");
        assertThat(version(gbDraft).get("status").asText()).isEqualTo("APPROVED");
        assertThat(version(gbDraft).get("author").isNull()).as("no person wrote a propagated draft").isTrue();
    }

    @Test
    void whoeverResolvesTheConflictsCannotApproveTheDraftTheMastersPublisherCan() throws Exception {
        Sop sop = masterWithAdaptedVariants();
        UUID v2 = newMasterVersionEditedInTheBrowser(sop.master(), MASTER_V1.replace("2. Ask the buyer for a photo of the parcel.",
                "2. Ask the buyer for a photo of the parcel and of the label."));
        approveAndPublishOnThePages(v2, "admin");
        UUID idDraft = UUID.fromString(latestVersion(sop.id()).get("id").asText());
        assertThat(version(idDraft).get("hasConflicts").asBoolean()).as("ID changed the same line").isTrue();
        // resolutions that do not settle each hunk exactly once are refused naming the hunk (counted from 0, as the API sends them)
        resolveThroughTheApi(idDraft, "[{\"hunk\":1,\"choice\":\"TAKE_MASTER\"}]", "there is no conflict hunk 1; the merge has 1 (counted from 0)");
        resolveThroughTheApi(idDraft, "[{\"hunk\":0,\"choice\":\"TAKE_MASTER\"},{\"hunk\":0,\"choice\":\"KEEP_REGIONAL\"}]",
                "conflict hunk 0 is resolved twice");
        resolveThroughTheApi(idDraft, "[]", "conflict hunk 0 (of 1, counted from 0) is not resolved");
        assertThat(version(idDraft).get("hasConflicts").asBoolean()).as("nothing was resolved").isTrue();

        mvc.perform(post("/sops/versions/" + idDraft + "/resolve").with(as("sopeditor")).with(csrf()).param("choice-0", "EDIT")
                        .param("text-0", "2. Ask the buyer for a photo of the parcel and of the label (J&T or SiCepat).\r\n"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("resolved")));
        step(idDraft, "submit", "sopeditor");
        mvc.perform(post("/sops/versions/" + idDraft + "/approve").with(as("sopeditor")).with(csrf()))
                .andExpect(flash().attribute("problem", containsString("sopeditor edited this version")));
        step(idDraft, "approve", "admin");
        assertThat(version(idDraft).get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void theMergeToolReadsItsTextsAsTheyAreStored() throws Exception {
        Map<String, String> request = Map.of(
                "base", "# Claims\n\n1. Open the order.\n2. Ask for a photo.\n",
                "regional", "# Claims\n\n1. Open the order.\n2. Ask for a photo (J&T).\n",
                "master", "\uFEFF# Claims handling\r\n\r\n1. Open the order.\r\n2. Ask for a photo.\r\n");

        mvc.perform(post("/api/v1/sop-merges/preview").with(httpBasic("sopeditor", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(request)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clean").value(true))
                .andExpect(jsonPath("$.merged").value("# Claims handling\n\n1. Open the order.\n2. Ask for a photo (J&T).\n"));
    }

    @Test
    void anSopTextOverTheLimitIsRefusedNamingTheFieldAndTheLimit() throws Exception {
        String tooLong = "# Long\n\n" + "x".repeat(200_001);
        UUID master = createMaster(MASTER_V1);
        UUID draft = UUID.fromString(latestVersion(master).get("id").asText());

        mvc.perform(post("/sops/versions/" + draft).with(as("sopeditor")).with(csrf()).param("title", "Damaged parcel claims")
                        .param("body", tooLong).param("lockVersion", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at most 200,000 characters are allowed, this text has 200,010")))
                .andExpect(content().string(containsString("id=\"body-error\"")));
        mvc.perform(put("/api/v1/sop-versions/" + draft).with(httpBasic("sopeditor", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("title", "Damaged parcel claims", "body", tooLong, "lockVersion", 0))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("at most 200,000 characters")));
        mvc.perform(post("/api/v1/sops").with(httpBasic("sopeditor", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("key", "WEB-LONG-001", "title", "Long", "category", "Logistics", "body", tooLong))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        mvc.perform(post("/api/v1/sop-merges/preview").with(httpBasic("sopeditor", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("base", "", "regional", "", "master", tooLong))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("master"));
        assertThat(version(draft).get("body").asText()).isEqualTo(MASTER_V1);
    }

    record Sop(UUID master, UUID id, UUID gb) {
    }

    /** A published master with ID and GB variants, each published with a local change of its own. */
    private Sop masterWithAdaptedVariants() throws Exception {
        UUID master = createMaster(MASTER_V1);
        publishThroughTheApi(UUID.fromString(latestVersion(master).get("id").asText()));
        UUID id = derive(master, "ID", MASTER_V1.replace("2. Ask the buyer for a photo of the parcel.",
                "2. Ask the buyer for a photo of the parcel and the J&T or SiCepat receipt."));
        UUID gb = derive(master, "GB", MASTER_V1.replace("Escalate to Tier 2", "Escalate to the UK Tier 2 desk"));
        return new Sop(master, id, gb);
    }

    private UUID createMaster(String body) throws Exception {
        return sops().createMaster("WEB", "Damaged parcel claims", body, null);
    }

    private UUID derive(UUID master, String market, String adapted) throws Exception {
        return sops().derive(master, market, "Damaged parcel claims", adapted);
    }

    private void resolveThroughTheApi(UUID version, String resolutions, String problem) throws Exception {
        mvc.perform(post("/api/v1/sop-versions/" + version + "/resolutions").with(httpBasic("sopeditor", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(resolutions))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("resolutions"))
                .andExpect(jsonPath("$.errors[0].message").value(problem));
    }

    private void publishThroughTheApi(UUID version) throws Exception {
        sops().publish(version);
    }

    /** Starts the master's next version on its page and saves the text as the editor's form posts it. */
    private UUID newMasterVersionEditedInTheBrowser(UUID master, String body) throws Exception {
        mvc.perform(get("/sops/" + master + "/revisions/new").with(as("sopeditor"))).andExpect(status().isOk());
        mvc.perform(post("/sops/" + master + "/revisions").with(as("sopeditor")).with(csrf()).param("title", "Damaged parcel claims")
                        .param("body", crlf(body)).param("changeNote", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "Version 2 saved as a draft."));
        UUID id = UUID.fromString(latestVersion(master).get("id").asText());
        step(id, "submit", "sopeditor");
        return id;
    }

    private void approveAndPublishOnThePages(UUID version, String reviewer) throws Exception {
        step(version, "approve", reviewer);
        step(version, "publish", reviewer);
    }

    /** One workflow button of the version page; it must succeed. */
    private void step(UUID version, String action, String username) throws Exception {
        mvc.perform(post("/sops/versions/" + version + "/" + action).with(as(username)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.nullValue()));
    }

    private JsonNode latestVersion(UUID document) throws Exception {
        return sops().latestVersion(document);
    }

    private JsonNode version(UUID id) throws Exception {
        String answer = mvc.perform(get("/api/v1/sop-versions/" + id).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer);
    }

    /** Line endings as a browser submits a textarea. */
    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    private SopThroughTheApi sops() {
        return new SopThroughTheApi(mvc, json);
    }
}
