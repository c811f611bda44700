package dev.launchdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;

import dev.launchdesk.shared.Role;
import dev.launchdesk.sop.acknowledgement.AcknowledgementDesk;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopVersion;

/**
 * The vendor lead and the agent of NCS read SOPs as they are in force: only published versions (a draft or a
 * version in review answers 404, on the API and the pages), never LUMEN's own variant of a master (404, and
 * left out of every list, handbook and acknowledgement view), and a vendor lead follows only NCS's agents'
 * acknowledgements. The SOPs are the test's own, made through the API in {@link #makeSops()}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SopVendorScopeWebTests {

    private static final String DRAFT_TEXT = "Unreleased step " + UUID.randomUUID();
    private static final String LUMEN_TEXT = "Only at Lumen " + UUID.randomUUID();
    private static final String LUMEN_SITE = "Bangkok Sathorn";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    private SopEditorApi sops;
    private UUID lumen;

    /** A master with v1 published and v2 an open draft; LUMEN's Thai variant of it, published and due for review. */
    private UUID master;
    private UUID masterPublished;
    private UUID masterDraft;
    private UUID lumenVariant;
    private UUID lumenVersion;
    /** A master whose only version is in review. */
    private UUID inReview;
    private UUID inReviewMaster;
    /** The Thai market variant of another master, published: it applies to LUMEN's agents in Bangkok and to no NCS agent. */
    private UUID thaiVariant;

    @BeforeAll
    void makeSops() {
        sops = new SopEditorApi(mvc);
        lumen = new AdminApi(mvc).vendorId("LUMEN");

        master = sops.publishedMaster();
        masterPublished = SopEditorApi.firstVersion(sops.read("/api/v1/sops/" + master));
        lumenVariant = sops.publishedVariant(master, "TH", lumen, SopEditorApi.BODY + "\n" + LUMEN_TEXT + "\n",
                "{\"effectiveDate\": \"2020-01-01\", \"reviewBy\": \"2020-06-30\"}");
        lumenVersion = SopEditorApi.firstVersion(sops.read("/api/v1/sops/" + lumenVariant));
        masterDraft = SopEditorApi.id(sops.startRevision(master));
        sops.edit(masterDraft, SopEditorApi.BODY + "\n" + DRAFT_TEXT + "\n");

        inReview = sops.inReview(SopEditorApi.EDITOR);
        inReviewMaster = UUID.fromString(sops.read("/api/v1/sop-versions/" + inReview).get("documentId").asText());
        thaiVariant = sops.publishedVariant(sops.publishedMaster(), "TH", null, null, null);
    }

    // --- only published versions ---

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VENDOR_LEAD", "AGENT"})
    void aDraftOrAVersionInReviewIs404OnTheApiAndThePages(Role role) throws Exception {
        for (UUID version : List.of(masterDraft, inReview)) {
            assertNotFound(apiGet("/api/v1/sop-versions/" + version, role), DRAFT_TEXT);
            assertNotFound(apiGet("/api/v1/sop-versions/" + version + "/conflicts", role));
            assertNotFound(pageGet("/sops/versions/" + version, role), DRAFT_TEXT);
        }
        String diff = "/diff?from=" + masterPublished + "&to=" + masterDraft;
        assertNotFound(apiGet("/api/v1/sops/" + master + diff, role), DRAFT_TEXT);
        assertNotFound(pageGet("/sops/" + master + diff, role), DRAFT_TEXT);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VENDOR_LEAD", "AGENT"})
    void anSopShowsThemOnlyItsPublishedVersion(Role role) throws Exception {
        JsonNode sop = json(apiGet("/api/v1/sops/" + master, role).andExpect(status().isOk()));
        assertThat(stream(sop.get("versions")).map(v -> v.get("id").asText())).containsExactly(masterPublished.toString());
        assertThat(sop.toString()).doesNotContain(DRAFT_TEXT);
        JsonNode underReview = json(apiGet("/api/v1/sops/" + inReviewMaster, role).andExpect(status().isOk()));
        assertThat(underReview.get("versions")).isEmpty();

        MvcResult page = pageGet("/sops/" + master, role).andExpect(status().isOk()).andReturn();
        assertThat(this.<List<SopVersion>>modelValue(page, "versions")).extracting(SopVersion::id).containsExactly(masterPublished);
        assertThat(page.getModelAndView().getModel().get("open")).isNull();
        assertThat(page.getResponse().getContentAsString()).doesNotContain(masterDraft.toString()).doesNotContain(DRAFT_TEXT);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VENDOR_LEAD", "AGENT"}, mode = EnumSource.Mode.EXCLUDE)
    void everyoneElseReadsDraftsAndVersionsInReview(Role role) throws Exception {
        for (UUID version : List.of(masterDraft, inReview)) {
            apiGet("/api/v1/sop-versions/" + version, role).andExpect(status().isOk());
            pageGet("/sops/versions/" + version, role).andExpect(status().isOk());
        }
        JsonNode sop = json(apiGet("/api/v1/sops/" + master, role).andExpect(status().isOk()));
        assertThat(stream(sop.get("versions")).map(v -> v.get("id").asText()))
                .containsExactly(masterDraft.toString(), masterPublished.toString());
        pageGet("/sops/" + master + "/diff?from=" + masterPublished + "&to=" + masterDraft, role).andExpect(status().isOk());
    }

    // --- another vendor's variant ---

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VENDOR_LEAD", "AGENT"})
    void anotherVendorsVariantIs404OnTheApiAndThePages(Role role) throws Exception {
        assertNotFound(apiGet("/api/v1/sops/" + lumenVariant, role), LUMEN_TEXT, "TH/LUMEN");
        assertNotFound(pageGet("/sops/" + lumenVariant, role), LUMEN_TEXT, "TH/LUMEN");
        assertNotFound(apiGet("/api/v1/sop-versions/" + lumenVersion, role), LUMEN_TEXT);
        assertNotFound(apiGet("/api/v1/sop-versions/" + lumenVersion + "/conflicts", role));
        assertNotFound(pageGet("/sops/versions/" + lumenVersion, role), LUMEN_TEXT, "TH/LUMEN");
        assertNotFound(apiGet("/api/v1/sops/" + lumenVariant + "/translations", role));
        String diff = "/diff?from=" + masterPublished + "&to=" + lumenVersion;
        assertNotFound(apiGet("/api/v1/sops/" + master + diff, role), LUMEN_TEXT);
        assertNotFound(pageGet("/sops/" + master + diff, role), LUMEN_TEXT);
    }

    @Test
    void anotherVendorsVariantIs404InTheAcknowledgementsOfTheLeadAndTheAgent() throws Exception {
        assertNotFound(apiGet("/api/v1/sops/" + lumenVariant + "/acknowledgements", Role.VENDOR_LEAD), LUMEN_SITE);
        assertNotFound(pageGet("/sops/" + lumenVariant + "/acknowledgements", Role.VENDOR_LEAD), LUMEN_SITE);
        assertNotFound(mvc.perform(post("/api/v1/me/sops/{v}/acknowledgement", lumenVersion).with(basic(Role.AGENT))));
        assertThat(json(apiGet("/api/v1/me/sops", Role.AGENT).andExpect(status().isOk())).toString())
                .doesNotContain(lumenVariant.toString()).doesNotContain(lumenVersion.toString());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VENDOR_LEAD", "AGENT"})
    void anotherVendorsVariantIsInNoListOfTheirs(Role role) throws Exception {
        assertThat(ids(json(apiGet("/api/v1/sops/" + master + "/variants", role).andExpect(status().isOk()))))
                .doesNotContain(lumenVariant.toString());
        assertThat(ids(sops.read("/api/v1/sops/" + master + "/variants"))).as("the admin's list").contains(lumenVariant.toString());

        MvcResult page = pageGet("/sops/" + master, role).andExpect(status().isOk()).andReturn();
        assertThat(this.<List<SopDocument>>modelValue(page, "variants")).extracting(SopDocument::id).doesNotContain(lumenVariant);
        assertThat(page.getResponse().getContentAsString()).doesNotContain("TH/LUMEN").doesNotContain(lumenVariant.toString());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VENDOR_LEAD", "AGENT"})
    void anotherVendorsVariantIsNotDueForReviewForThem(Role role) throws Exception {
        MvcResult own = pageGet("/sops/due", role).andExpect(status().isOk()).andReturn();
        assertThat(this.<List<Map.Entry<SopDocument, SopVersion>>>modelValue(own, "due")).extracting(e -> e.getKey().id())
                .doesNotContain(lumenVariant);
        assertThat(own.getResponse().getContentAsString()).doesNotContain("TH/LUMEN").doesNotContain(lumenVariant.toString());

        MvcResult admins = pageGet("/sops/due", Role.ADMIN).andExpect(status().isOk()).andReturn();
        assertThat(this.<List<Map.Entry<SopDocument, SopVersion>>>modelValue(admins, "due")).extracting(e -> e.getKey().id())
                .as("due for the admin").contains(lumenVariant);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VENDOR_LEAD", "AGENT"})
    void theirHandbookNeverHoldsAnotherVendorsVariant(Role role) throws Exception {
        String asked = "TH.html?vendorId=" + lumen;
        assertThat(text(apiGet("/api/v1/sop-handbooks/" + asked, role).andExpect(status().isOk()))).doesNotContain(LUMEN_TEXT);
        assertThat(text(pageGet("/sops/handbooks/" + asked, role).andExpect(status().isOk()))).doesNotContain(LUMEN_TEXT);
        assertThat(text(apiGet("/api/v1/sop-handbooks/" + asked, Role.ADMIN).andExpect(status().isOk())))
                .as("LUMEN's handbook for the admin").contains(LUMEN_TEXT);

        assertThat(text(pageGet("/sops/handbooks", role).andExpect(status().isOk()))).doesNotContain("Lumen BPO");
    }

    // --- acknowledgement progress ---

    @Test
    void aVendorLeadFollowsOnlyTheirOwnVendorsAgents() throws Exception {
        JsonNode admins = json(apiGet("/api/v1/sops/" + thaiVariant + "/acknowledgements", Role.ADMIN).andExpect(status().isOk()));
        assertThat(admins.get("total").asInt()).as("LUMEN's agents in Bangkok, for the admin").isPositive();
        assertThat(stream(admins.get("pending")).map(a -> a.get("vendorName").asText())).contains("Lumen BPO");

        JsonNode leads = json(apiGet("/api/v1/sops/" + thaiVariant + "/acknowledgements", Role.VENDOR_LEAD).andExpect(status().isOk()));
        assertThat(leads.get("total").asInt()).as("NCS has no agents in Thailand").isZero();
        assertThat(leads.get("pending")).isEmpty();
        MvcResult page = pageGet("/sops/" + thaiVariant + "/acknowledgements", Role.VENDOR_LEAD).andExpect(status().isOk()).andReturn();
        AcknowledgementDesk.Progress progress = modelValue(page, "progress");
        assertThat(progress.total()).isZero();
        assertThat(progress.bySite()).isEmpty();
        assertThat(page.getResponse().getContentAsString()).doesNotContain(LUMEN_SITE).doesNotContain("Lumen BPO");
    }

    @Test
    void aVendorLeadFollowsAllOfTheirOwnVendorsAgents() throws Exception {
        String refundsId = AdminApi.row(sops.read("/api/v1/sops/" + refunds() + "/variants"), "scope", "ID").get("id").asText();
        JsonNode admins = json(apiGet("/api/v1/sops/" + refundsId + "/acknowledgements", Role.ADMIN).andExpect(status().isOk()));
        JsonNode leads = json(apiGet("/api/v1/sops/" + refundsId + "/acknowledgements", Role.VENDOR_LEAD).andExpect(status().isOk()));

        assertThat(leads.get("total").asInt()).as("in Indonesia every agent is NCS's").isPositive().isEqualTo(admins.get("total").asInt());
        assertThat(leads.get("pending")).isEqualTo(admins.get("pending"));
    }

    // --- helpers ---

    private String refunds() {
        return AdminApi.row(sops.read("/api/v1/sops"), "key", "SPS-RFD-001").get("id").asText();
    }

    private void assertNotFound(ResultActions result, String... mustNotShow) throws Exception {
        String body = result.andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (String text : mustNotShow) {
            assertThat(body).doesNotContain(text);
        }
    }

    private ResultActions apiGet(String url, Role role) throws Exception {
        return mvc.perform(get(url).with(basic(role)));
    }

    private ResultActions pageGet(String url, Role role) throws Exception {
        return mvc.perform(get(url).with(signedIn(role)));
    }

    private static RequestPostProcessor basic(Role role) {
        return httpBasic(DemoLogins.username(role), AdminApi.PASSWORD);
    }

    /** Signs in to the pages as the demo user of the role, with the real principal that carries role and vendor. */
    private RequestPostProcessor signedIn(Role role) {
        return user(userDetails.loadUserByUsername(DemoLogins.username(role)));
    }

    @SuppressWarnings("unchecked")
    private <T> T modelValue(MvcResult result, String name) {
        Map<String, Object> model = result.getModelAndView().getModel();
        assertThat(model).containsKey(name);
        return (T) model.get(name);
    }

    private static JsonNode json(ResultActions result) throws Exception {
        return AdminApi.json(text(result));
    }

    private static String text(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode rows) {
        return stream(rows).map(row -> row.get("id").asText()).toList();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
