package dev.launchdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;

import dev.launchdesk.shared.Role;

/**
 * Every endpoint of the JSON API and the actuator: without valid credentials 401, with a role that may not use
 * it 403, both as problem details; with an allowed role a 2xx. HTTP Basic and personal API tokens both sign in,
 * and a token stops working when it is revoked or expires. The SOP endpoints have their own table in
 * {@link SopApiAuthorizationWebTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAuthorizationWebTests {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> POLICY_EDITORS = EnumSet.of(Role.ADMIN, Role.SOP_EDITOR);
    private static final Set<Role> ROSTER_READERS = EnumSet.complementOf(EnumSet.of(Role.AGENT));
    private static final Set<Role> ROSTER_EDITORS = EnumSet.of(Role.ADMIN, Role.VENDOR_LEAD);
    private static final Set<Role> INSIGHT_READERS = EnumSet.of(Role.ADMIN, Role.ANALYST, Role.GTM_MANAGER);

    private static final String CSV = "text/csv";
    private static final String UPLOAD = "multipart/form-data";
    private static final String IMPORT = "external_id,full_name,vendor,site,languages\nAUTHZ-{unique},Authz Import,NCS,JKT-1,id\n";
    private static final String CUBE = "market,vendor,real,predict\nID,NCS,300,100\nID,LUMEN,100,100\nMY,NCS,100,100\nMY,LUMEN,100,100\n";

    @Autowired
    MockMvc mvc;

    /** The wrong passwords and unknown tokens sent here would lock the demo users and the test client (SignInThrottle). */
    @AfterEach
    void forgetFailedSignIns() {
        jdbc.sql("delete from sign_in_throttle").update();
    }

    @Autowired
    JdbcClient jdbc;

    private AdminApi admin;
    private final Map<String, String> rows = new LinkedHashMap<>();
    private final Map<Role, String> tokens = new EnumMap<>(Role.class);
    private final Map<Role, String> spareTokenIds = new EnumMap<>(Role.class);

    /**
     * An endpoint, the roles that may call it and the status they get. Path and body may name rows resolved once
     * through the API as admin ({ncs}, {ncsSite}, {ncsAgent}, {viewer}, {scratch...}); {unique} is fresh for every
     * request and {spareToken} is a token of the caller's own, issued for the test to revoke.
     */
    record Endpoint(String method, String path, Set<Role> allowed, String contentType, String body, int success) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Stands for the version field of an update, filled in with the row's current version just before the call. */
    private static final String CURRENT_VERSION = "{currentVersion}";

    static List<Endpoint> endpoints() {
        return List.of(
                read("/api/v1/me", EVERYONE),
                read("/api/v1/me/tokens", EVERYONE),
                // Issuing a token needs the password (HTTP Basic or a session); a token may not issue further tokens.
                write("POST", "/api/v1/me/tokens", Set.of(), "{\"name\": \"authz {unique}\", \"validDays\": 1}", 201),
                write("DELETE", "/api/v1/me/tokens/{spareToken}", EVERYONE, null, 204),

                read("/api/v1/markets", EVERYONE),
                read("/api/v1/markets/ID", EVERYONE),
                read("/api/v1/markets/ID/policy-parameters?history=true", EVERYONE),
                write("POST", "/api/v1/markets", ADMIN, "{scratchMarketForm}", 201),
                write("PUT", "/api/v1/markets/CA", ADMIN, "{canadaForm}", 200),
                write("POST", "/api/v1/markets/CA/policy-parameters", POLICY_EDITORS,
                        "{\"key\": \"authz.check_{unique}\", \"value\": \"1\", \"effectiveFrom\": \"2030-01-01\"}", 201),

                read("/api/v1/vendors", EVERYONE),
                read("/api/v1/vendors/{ncs}", EVERYONE),
                read("/api/v1/vendors/{ncs}/sites", EVERYONE),
                write("POST", "/api/v1/vendors", ADMIN, "{\"code\": \"V{unique}\", \"name\": \"Authz Vendor {unique}\", \"active\": true}", 201),
                write("PUT", "/api/v1/vendors/{scratchVendor}", ADMIN, "{scratchVendorForm}", 200),
                write("POST", "/api/v1/vendors/{scratchVendor}/sites", ADMIN,
                        "{\"code\": \"S{unique}\", \"name\": \"Authz Site {unique}\", \"marketCode\": \"ID\", \"languages\": \"id\"}", 201),
                read("/api/v1/sites", EVERYONE),
                read("/api/v1/sites/{ncsSite}", EVERYONE),
                write("PUT", "/api/v1/sites/{scratchSite}", ADMIN, "{scratchSiteForm}", 200),

                read("/api/v1/agents", ROSTER_READERS),
                read("/api/v1/agents/{ncsAgent}", ROSTER_READERS),
                read("/api/v1/agents/imports/template", ROSTER_READERS),
                write("POST", "/api/v1/agents", ROSTER_EDITORS, "{\"externalId\": \"AUTHZ-{unique}\", \"fullName\": \"Authz Check\", "
                        + "\"siteId\": \"{ncsSite}\", \"languages\": \"id\", \"status\": \"ONBOARDING\"}", 201),
                write("PUT", "/api/v1/agents/{scratchAgent}", ROSTER_EDITORS, "{scratchAgentForm}", 200),
                new Endpoint("POST", "/api/v1/agents/imports", ROSTER_EDITORS, CSV, IMPORT, 200),
                new Endpoint("POST", "/api/v1/agents/imports", ROSTER_EDITORS, UPLOAD, IMPORT, 200),

                read("/api/v1/users", ADMIN),
                read("/api/v1/users/{viewer}", ADMIN),
                write("POST", "/api/v1/users", ADMIN, "{\"username\": \"u{unique}\", \"displayName\": \"Authz User\", \"role\": \"VIEWER\", "
                        + "\"enabled\": true, \"password\": \"a-long-enough-password\"}", 201),
                write("PUT", "/api/v1/users/{scratchUser}", ADMIN, "{scratchUserForm}", 200),

                new Endpoint("POST", "/api/v1/insights/rca", INSIGHT_READERS, CSV, CUBE, 200),
                new Endpoint("POST", "/api/v1/insights/rca", INSIGHT_READERS, UPLOAD, CUBE, 200),

                read("/api/v1/me/notifications", EVERYONE),
                write("POST", "/api/v1/me/notifications/read-all", EVERYONE, null, 200),
                read("/api/v1/me/notification-preferences", EVERYONE),
                write("PUT", "/api/v1/me/notification-preferences/anomaly.detected", EVERYONE, "{\"inApp\": true, \"email\": \"IMMEDIATE\"}", 200),
                read("/api/v1/webhook-endpoints", ADMIN),
                write("POST", "/api/v1/webhook-endpoints", ADMIN, "{\"url\": \"http://127.0.0.1:9/authz-{unique}\", \"enabled\": false}", 201),

                read("/api/v1/audit", ADMIN),
                read("/actuator/prometheus", ADMIN));
    }

    /** Ways of not being signed in: nothing, a wrong password, an unknown user, an unknown token, something that is no token. */
    static List<String> badCredentials() {
        return List.of("none", "wrong password", "unknown user", "unknown token", "not a token");
    }

    static Stream<Arguments> endpointsAndBadCredentials() {
        return endpoints().stream().flatMap(endpoint -> badCredentials().stream().map(credentials -> Arguments.of(endpoint, credentials)));
    }

    static Stream<Arguments> endpointsAndRoles() {
        return endpoints().stream().flatMap(endpoint -> Arrays.stream(Role.values()).map(role -> Arguments.of(endpoint, role)));
    }

    @BeforeAll
    void setUpRowsAndTokens() throws Exception {
        admin = new AdminApi(mvc);
        rows.put("{ncs}", admin.vendorId("NCS").toString());
        rows.put("{ncsSite}", AdminApi.id(admin.site("NCS", "JKT-1")).toString());
        rows.put("{ncsAgent}", AdminApi.id(admin.anAgentOf("NCS")).toString());
        rows.put("{viewer}", admin.userId("viewer").toString());
        createScratchRows();
        for (Role role : Role.values()) {
            tokens.put(role, issueToken(role, "authz table").get("secret").asText());
            spareTokenIds.put(role, issueToken(role, "authz spare").get("token").get("id").asText());
        }
    }

    @ParameterizedTest(name = "{0} with {1} → 401")
    @MethodSource("endpointsAndBadCredentials")
    void withoutValidCredentialsEveryEndpointAnswers401AsAProblemDetail(Endpoint endpoint, String credentials) throws Exception {
        mvc.perform(call(endpoint, Role.ADMIN).with(badCredentials(credentials)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Sign-in required"))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("endpointsAndRoles")
    void allowedRolesGetA2xxAndEveryOtherRoleA403AsAProblemDetail(Endpoint endpoint, Role role) throws Exception {
        ResultActions result = mvc.perform(call(endpoint, role).with(bearer(tokens.get(role))));
        if (endpoint.allowed().contains(role)) {
            result.andExpect(status().is(endpoint.success()));
        } else {
            result.andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(403))
                    .andExpect(jsonPath("$.title").value("Not allowed"));
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void httpBasicSignsInEveryRole(Role role) throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic(DemoLogins.username(role), AdminApi.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(DemoLogins.username(role)))
                .andExpect(jsonPath("$.role").value(role.name()));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void aTokenIssuedThroughTheApiWorksUntilItsOwnerRevokesIt(Role role) throws Exception {
        JsonNode issued = issueToken(role, "lifecycle");
        String secret = issued.get("secret").asText();
        String id = issued.get("token").get("id").asText();
        assertThat(secret).startsWith("ldt_");

        mvc.perform(get("/api/v1/me").with(bearer(secret)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(DemoLogins.username(role)));
        String listed = mvc.perform(get("/api/v1/me/tokens").with(bearer(secret)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(listed).contains(id).doesNotContain(secret);

        mvc.perform(delete("/api/v1/me/tokens/{id}", id).with(bearer(secret))).andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/me").with(bearer(secret)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("unknown, revoked or expired")));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        JsonNode issued = issueToken(Role.ANALYST, "expiring");
        String secret = issued.get("secret").asText();
        mvc.perform(get("/api/v1/me").with(bearer(secret))).andExpect(status().isOk());

        jdbc.sql("update api_token set expires_at = :at where id = :id")
                .param("at", Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))))
                .param("id", UUID.fromString(issued.get("token").get("id").asText())).update();

        mvc.perform(get("/api/v1/me").with(bearer(secret)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aDisabledUserCanUseNeitherPasswordNorToken() throws Exception {
        String username = "d" + unique();
        String password = "a-long-enough-password";
        JsonNode user = admin.send("POST", "/api/v1/users", "{\"username\": \"" + username + "\", \"displayName\": \"Soon Disabled\", "
                + "\"role\": \"ANALYST\", \"enabled\": true, \"password\": \"" + password + "\"}");
        String secret = issueToken(username, password, "before disabling").get("secret").asText();
        mvc.perform(get("/api/v1/me").with(bearer(secret))).andExpect(status().isOk());

        admin.send("PUT", "/api/v1/users/{id}", "{\"username\": \"" + username + "\", \"displayName\": \"Soon Disabled\", "
                + "\"role\": \"ANALYST\", \"enabled\": false, \"password\": \"\", \"version\": " + user.get("version").asInt() + "}",
                AdminApi.id(user));

        mvc.perform(get("/api/v1/me").with(bearer(secret))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(httpBasic(username, password))).andExpect(status().isUnauthorized());
    }

    @Test
    void nobodyCanSeeOrRevokeAnotherUsersToken() throws Exception {
        JsonNode analysts = issueToken(Role.ANALYST, "not yours");
        String id = analysts.get("token").get("id").asText();
        String viewer = tokens.get(Role.VIEWER);

        String viewersList = mvc.perform(get("/api/v1/me/tokens").with(bearer(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(viewersList).doesNotContain(id);
        mvc.perform(delete("/api/v1/me/tokens/{id}", id).with(bearer(viewer))).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/me").with(bearer(analysts.get("secret").asText())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("analyst"));
    }

    @Test
    void aSignedInBrowserSessionDoesNotOpenTheApi() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("admin").password(AdminApi.PASSWORD))
                .andExpect(status().isFound()).andReturn().getRequest().getSession(false);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        String code = "S" + unique();

        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/vendors").session(session).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"" + code + "\", \"name\": \"Session Vendor " + code + "\"}"))
                .andExpect(status().isUnauthorized());

        assertThat(admin.get("/api/v1/vendors").toString()).doesNotContain(code.toUpperCase());
    }

    @Test
    void healthAndInfoArePublicAndTheOtherActuatorEndpointsNeedTheAdmin() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/info")).andExpect(status().isOk());

        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(bearer(tokens.get(Role.ANALYST)))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(bearer(tokens.get(Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/actuator").with(bearer(tokens.get(Role.VIEWER)))).andExpect(status().isForbidden());
    }

    private void createScratchRows() {
        String vendorCode = "V" + unique();
        JsonNode vendor = admin.send("POST", "/api/v1/vendors", "{\"code\": \"" + vendorCode + "\", \"name\": \"Scratch " + vendorCode + "\"}");
        rows.put("{scratchVendor}", AdminApi.id(vendor).toString());
        rows.put("{scratchVendorForm}", "{\"code\": \"" + vendorCode + "\", \"name\": \"Scratch " + vendorCode + "\", \"active\": true, "
                + CURRENT_VERSION + "}");

        String siteForm = "{\"code\": \"S" + unique() + "\", \"name\": \"Scratch Site\", \"marketCode\": \"ID\", \"languages\": \"id\"}";
        JsonNode site = admin.send("POST", "/api/v1/vendors/{id}/sites", siteForm, AdminApi.id(vendor));
        rows.put("{scratchSite}", AdminApi.id(site).toString());
        rows.put("{scratchSiteForm}", withCurrentVersion(siteForm));

        String agentForm = "{\"externalId\": \"AUTHZ-" + unique() + "\", \"fullName\": \"Scratch Agent\", \"siteId\": \"" + rows.get("{ncsSite}")
                + "\", \"languages\": \"id\", \"status\": \"ONBOARDING\"}";
        rows.put("{scratchAgent}", AdminApi.id(admin.send("POST", "/api/v1/agents", agentForm)).toString());
        rows.put("{scratchAgentForm}", withCurrentVersion(agentForm));

        String username = "s" + unique();
        JsonNode user = admin.send("POST", "/api/v1/users", "{\"username\": \"" + username + "\", \"displayName\": \"Scratch User\", "
                + "\"role\": \"VIEWER\", \"enabled\": true, \"password\": \"a-long-enough-password\"}");
        rows.put("{scratchUser}", AdminApi.id(user).toString());
        rows.put("{scratchUserForm}", "{\"username\": \"" + username + "\", \"displayName\": \"Scratch User\", \"role\": \"VIEWER\", "
                + "\"enabled\": true, \"password\": \"\", " + CURRENT_VERSION + "}");

        JsonNode canada = admin.get("/api/v1/markets/CA");
        rows.put("{canadaForm}", withCurrentVersion(marketForm(canada.get("code").asText(), canada)));
        rows.put("{scratchMarketForm}", marketForm(freeMarketCode(), canada));
    }

    /** A country that is not a market yet, so the admin's create succeeds whichever other tests ran before. */
    private String freeMarketCode() {
        String markets = admin.get("/api/v1/markets").toString();
        return Stream.of("IS", "FO", "GL", "LI", "MC", "SM", "AD", "MT")
                .filter(code -> !markets.contains("\"code\":\"" + code + "\"")).findFirst().orElseThrow();
    }

    private static String marketForm(String code, JsonNode like) {
        return "{\"code\": \"" + code + "\", \"name\": \"" + like.get("name").asText() + "\", \"region\": \"" + like.get("region").asText()
                + "\", \"timezone\": \"" + like.get("timezone").asText() + "\", \"currency\": \"" + like.get("currency").asText()
                + "\", \"languages\": \"" + String.join(",", languages(like)) + "\"}";
    }

    private static List<String> languages(JsonNode market) {
        return StreamSupport.stream(market.get("languages").spliterator(), false).map(JsonNode::asText).toList();
    }

    private JsonNode issueToken(Role role, String name) throws Exception {
        return issueToken(DemoLogins.username(role), AdminApi.PASSWORD, name);
    }

    private JsonNode issueToken(String username, String password, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/me/tokens").with(httpBasic(username, password))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"" + name + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return AdminApi.json(body);
    }

    private MockHttpServletRequestBuilder call(Endpoint endpoint, Role caller) {
        String path = resolve(endpoint.path(), caller);
        String body = endpoint.body() == null ? null : resolve(endpoint.body(), caller);
        if (body != null && body.contains(CURRENT_VERSION)) {
            body = body.replace(CURRENT_VERSION, "\"version\": " + admin.get(path).get("version").asInt());
        }
        if (UPLOAD.equals(endpoint.contentType())) {
            return multipart(path).file(new MockMultipartFile("file", "roster.csv", CSV, body.getBytes(StandardCharsets.UTF_8)));
        }
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(endpoint.method()), path);
        if (body != null) {
            request.contentType(endpoint.contentType()).content(body);
        }
        return request;
    }

    private String resolve(String text, Role caller) {
        String resolved = text.replace("{unique}", unique()).replace("{spareToken}", spareTokenIds.get(caller));
        for (var row : rows.entrySet()) {
            resolved = resolved.replace(row.getKey(), row.getValue());
        }
        return resolved;
    }

    private static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }

    private static RequestPostProcessor badCredentials(String kind) {
        return switch (kind) {
            case "none" -> request -> request;
            case "wrong password" -> httpBasic("admin", "not-demo");
            case "unknown user" -> httpBasic("nobody-" + unique(), AdminApi.PASSWORD);
            case "unknown token" -> bearer("ldt_" + unique() + unique() + unique());
            case "not a token" -> bearer("admin:demo");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static Endpoint read(String path, Set<Role> allowed) {
        return new Endpoint("GET", path, allowed, null, null, 200);
    }

    private static Endpoint write(String method, String path, Set<Role> allowed, String json, int success) {
        return new Endpoint(method, path, allowed, MediaType.APPLICATION_JSON_VALUE, json, success);
    }

    /** An update's body carries the version it read: the row's version just before the call. */
    private static String withCurrentVersion(String json) {
        return json.substring(0, json.lastIndexOf('}')) + ", " + CURRENT_VERSION + "}";
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
