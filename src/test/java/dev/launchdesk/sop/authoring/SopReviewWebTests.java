package dev.launchdesk.sop.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
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
 * The review workflow as editors meet it on the pages: the review page shows what changed against the version in
 * force, the change note of this version and the reviewers' comments; the author is told why they cannot approve
 * instead of being offered a button that fails; a new version exists only once saved; statuses read as words and
 * merge conflicts as hunks, never as status names or conflict markers.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SopReviewWebTests {

    static final String V1 = """
            # Damaged parcel claims

            ## Steps
            1. Open the order in Order Console.
            2. Ask the buyer for a photo of the parcel.
            3. Refund when the photo shows the damage.
            """;

    /** Status names as the code spells them; users read labels. */
    static final Pattern RAW_STATUS = Pattern.compile("\\b(DRAFT|IN_REVIEW|APPROVED|PUBLISHED|SUPERSEDED|WITHDRAWN|CONFLICT|UP_TO_DATE|MASTER_UPDATED)\\b");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ObjectMapper json;

    @Test
    void theReviewPageShowsTheChangesAgainstTheVersionInForceThisVersionsNoteAndTheReviewersComments() throws Exception {
        UUID master = createMaster(V1);
        publishThroughTheApi(latestVersionId(master));
        UUID v2 = saveNewVersionOnThePage(master, V1.replace("2. Ask the buyer for a photo of the parcel.",
                "2. Ask the buyer for a photo of the parcel and of its label."), "Label photo required");
        step(v2, "submit", "sopeditor");

        String review = page("/sops/versions/" + v2, "admin");
        assertThat(review).contains("Changes against the version in force (v1)", "Change note: Label photo required")
                .containsPattern("class=\"insert\"><td><span class=\"sign\">\\+</span><span>2\\. Ask the buyer for a photo of the parcel<ins> and of its label</ins>")
                .doesNotContain("Change note: First version");

        mvc.perform(post("/sops/versions/" + v2 + "/request-changes").with(as("admin")).with(csrf()).param("comment", "Name the carrier too"))
                .andExpect(flash().attribute("problem", Matchers.nullValue()));
        assertThat(page("/sops/versions/" + v2, "sopeditor")).contains("Changes requested by admin: Name the carrier too");
        step(v2, "submit", "sopeditor");
        mvc.perform(post("/sops/versions/" + v2 + "/approve").with(as("admin")).with(csrf()).param("comment", "Checked against policy v4"))
                .andExpect(flash().attribute("problem", Matchers.nullValue()));
        assertThat(page("/sops/versions/" + v2, "sopeditor")).as("both review comments, oldest first")
                .containsSubsequence("Changes requested by admin: Name the carrier too", "Approved by admin: Checked against policy v4");
    }

    @Test
    void theAuthorIsToldWhyTheyCannotApproveInsteadOfBeingOfferedTheButton() throws Exception {
        UUID master = createMaster(V1);
        UUID v1 = latestVersionId(master);
        step(v1, "submit", "sopeditor");

        String asAuthor = page("/sops/versions/" + v1, "sopeditor");
        assertThat(asAuthor).contains("You wrote this version; another editor approves it (four eyes).")
                .doesNotContain("/sops/versions/" + v1 + "/approve");
        assertThat(page("/sops/versions/" + v1, "admin")).contains("/sops/versions/" + v1 + "/approve")
                .doesNotContain("You wrote this version");
    }

    @Test
    void aResolvedMergeNoLongerSaysItHasConflictsToResolve() throws Exception {
        UUID master = createMaster(V1);
        publishThroughTheApi(latestVersionId(master));
        UUID id = derive(master, "ID", V1.replace("2. Ask the buyer for a photo of the parcel.", "2. Ask the buyer for a photo (J&T receipt)."));
        UUID v2 = saveNewVersionOnThePage(master, V1.replace("2. Ask the buyer for a photo of the parcel.", "2. Ask for two photos."), "Two photos");
        step(v2, "submit", "sopeditor");
        step(v2, "approve", "admin");
        step(v2, "publish", "admin");
        UUID merged = latestVersionId(id);
        assertThat(page("/sops/versions/" + merged, "sopeditor")).contains("Change note: Master v2 merged with 1 conflict(s) to resolve");

        mvc.perform(post("/sops/versions/" + merged + "/resolve").with(as("sopeditor")).with(csrf()).param("choice-0", "MASTER"))
                .andExpect(flash().attribute("problem", Matchers.nullValue()));

        assertThat(page("/sops/versions/" + merged, "admin")).contains("Change note: Master v2 merged; 1 conflict(s) resolved by sopeditor")
                .doesNotContain("to resolve");
    }

    @Test
    void startingANewVersionAndCancellingLeavesNothingBehind() throws Exception {
        UUID master = createMaster(V1);
        publishThroughTheApi(latestVersionId(master));

        String editor = page("/sops/" + master + "/revisions/new", "sopeditor");
        assertThat(editor).contains("Damaged parcel claims", "Ask the buyer for a photo of the parcel.")
                .contains("href=\"/sops/" + master + "\">Cancel</a>");

        assertThat(versions(master)).as("versions after opening the editor and cancelling").hasSize(1);
        assertThat(page("/sops/" + master, "sopeditor")).contains("Start a new version");
    }

    @Test
    void pagesShowStatusLabelsAndConflictHunksNeverStatusNamesOrConflictMarkers() throws Exception {
        UUID master = createMaster(V1);
        publishThroughTheApi(latestVersionId(master));
        UUID id = derive(master, "ID", V1.replace("2. Ask the buyer for a photo of the parcel.", "2. Ask the buyer for a photo (J&T receipt)."));
        UUID v2 = saveNewVersionOnThePage(master, V1.replace("2. Ask the buyer for a photo of the parcel.", "2. Ask for two photos."), "Two photos");
        step(v2, "submit", "sopeditor");
        UUID published = versions(id).get(0);

        assertThat(text(page("/sops/versions/" + v2, "admin"))).contains("In review");
        step(v2, "approve", "admin");
        step(v2, "publish", "admin");
        UUID conflicted = latestVersionId(id);

        for (String path : List.of("/sops", "/sops/matrix", "/sops/" + master, "/sops/" + id, "/sops/versions/" + conflicted,
                "/sops/versions/" + v2, "/sops/" + id + "/diff?from=" + published + "&to=" + conflicted,
                "/sops/" + id + "/diff?mode=inline&from=" + published + "&to=" + conflicted, "/agents")) {
            String html = page(path, "sopeditor");
            Matcher raw = RAW_STATUS.matcher(text(html));
            assertThat(raw.find()).as("%s shows the status name %s", path, raw.find(0) ? raw.group() : "").isFalse();
            assertThat(html).as(path).doesNotContain("&lt;&lt;&lt;&lt;&lt;&lt;&lt;", "&gt;&gt;&gt;&gt;&gt;&gt;&gt;", "=======");
        }
        assertThat(page("/sops/versions/" + conflicted, "sopeditor"))
                .contains("Conflict 1", "New master", "2. Ask for two photos.", "This market&#39;s text", "2. Ask the buyer for a photo (J&amp;T receipt).");
        assertThat(text(page("/sops/" + id, "sopeditor"))).contains("Conflicts to resolve", "Published", "Merged from the master");
    }

    @Test
    void theMergeToolsAnswerForPeopleShowsConflictsAsHunksWithoutMarkers() throws Exception {
        String request = json.writeValueAsString(Map.of("base", "# Claims\n\n1. Open the order.\n2. Ask for a photo.\n",
                "regional", "# Claims\n\n1. Open the order.\n2. Ask for a photo (J&T).\n",
                "master", "# Claims\n\n1. Open the order.\n2. Ask for two photos.\n"));

        String text = mvc.perform(post("/api/v1/sop-merges/preview").param("format", "text").with(httpBasic("sopeditor", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(text).doesNotContain("<<<<<<<", "=======", ">>>>>>>")
                .containsSubsequence("1 conflict(s) to resolve.", "1. Open the order.", "[conflict 1, see below]",
                        "Conflict 1 (line 4 before the master change)", "New master:", "    2. Ask for two photos.", "Regional:", "    2. Ask for a photo (J&T).",
                        "Before the master change:", "    2. Ask for a photo.");
        mvc.perform(post("/api/v1/sop-merges/preview").with(httpBasic("sopeditor", "demo")).contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.conflicts[0].master[0]").value("2. Ask for two photos."));
    }

    /** The visible text of a page: tags removed, so attribute values (form values, classes) do not count. */
    private static String text(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]*>", " ");
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** Opens the new-version page and saves the text as its form posts it. */
    private UUID saveNewVersionOnThePage(UUID document, String body, String changeNote) throws Exception {
        page("/sops/" + document + "/revisions/new", "sopeditor");
        mvc.perform(post("/sops/" + document + "/revisions").with(as("sopeditor")).with(csrf()).param("title", "Damaged parcel claims")
                        .param("body", body.replace("\n", "\r\n")).param("changeNote", changeNote))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", Matchers.containsString("saved as a draft")));
        return latestVersionId(document);
    }

    private UUID createMaster(String body) throws Exception {
        return sops().createMaster("REV", "Damaged parcel claims", body, "First version");
    }

    private UUID derive(UUID master, String market, String adapted) throws Exception {
        return sops().derive(master, market, "Damaged parcel claims", adapted);
    }

    private void publishThroughTheApi(UUID version) throws Exception {
        sops().publish(version);
    }

    private void step(UUID version, String action, String username) throws Exception {
        mvc.perform(post("/sops/versions/" + version + "/" + action).with(as(username)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", Matchers.nullValue()));
    }

    /** The document's version ids, newest first. */
    private List<UUID> versions(UUID document) throws Exception {
        return sops().versions(document).stream().map(v -> UUID.fromString(v.get("id").asText())).toList();
    }

    private UUID latestVersionId(UUID document) throws Exception {
        return versions(document).get(0);
    }

    private SopThroughTheApi sops() {
        return new SopThroughTheApi(mvc, json);
    }
}
