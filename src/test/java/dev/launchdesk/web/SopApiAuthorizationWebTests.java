package dev.launchdesk.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.launchdesk.shared.Role;

/**
 * Every endpoint of the SOP API (SOPs and versions, the review workflow, variants, the merge tool,
 * translations, handbooks, acknowledgements): without valid credentials 401, with a role that may not use it
 * 403, both as problem details; with an allowed role a 2xx. Writes act on SOPs the test makes for the request
 * (see {@link SopRows}), so they change no demo SOP. Who sees which SOP version is in {@link SopVendorScopeWebTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SopApiAuthorizationWebTests {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> EDITORS = EnumSet.of(Role.ADMIN, Role.SOP_EDITOR);
    private static final Set<Role> MANAGERS = EnumSet.complementOf(EnumSet.of(Role.AGENT));
    private static final Set<Role> AGENT = EnumSet.of(Role.AGENT);

    private static final String UPLOAD = MediaType.MULTIPART_FORM_DATA_VALUE;
    private static final String XLIFF = "application/xliff+xml";
    private static final String EDITED = "{\"title\": \"Authorisation check edited\", \"body\": \"# Steps\\n\\nEdited.\\n\", \"lockVersion\": 0}";
    private static final String MERGE = "{\"base\": \"a\\nb\\n\", \"regional\": \"A\\nb\\n\", \"master\": \"a\\nB\\n\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** The wrong passwords and unknown tokens sent here would lock the demo users and the test client (SignInThrottle). */
    @AfterEach
    void forgetFailedSignIns() {
        jdbc.sql("delete from sign_in_throttle").update();
    }

    private SopRows rows;
    private final Map<Role, String> tokens = new EnumMap<>(Role.class);

    /** An endpoint, the roles that may call it and the status they get; path and body name {@link SopRows}. */
    record Endpoint(String method, String path, Set<Role> allowed, String contentType, String body, int success) {

        @Override
        public String toString() {
            return method + " " + path + (contentType == null || contentType.equals(MediaType.APPLICATION_JSON_VALUE) ? "" : " (" + contentType + ")");
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                read("/api/v1/sops", EVERYONE),
                write("POST", "/api/v1/sops", EDITORS, "{\"key\": \"AUTHZ-{unique}\", \"title\": \"Authorisation check\", "
                        + "\"category\": \"Orders\", \"body\": \"# Steps\\n\\nCheck.\\n\"}", 201),
                read("/api/v1/sops/{refunds}", EVERYONE),
                read("/api/v1/sops/{refundsId}", EVERYONE),
                read("/api/v1/sops/{refunds}/variants", EVERYONE),
                write("POST", "/api/v1/sops/{publishedMaster}/variants", EDITORS, "{\"marketCode\": \"TH\"}", 201),
                write("POST", "/api/v1/sops/{publishedMaster}/revisions", EDITORS, null, 200),
                read("/api/v1/sops/{refundsId}/diff?from={refundsPublished}&to={refundsIdPublished}", EVERYONE),
                read("/api/v1/sop-matrix", EVERYONE),

                read("/api/v1/sop-versions/{refundsIdPublished}", EVERYONE),
                read("/api/v1/sop-versions/{refundsIdPublished}/conflicts", EVERYONE),
                write("PUT", "/api/v1/sop-versions/{draft}", EDITORS, EDITED, 200),
                write("POST", "/api/v1/sop-versions/{draft}/submit", EDITORS, null, 200),
                write("POST", "/api/v1/sop-versions/{inReview}/approve", EDITORS, "{\"comment\": \"Four eyes\"}", 200),
                write("POST", "/api/v1/sop-versions/{inReview}/request-changes", EDITORS, "{\"comment\": \"Name the carrier\"}", 200),
                write("POST", "/api/v1/sop-versions/{approved}/publish", EDITORS, null, 200),
                write("POST", "/api/v1/sop-versions/{draft}/withdraw", EDITORS, null, 200),
                write("POST", "/api/v1/sop-versions/{conflicted}/resolutions", EDITORS, "[{\"hunk\": 0, \"choice\": \"TAKE_MASTER\"}]", 200),

                write("POST", "/api/v1/sop-merges/preview", EVERYONE, MERGE, 200),

                read("/api/v1/sops/{refundsId}/translations", EVERYONE),
                write("POST", "/api/v1/sops/{translatable}/translations/ms/exports", EDITORS, null, 200),
                new Endpoint("POST", "/api/v1/sops/{translatable}/translations/ms/xliff", EDITORS, UPLOAD, "{translatableXliff}", 200),
                new Endpoint("POST", "/api/v1/sops/{translatable}/translations/ms/xliff", EDITORS, XLIFF, "{translatableXliff}", 200),

                // the PDF comes from the same method and takes seconds to render; SopExportWebTests downloads one
                read("/api/v1/sop-handbooks/ID.html", EVERYONE),
                read("/api/v1/sop-handbooks/TH.html", EVERYONE),

                read("/api/v1/me/sops", AGENT),
                write("POST", "/api/v1/me/sops/{inForceForAgent}/acknowledgement", AGENT, null, 200),
                read("/api/v1/sops/{refundsId}/acknowledgements", MANAGERS));
    }

    /** Ways of not being signed in: nothing, a wrong password, an unknown token. */
    static List<String> badCredentials() {
        return List.of("none", "wrong password", "unknown token");
    }

    static Stream<Arguments> endpointsAndBadCredentials() {
        return endpoints().stream().flatMap(endpoint -> badCredentials().stream().map(credentials -> Arguments.of(endpoint, credentials)));
    }

    static Stream<Arguments> endpointsAndRoles() {
        return endpoints().stream().flatMap(endpoint -> Arrays.stream(Role.values()).map(role -> Arguments.of(endpoint, role)));
    }

    @BeforeAll
    void setUpRowsAndTokens() throws Exception {
        rows = new SopRows(new SopEditorApi(mvc));
        for (Role role : Role.values()) {
            String body = mvc.perform(post("/api/v1/me/tokens").with(httpBasic(DemoLogins.username(role), AdminApi.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"sop authz table\", \"validDays\": 1}"))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            tokens.put(role, AdminApi.json(body).get("secret").asText());
        }
    }

    @ParameterizedTest(name = "{0} with {1} → 401")
    @MethodSource("endpointsAndBadCredentials")
    void withoutValidCredentialsEveryEndpointAnswers401AsAProblemDetail(Endpoint endpoint, String credentials) throws Exception {
        mvc.perform(call(endpoint, rows.forRequest(Role.ADMIN, false)).with(badCredentials(credentials)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Sign-in required"));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("endpointsAndRoles")
    void allowedRolesGetA2xxAndEveryOtherRoleA403AsAProblemDetail(Endpoint endpoint, Role role) throws Exception {
        boolean allowed = endpoint.allowed().contains(role);
        ResultActions result = mvc.perform(call(endpoint, rows.forRequest(role, allowed)).with(bearer(tokens.get(role))));
        if (allowed) {
            result.andExpect(status().is(endpoint.success()));
        } else {
            result.andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(403))
                    .andExpect(jsonPath("$.title").value("Not allowed"));
        }
    }

    private MockHttpServletRequestBuilder call(Endpoint endpoint, SopRows.Request rows) {
        String path = rows.resolve(endpoint.path());
        String body = endpoint.body() == null ? null : rows.resolve(endpoint.body());
        if (UPLOAD.equals(endpoint.contentType())) {
            return multipart(path).file(new MockMultipartFile("file", "sop.xlf", XLIFF, body.getBytes(StandardCharsets.UTF_8)));
        }
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(endpoint.method()), path);
        if (body != null) {
            request.contentType(endpoint.contentType()).content(body);
        }
        return request;
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
            case "wrong password" -> httpBasic("sopeditor", "not-demo");
            case "unknown token" -> bearer("ldt_" + UUID.randomUUID() + UUID.randomUUID());
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static Endpoint read(String path, Set<Role> allowed) {
        return new Endpoint("GET", path, allowed, null, null, 200);
    }

    private static Endpoint write(String method, String path, Set<Role> allowed, String json, int success) {
        return new Endpoint(method, path, allowed, MediaType.APPLICATION_JSON_VALUE, json, success);
    }
}
