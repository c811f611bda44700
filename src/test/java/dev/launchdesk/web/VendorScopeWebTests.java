package dev.launchdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;

import dev.launchdesk.reference.AgentListing;
import dev.launchdesk.reference.Site;
import dev.launchdesk.reference.Vendor;
import dev.launchdesk.shared.PageOf;
import dev.launchdesk.shared.Role;

/**
 * The vendor lead and the agent of NCS see only NCS: every list holds only NCS rows, and another vendor's
 * (LUMEN's) vendor, site or agent answers 404 without showing the row, whether read, changed, filtered for,
 * imported into or pointed at.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VendorScopeWebTests {

    private static final String ROSTER_HEADER = "external_id,full_name,vendor,site,languages\n";
    private static final Set<String> OTHER_VENDOR_NAMES = Set.of("Lumen BPO", "Atlas CX", "BrightPath Support");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    private AdminApi admin;
    private UUID ncs;
    private UUID ncsSite;
    private List<String> ncsSiteIds;
    private UUID lumen;
    private JsonNode lumenSite;
    private JsonNode lumenAgent;

    @BeforeEach
    void lookUpBothVendorsAsAdmin() {
        admin = new AdminApi(mvc);
        JsonNode vendors = admin.get("/api/v1/vendors");
        ncs = AdminApi.id(AdminApi.row(vendors, "code", "NCS"));
        lumen = AdminApi.id(AdminApi.row(vendors, "code", "LUMEN"));
        JsonNode sites = admin.get("/api/v1/sites");
        ncsSiteIds = stream(sites).filter(s -> s.get("vendorId").asText().equals(ncs.toString())).map(s -> s.get("id").asText()).toList();
        ncsSite = AdminApi.id(stream(sites).filter(s -> s.get("vendorId").asText().equals(ncs.toString()))
                .filter(s -> s.get("code").asText().equals("JKT-1")).findFirst().orElseThrow());
        lumenSite = stream(sites).filter(s -> s.get("vendorId").asText().equals(lumen.toString()))
                .filter(s -> s.get("code").asText().equals("MNL-1")).findFirst().orElseThrow();
        lumenAgent = admin.get("/api/v1/agents?vendorId={v}&size=1", lumen).get("items").get(0);
    }

    // --- lists hold only their own vendor's rows ---

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VENDOR_LEAD", "AGENT"})
    void theVendorListHoldsOnlyTheirOwnVendor(Role role) throws Exception {
        apiGet("/api/v1/vendors", role)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].code").value("NCS"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VENDOR_LEAD", "AGENT"})
    void theSiteListHoldsExactlyTheirOwnVendorsSites(Role role) throws Exception {
        JsonNode sites = json(apiGet("/api/v1/sites", role).andExpect(status().isOk()));

        assertThat(stream(sites).map(s -> s.get("id").asText())).containsExactlyInAnyOrderElementsOf(ncsSiteIds);
    }

    @Test
    void theAgentListHoldsExactlyTheirOwnVendorsAgents() throws Exception {
        JsonNode page = json(apiGet("/api/v1/agents?size=500", Role.VENDOR_LEAD).andExpect(status().isOk()));

        assertThat(page.get("total").asLong()).isPositive().isEqualTo(admin.agentTotal("vendorId=" + ncs));
        assertThat(stream(page.get("items")).map(a -> a.get("vendorId").asText())).isNotEmpty().containsOnly(ncs.toString());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VENDOR_LEAD", "AGENT"})
    void theirPagesListOnlyTheirOwnVendorsRows(Role role) throws Exception {
        MvcResult vendors = pageGet("/vendors", role).andExpect(status().isOk()).andReturn();
        assertThat(this.<List<Vendor>>modelValue(vendors, "vendors")).extracting(Vendor::code).containsExactly("NCS");
        assertThat(this.<List<Site>>modelValue(vendors, "sites")).extracting(Site::vendorId).isNotEmpty().containsOnly(ncs);
        assertThat(vendors.getResponse().getContentAsString()).doesNotContain(OTHER_VENDOR_NAMES).doesNotContain(lumenSite.get("name").asText());

        pageGet("/", role).andExpect(status().isOk())
                .andExpect(model().attribute("vendorCount", 1))
                .andExpect(model().attribute("siteCount", ncsSiteIds.size()));

        String philippines = pageGet("/markets/PH", role).andExpect(status().isOk())
                .andExpect(model().attribute("sites", List.of())).andReturn().getResponse().getContentAsString();
        assertThat(philippines).doesNotContain(lumenSite.get("name").asText());
    }

    @Test
    void theAgentPagesListOnlyTheirOwnVendorsAgentsAndSites() throws Exception {
        MvcResult list = pageGet("/agents", Role.VENDOR_LEAD).andExpect(status().isOk()).andReturn();
        PageOf<AgentListing> agents = modelValue(list, "agents");
        assertThat(agents.total()).isEqualTo(admin.agentTotal("vendorId=" + ncs));
        assertThat(agents.items()).extracting(AgentListing::vendorId).isNotEmpty().containsOnly(ncs);
        assertThat(this.<List<Vendor>>modelValue(list, "vendors")).extracting(Vendor::id).containsExactly(ncs);
        assertThat(this.<List<Site>>modelValue(list, "sites")).extracting(Site::vendorId).containsOnly(ncs);
        assertThat(list.getResponse().getContentAsString()).doesNotContain(OTHER_VENDOR_NAMES);

        MvcResult form = pageGet("/agents/new", Role.VENDOR_LEAD).andExpect(status().isOk()).andReturn();
        assertThat(this.<List<Site>>modelValue(form, "sites")).extracting(Site::vendorId).isNotEmpty().containsOnly(ncs);
    }

    @Test
    void filteringForAnotherVendorsAgentsFindsNothing() throws Exception {
        String[] filters = {"vendorId=" + lumen, "siteId=" + lumenSite.get("id").asText(), "q=" + lumenAgent.get("externalId").asText(),
                "market=" + lumenSite.get("marketCode").asText()};
        for (String filter : filters) {
            apiGet("/api/v1/agents?" + filter, Role.VENDOR_LEAD)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(0))
                    .andExpect(jsonPath("$.items.length()").value(0));
            MvcResult page = pageGet("/agents?" + filter, Role.VENDOR_LEAD).andExpect(status().isOk()).andReturn();
            assertThat(this.<PageOf<AgentListing>>modelValue(page, "agents").total()).as(filter).isZero();
        }
        assertThat(admin.agentTotal("vendorId=" + lumen)).as("LUMEN has agents for the admin").isPositive();
    }

    // --- another vendor's rows answer 404 and are not shown ---

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VENDOR_LEAD", "AGENT"})
    void anotherVendorAndItsSitesAre404(Role role) throws Exception {
        String lumenName = admin.get("/api/v1/vendors/{id}", lumen).get("name").asText();

        assertNotFound(apiGet("/api/v1/vendors/" + lumen, role), lumenName, "LUMEN");
        assertNotFound(apiGet("/api/v1/vendors/" + lumen + "/sites", role), lumenSite.get("name").asText(), lumenSite.get("code").asText());
        assertNotFound(apiGet("/api/v1/sites/" + lumenSite.get("id").asText(), role), lumenSite.get("name").asText(),
                lumenSite.get("code").asText());
        assertNotFound(pageGet("/vendors/" + lumen, role), lumenName, lumenSite.get("name").asText());
    }

    @Test
    void anotherVendorsAgentIs404OnTheApiAndThePages() throws Exception {
        String id = lumenAgent.get("id").asText();
        String name = lumenAgent.get("fullName").asText();
        String externalId = lumenAgent.get("externalId").asText();

        assertNotFound(apiGet("/api/v1/agents/" + id, Role.VENDOR_LEAD), name, externalId);
        assertNotFound(pageGet("/agents/" + id, Role.VENDOR_LEAD), name, externalId);
        assertNotFound(pageGet("/agents/" + id + "/edit", Role.VENDOR_LEAD), name, externalId);
    }

    @Test
    void changingAnotherVendorsAgentIs404AndChangesNothing() throws Exception {
        String id = lumenAgent.get("id").asText();
        long auditBefore = admin.auditEntries();
        String takeover = agentJson(lumenAgent.get("externalId").asText(), "Taken Over", ncsSite, lumenAgent.get("version").asInt());

        mvc.perform(put("/api/v1/agents/{id}", id).with(basic(Role.VENDOR_LEAD)).contentType(MediaType.APPLICATION_JSON).content(takeover))
                .andExpect(status().isNotFound());
        mvc.perform(post("/agents/{id}", id).with(csrf()).with(signedIn(Role.VENDOR_LEAD))
                        .param("externalId", lumenAgent.get("externalId").asText()).param("fullName", "Taken Over")
                        .param("siteId", ncsSite.toString()).param("languages", "en").param("status", "ACTIVE"))
                .andExpect(status().isNotFound());

        JsonNode after = admin.agent(UUID.fromString(id));
        assertThat(after.get("fullName").asText()).isEqualTo(lumenAgent.get("fullName").asText());
        assertThat(after.get("vendorId").asText()).isEqualTo(lumen.toString());
        assertThat(after.get("version").asInt()).isEqualTo(lumenAgent.get("version").asInt());
        assertThat(admin.auditEntries()).isEqualTo(auditBefore);
    }

    // --- writes cannot reach into another vendor ---

    @Test
    void creatingAnAgentAtAnotherVendorsSiteIsRejectedNamingTheSiteAndWritesNothing() throws Exception {
        String externalId = "AUTHZ-" + unique();
        long auditBefore = admin.auditEntries();

        mvc.perform(post("/api/v1/agents").with(basic(Role.VENDOR_LEAD)).contentType(MediaType.APPLICATION_JSON)
                        .content(agentJson(externalId, "Planted Agent", UUID.fromString(lumenSite.get("id").asText()))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("siteId"))
                .andExpect(jsonPath("$.errors.length()").value(1));
        mvc.perform(post("/agents").with(csrf()).with(signedIn(Role.VENDOR_LEAD))
                        .param("externalId", externalId).param("fullName", "Planted Agent")
                        .param("siteId", lumenSite.get("id").asText()).param("languages", "en").param("status", "ACTIVE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "siteId"));

        assertThat(admin.agentTotal("q=" + externalId)).isZero();
        assertThat(admin.auditEntries()).isEqualTo(auditBefore);
    }

    @Test
    void movingTheirOwnAgentToAnotherVendorsSiteIsRejectedAndChangesNothing() throws Exception {
        JsonNode own = admin.get("/api/v1/agents?vendorId={v}&size=1", ncs).get("items").get(0);
        long auditBefore = admin.auditEntries();

        mvc.perform(put("/api/v1/agents/{id}", own.get("id").asText()).with(basic(Role.VENDOR_LEAD)).contentType(MediaType.APPLICATION_JSON)
                        .content(agentJson(own.get("externalId").asText(), own.get("fullName").asText(),
                                UUID.fromString(lumenSite.get("id").asText()), own.get("version").asInt())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("siteId"));

        JsonNode after = admin.agent(AdminApi.id(own));
        assertThat(after.get("siteId").asText()).isEqualTo(own.get("siteId").asText());
        assertThat(after.get("version").asInt()).isEqualTo(own.get("version").asInt());
        assertThat(admin.auditEntries()).isEqualTo(auditBefore);
    }

    @Test
    void aRosterImportWithAnotherVendorsRowsIsRejectedWholeAndWritesNothing() throws Exception {
        String prefix = "AUTHZ-" + unique();
        String csv = ROSTER_HEADER
                + prefix + "-1,Own Agent,NCS,JKT-1,id\n"
                + prefix + "-2,Foreign Agent,LUMEN,MNL-1,fil\n";
        long auditBefore = admin.auditEntries();

        mvc.perform(post("/api/v1/agents/imports").with(basic(Role.VENDOR_LEAD)).contentType("text/csv").content(csv))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("vendor"));
        mvc.perform(multipart("/agents/import").file(roster(csv)).with(csrf()).with(signedIn(Role.VENDOR_LEAD)))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("rejected"))
                .andExpect(model().attributeDoesNotExist("result"));

        assertThat(admin.agentTotal("q=" + prefix)).isZero();
        assertThat(admin.auditEntries()).isEqualTo(auditBefore);
    }

    @Test
    void aRosterImportWithoutAVendorColumnCannotReachAnotherVendorsSite() throws Exception {
        String externalId = "AUTHZ-" + unique();
        String csv = "external_id,full_name,site,languages\n" + externalId + ",Foreign Agent," + lumenSite.get("code").asText() + ",fil\n";

        mvc.perform(post("/api/v1/agents/imports").with(basic(Role.VENDOR_LEAD)).contentType("text/csv").content(csv))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("site"));

        assertThat(admin.agentTotal("q=" + externalId)).isZero();
    }

    @Test
    void aVendorLeadStillManagesTheirOwnVendorsAgents() throws Exception {
        String externalId = "AUTHZ-" + unique();
        JsonNode created = json(mvc.perform(post("/api/v1/agents").with(basic(Role.VENDOR_LEAD)).contentType(MediaType.APPLICATION_JSON)
                        .content(agentJson(externalId, "Own New Agent", ncsSite)))
                .andExpect(status().isCreated()));
        assertThat(created.get("vendorId").asText()).isEqualTo(ncs.toString());

        mvc.perform(put("/api/v1/agents/{id}", created.get("id").asText()).with(basic(Role.VENDOR_LEAD))
                        .contentType(MediaType.APPLICATION_JSON).content(agentJson(externalId, "Own Renamed Agent", ncsSite,
                                created.get("version").asInt())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Own Renamed Agent"));
        mvc.perform(post("/api/v1/agents/imports").with(basic(Role.VENDOR_LEAD)).contentType("text/csv")
                        .content(ROSTER_HEADER + externalId + ",Own Imported Agent,NCS,JKT-1,id\n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(1));
    }

    @Test
    void aVendorLeadMovedToAnotherVendorSeesOnlyTheNewVendorInTheirOpenSession() throws Exception {
        String username = "m" + unique();
        String password = "a-long-enough-password";
        UUID id = AdminApi.id(admin.send("POST", "/api/v1/users", leadJson(username, ncs, password)));
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn().getRequest().getSession(false);
        MvcResult before = mvc.perform(get("/vendors").session(session)).andExpect(status().isOk()).andReturn();
        assertThat(this.<List<Vendor>>modelValue(before, "vendors")).extracting(Vendor::id).containsExactly(ncs);

        String moved = leadJson(username, lumen, "");
        admin.send("PUT", "/api/v1/users/{id}", moved.substring(0, moved.length() - 1) + ", \"version\": 0}", id);

        MvcResult after = mvc.perform(get("/vendors").session(session)).andExpect(status().isOk()).andReturn();
        assertThat(this.<List<Vendor>>modelValue(after, "vendors")).extracting(Vendor::id).containsExactly(lumen);
        mvc.perform(get("/vendors/{id}", ncs).session(session)).andExpect(status().isNotFound());
    }

    // --- helpers ---

    private void assertNotFound(ResultActions result, String... mustNotShow) throws Exception {
        String body = result.andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(mustNotShow);
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

    private static String agentJson(String externalId, String fullName, UUID siteId) {
        return agentJson(externalId, fullName, siteId, null);
    }

    /** An agent form; updates carry the version they read. */
    private static String agentJson(String externalId, String fullName, UUID siteId, Integer version) {
        return "{\"externalId\": \"" + externalId + "\", \"fullName\": \"" + fullName + "\", \"siteId\": \"" + siteId
                + "\", \"languages\": \"en\", \"status\": \"ACTIVE\", \"version\": " + version + "}";
    }

    private static String leadJson(String username, UUID vendorId, String password) {
        return "{\"username\": \"" + username + "\", \"displayName\": \"Moving Lead\", \"role\": \"VENDOR_LEAD\", \"vendorId\": \""
                + vendorId + "\", \"enabled\": true, \"password\": \"" + password + "\"}";
    }

    private static MockMultipartFile roster(String csv) {
        return new MockMultipartFile("file", "roster.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(ResultActions result) throws Exception {
        return AdminApi.json(result.andReturn().getResponse().getContentAsString());
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
