package dev.launchdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.sop.SopThroughTheApi;

/**
 * The home page is a work queue: each module offers what needs the signed-in user now, and an item leaves the queue
 * as soon as the work is done — a review goes to the other editor (four eyes) and becomes "ready to publish" once
 * approved; a merge conflict waits for the regional editor until resolved; an agent's unread SOPs wait until
 * acknowledged; the open anomalies of what a user follows wait until reviewed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkQueueWebTests {

    static final String V1 = """
            # Damaged parcel claims

            ## Steps
            1. Open the order in Order Console.
            2. Ask the buyer for a photo of the parcel.
            3. Refund when the photo shows the damage.
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ObjectMapper json;

    @Test
    void aReviewWaitsForTheOtherEditorNotTheAuthorThenBecomesReadyToPublishThenLeaves() throws Exception {
        UUID master = createMaster();
        UUID v1 = latestVersionId(master);
        String href = "/sops/versions/" + v1;
        api("/api/v1/sop-versions/" + v1 + "/submit", "sopeditor");

        assertThat(kinds(work("admin"), href)).containsExactly("sop-review");
        assertThat(kinds(work("sopeditor"), href)).as("the author cannot approve (four eyes): not their review").isEmpty();
        assertThat(page("/", "admin")).contains("Needs you now", "href=\"" + href + "\"", "submitted by sopeditor");

        api("/api/v1/sop-versions/" + v1 + "/approve", "admin");
        assertThat(kinds(work("admin"), href)).containsExactly("sop-publish");
        assertThat(kinds(work("sopeditor"), href)).containsExactly("sop-publish");

        api("/api/v1/sop-versions/" + v1 + "/publish", "admin");
        assertThat(kinds(work("admin"), href)).isEmpty();
        assertThat(kinds(work("sopeditor"), href)).isEmpty();
    }

    @Test
    void changesRequestedGoBackToTheAuthorWithTheReviewersWords() throws Exception {
        UUID v1 = latestVersionId(createMaster());
        String href = "/sops/versions/" + v1;
        api("/api/v1/sop-versions/" + v1 + "/submit", "sopeditor");
        mvc.perform(post(href + "/request-changes").with(user(users.loadUserByUsername("admin"))).with(csrf())
                        .param("comment", "Name the carrier too"))
                .andExpect(flash().attribute("problem", Matchers.nullValue()));

        List<JsonNode> mine = items(work("sopeditor"), href);
        assertThat(mine).singleElement().satisfies(i -> {
            assertThat(i.get("kind").asText()).isEqualTo("sop-changes-requested");
            assertThat(i.get("detail").asText()).contains("admin asked for changes: Name the carrier too");
            assertThat(i.get("urgency").asText()).isEqualTo("NOW");
        });
        assertThat(kinds(work("admin"), href)).isEmpty();
    }

    @Test
    void aMergeConflictWaitsForTheRegionalEditorUntilResolved() throws Exception {
        UUID master = createMaster();
        publish(latestVersionId(master));
        UUID variant = derive(master, "TH", V1.replace("2. Ask the buyer for a photo of the parcel.", "2. Ask the buyer for a photo (Kerry receipt)."));
        UUID v2 = newMasterVersion(master, V1.replace("2. Ask the buyer for a photo of the parcel.", "2. Ask for two photos."));
        publish(v2);
        UUID merged = latestVersionId(variant);
        String resolve = "/sops/versions/" + merged + "/resolve";

        assertThat(kinds(work("sopeditor"), resolve)).containsExactly("sop-conflict");
        assertThat(page("/", "sopeditor")).contains("href=\"" + resolve + "\"", "Merge conflict");

        mvc.perform(post(resolve).with(user(users.loadUserByUsername("sopeditor"))).with(csrf()).param("choice-0", "MASTER"))
                .andExpect(flash().attribute("problem", Matchers.nullValue()));
        assertThat(kinds(work("sopeditor"), resolve)).isEmpty();
    }

    @Test
    void anAgentsUnreadSopsWaitUntilAcknowledgedTheNewestFiveOneByOneTheRestAsOneItem() throws Exception {
        JsonNode mySops = json.readTree(mvc.perform(get("/api/v1/me/sops").with(httpBasic("agent", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        int notAcknowledged = 0;
        for (JsonNode sop : mySops) {
            if (sop.get("acknowledgedAt") == null || sop.get("acknowledgedAt").isNull()) {
                notAcknowledged++;
            }
        }
        assertThat(notAcknowledged).as("the demo agent has SOPs to read").isGreaterThan(5);
        List<JsonNode> unread = items(work("agent"), null).stream().filter(i -> i.get("kind").asText().equals("sop-acknowledge")).toList();
        List<JsonNode> oneByOne = unread.stream().filter(i -> i.get("href").asText().startsWith("/sops/read/")).toList();
        assertThat(oneByOne).hasSize(5);
        assertThat(unread.get(unread.size() - 1).get("href").asText()).as("the rest as one item, after the five").isEqualTo("/my/sops");
        int more = notAcknowledged - 5;
        assertThat(items(work("agent"), "/my/sops")).singleElement()
                .satisfies(i -> assertThat(i.get("title").asText()).isEqualTo(more + (more == 1 ? " more SOP to read" : " more SOPs to read")));

        String href = oneByOne.get(0).get("href").asText();
        mvc.perform(post("/api/v1/me/sops/" + href.substring("/sops/read/".length()) + "/acknowledgement").with(httpBasic("agent", "demo")))
                .andExpect(status().isOk());
        assertThat(items(work("agent"), href)).isEmpty();
        assertThat(kinds(work("agent"), null)).as("agents get no editor work, no anomalies, no trainer work; their training, yes")
                .contains("sop-acknowledge", "training-due").doesNotContain("sop-review", "sop-conflict", "sop-changes-requested", "sop-publish",
                        "sop-due-review", "anomaly-followed", "training-review");
        assertThat(page("/", "agent")).contains("Read and acknowledge", "href=\"/my/sops\"");
    }

    @Test
    void anAgentReadsTheStartPageInTheBrowsersLanguage() throws Exception {
        assertThat(page("/", "agent", "id")).contains("lang=\"id\"", "Selamat datang, Budi Santoso", "Perlu Anda tangani sekarang",
                "Baca dan konfirmasi", "berlaku sejak", "Pasar per wilayah", "Asia Tenggara")
                .doesNotContain("Welcome", "Needs you now", "Read and acknowledge", "in force since", "South-East Asia");
        assertThat(page("/", "agent", "th")).contains("lang=\"th\"", "ยินดีต้อนรับ Budi Santoso", "งานที่รอคุณอยู่ตอนนี้",
                "อ่านและรับทราบ", "มีผลตั้งแต่", "เอเชียตะวันออกเฉียงใต้").doesNotContain("Welcome", "Needs you now");
    }

    @Test
    void manyVersionsPastTheirReviewByDateAreOneItemThatLinksToTheirList() throws Exception {
        List<JsonNode> due = items(work("sopeditor"), null).stream().filter(i -> i.get("kind").asText().equals("sop-due-review")).toList();
        assertThat(due).as("the demo's catalogue was published on one day: its review-by dates passed together").singleElement()
                .satisfies(i -> {
                    assertThat(i.get("href").asText()).isEqualTo("/sops/due");
                    assertThat(i.get("title").asText()).matches("\\d+ versions past their review-by date");
                    assertThat(i.get("urgency").asText()).isEqualTo("SOON");
                });
    }

    @Test
    void theOpenAnomaliesOfWhatAUserFollowsWaitUntilReviewed() throws Exception {
        JsonNode episodes = json.readTree(mvc.perform(get("/api/v1/insights/anomalies/episodes?status=OPEN&size=50").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("items");
        JsonNode episode = null;
        for (JsonNode e : episodes) {
            if (!e.get("market").asText().isEmpty()) {
                episode = e;
                break;
            }
        }
        assertThat(episode).as("the demo has an open anomaly in a market").isNotNull();
        String market = episode.get("market").asText();
        String kpi = episode.get("kpi").asText();
        long peak = episode.get("peak").get("id").asLong();

        // other tests may have left the trainer following something: start from no subscription
        for (JsonNode existing : json.readTree(mvc.perform(get("/api/v1/insights/anomaly-subscriptions").with(httpBasic("trainer", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())) {
            mvc.perform(delete("/api/v1/insights/anomaly-subscriptions/" + existing.get("id").asText()).with(httpBasic("trainer", "demo")))
                    .andExpect(status().isNoContent());
        }
        assertThat(items(work("trainer"), "/insights/anomalies/" + peak)).as("not followed yet").isEmpty();
        String subscription = json.readTree(mvc.perform(post("/api/v1/insights/anomaly-subscriptions").with(httpBasic("trainer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"market\": \"" + market + "\", \"kpi\": \"" + kpi + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
        try {
            assertThat(kinds(work("trainer"), "/insights/anomalies/" + peak)).containsExactly("anomaly-followed");
            for (JsonNode day : episode.get("anomalies")) {
                if (day.get("status").asText().equals("OPEN")) {
                    mvc.perform(post("/api/v1/insights/anomalies/" + day.get("id").asLong() + "/acknowledge").with(httpBasic("admin", "demo"))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"looking into it\"}")).andExpect(status().isOk());
                }
            }
            assertThat(items(work("trainer"), "/insights/anomalies/" + peak)).as("acknowledged: no longer waiting").isEmpty();
        } finally {
            mvc.perform(delete("/api/v1/insights/anomaly-subscriptions/" + subscription).with(httpBasic("trainer", "demo")));
        }
    }

    @Test
    void everyItemOnTheQueueHasALabelADetailAndALinkAndTheMostUrgentComeFirst() throws Exception {
        UUID v1 = latestVersionId(createMaster());
        api("/api/v1/sop-versions/" + v1 + "/submit", "sopeditor");
        for (String user : List.of("admin", "gtm", "sopeditor", "trainer", "vendorlead", "agent", "analyst", "viewer")) {
            JsonNode work = work(user);
            String previous = "NOW";
            for (JsonNode item : work) {
                assertThat(item.get("kindLabel").asText()).as(user).isNotBlank().doesNotStartWith("work.");
                assertThat(item.get("detail").asText()).as(user).isNotBlank().doesNotContain("{0}");
                assertThat(item.get("href").asText()).as(user).startsWith("/");
                assertThat(order(item.get("urgency").asText())).isNotNegative();
                assertThat(order(item.get("urgency").asText()) >= order(previous))
                        .as(user + ": most urgent first").isTrue();
                previous = item.get("urgency").asText();
            }
            mvc.perform(get("/").with(user(users.loadUserByUsername(user)))).andExpect(status().isOk());
        }
    }

    private static int order(String urgency) {
        return List.of("NOW", "SOON", "WATCH").indexOf(urgency);
    }

    private JsonNode work(String username) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/me/work").with(httpBasic(username, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** The items linking to href (every item when href is null). */
    private static List<JsonNode> items(JsonNode work, String href) {
        List<JsonNode> found = new ArrayList<>();
        work.forEach(i -> {
            if (href == null || i.get("href").asText().equals(href)) {
                found.add(i);
            }
        });
        return found;
    }

    private static List<String> kinds(JsonNode work, String href) {
        return items(work, href).stream().map(i -> i.get("kind").asText()).distinct().toList();
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String page(String path, String username, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void api(String path, String username) throws Exception {
        mvc.perform(post(path).with(httpBasic(username, "demo"))).andExpect(status().isOk());
    }

    private void publish(UUID version) throws Exception {
        sops().publish(version);
    }

    private UUID createMaster() throws Exception {
        return sops().createMaster("WQ", "Damaged parcel claims", V1, "First version");
    }

    private UUID derive(UUID master, String market, String adapted) throws Exception {
        return sops().derive(master, market, "Damaged parcel claims", adapted);
    }

    private UUID newMasterVersion(UUID master, String body) throws Exception {
        mvc.perform(post("/api/v1/sops/" + master + "/revisions").with(httpBasic("sopeditor", "demo"))).andExpect(status().is2xxSuccessful());
        UUID draft = latestVersionId(master);
        mvc.perform(put("/api/v1/sop-versions/" + draft).with(httpBasic("sopeditor", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("title", "Damaged parcel claims", "body", body, "changeNote", "Two photos",
                                "lockVersion", 0))))
                .andExpect(status().isOk());
        return draft;
    }

    private UUID latestVersionId(UUID document) throws Exception {
        return sops().latestVersionId(document);
    }

    private SopThroughTheApi sops() {
        return new SopThroughTheApi(mvc, json);
    }
}
