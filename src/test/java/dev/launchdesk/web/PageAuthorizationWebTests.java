package dev.launchdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.launchdesk.shared.Role;

/**
 * Every page route, GET and POST, with the roles that may use it: anonymous visitors are sent to the sign-in
 * page, every other role gets 403, the allowed roles get the page (or the redirect or the form shown again with
 * its errors), and no form is accepted without its CSRF token.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageAuthorizationWebTests {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> POLICY_EDITORS = EnumSet.of(Role.ADMIN, Role.SOP_EDITOR);
    private static final Set<Role> ROSTER_READERS = EnumSet.complementOf(EnumSet.of(Role.AGENT));
    private static final Set<Role> ROSTER_EDITORS = EnumSet.of(Role.ADMIN, Role.VENDOR_LEAD);

    /** A roster file with a header and no rows: the import page shows it rejected and writes nothing. */
    private static final byte[] EMPTY_ROSTER = "external_id,full_name,site,languages\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    private AdminApi admin;
    private final Map<String, String> ids = new LinkedHashMap<>();

    /**
     * A page route. The path and form values may name demo rows, resolved once through the API: {ncs} (the vendor),
     * {ncsSite} (its site JKT-1), {ncsAgent} (one of its agents), {viewer} (the viewer's user id); {unique} is fresh
     * for every request.
     */
    record PageRoute(String method, String path, Set<Role> allowed, Map<String, String> form, boolean upload, ResultMatcher outcome) {

        boolean isPost() {
            return method.equals("POST");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<PageRoute> routes() {
        return List.of(
                page("/", EVERYONE),
                page("/account", EVERYONE),
                formPost("/account/tokens", EVERYONE, form("name", "authz check {unique}", "validDays", "1"), redirectTo("/account")),
                formPost("/account/tokens/{unique-id}/revoke", EVERYONE, form(), status().isNotFound()),
                formPost("/account/password", EVERYONE, form("currentPassword", "not-the-password", "newPassword", "a-new-long-password"),
                        redirectTo("/account")),

                page("/markets", EVERYONE),
                page("/markets/ID", EVERYONE),
                page("/markets/new", ADMIN),
                formPost("/markets", ADMIN, form("code", "", "name", ""), formWithErrors("form")),
                page("/markets/ID/edit", ADMIN),
                formPost("/markets/ID", ADMIN, form("code", "ID", "name", ""), formWithErrors("form")),
                formPost("/markets/ID/parameters", POLICY_EDITORS, form("key", "Not A Key", "value", ""), formWithErrors("parameterForm")),

                page("/vendors", EVERYONE),
                page("/vendors/{ncs}", EVERYONE),
                page("/vendors/new", ADMIN),
                formPost("/vendors", ADMIN, form("code", "V{unique}", "name", "Authz Vendor {unique}", "active", "true"),
                        redirectTo("/vendors/*")),
                page("/vendors/{ncs}/edit", ADMIN),
                formPost("/vendors/{ncs}", ADMIN, form("code", "", "name", ""), formWithErrors("form")),
                page("/vendors/{ncs}/sites/new", ADMIN),
                formPost("/vendors/{ncs}/sites", ADMIN, form("code", "", "name", ""), formWithErrors("form")),
                page("/vendors/{ncs}/sites/{ncsSite}/edit", ADMIN),
                formPost("/vendors/{ncs}/sites/{ncsSite}", ADMIN, form("code", "", "name", ""), formWithErrors("form")),

                page("/agents", ROSTER_READERS),
                page("/agents/{ncsAgent}", ROSTER_READERS),
                page("/agents/new", ROSTER_EDITORS),
                formPost("/agents", ROSTER_EDITORS, form("externalId", "AUTHZ-{unique}", "fullName", "Authz Check {unique}",
                        "siteId", "{ncsSite}", "languages", "id", "status", "ONBOARDING"), redirectTo("/agents/*")),
                page("/agents/{ncsAgent}/edit", ROSTER_EDITORS),
                formPost("/agents/{ncsAgent}", ROSTER_EDITORS, form("externalId", "", "fullName", ""), formWithErrors("form")),
                page("/agents/import", ROSTER_EDITORS),
                upload("/agents/import", ROSTER_EDITORS, ResultMatcher.matchAll(status().isOk(), model().attributeExists("rejected"))),
                page("/agents/import/template.csv", ROSTER_EDITORS),

                page("/users", ADMIN),
                page("/users/new", ADMIN),
                formPost("/users", ADMIN, form("username", "u{unique}", "displayName", "Authz User", "role", "VIEWER", "enabled", "true",
                        "password", "a-long-enough-password"), redirectTo("/users")),
                page("/users/{viewer}/edit", ADMIN),
                formPost("/users/{viewer}", ADMIN, form("username", "", "displayName", "", "role", "VIEWER"), formWithErrors("form")),

                page("/audit", ADMIN),

                page("/notifications", EVERYONE),
                formPost("/notifications/read-all", EVERYONE, form(), redirectTo("/notifications")),
                formPost("/notifications/987654321/read", EVERYONE, form(), status().isNotFound()),
                page("/account/notifications", EVERYONE),
                page("/account/notifications/panel", EVERYONE),
                formPost("/account/notifications", EVERYONE, form("inApp.anomaly.detected", "on", "email.anomaly.detected", "IMMEDIATE"),
                        redirectTo("/account/notifications")),
                page("/admin/webhooks", ADMIN),
                formPost("/admin/webhooks", ADMIN, form("url", "not a url"), redirectTo("/admin/webhooks")),
                page("/admin/mail-outbox", ADMIN),
                // the OpenAPI document answers API clients too (401 without credentials): OpenApiDocumentWebTests
                page("/swagger-ui/index.html", EVERYONE));
    }

    static Stream<Arguments> routesAndRoles() {
        return routes().stream().flatMap(route -> Arrays.stream(Role.values()).map(role -> Arguments.of(route, role)));
    }

    static Stream<PageRoute> formPosts() {
        return routes().stream().filter(PageRoute::isPost);
    }

    @BeforeAll
    void lookUpDemoRows() {
        admin = new AdminApi(mvc);
        ids.put("{ncs}", admin.vendorId("NCS").toString());
        ids.put("{ncsSite}", AdminApi.id(admin.site("NCS", "JKT-1")).toString());
        ids.put("{ncsAgent}", AdminApi.id(admin.anAgentOf("NCS")).toString());
        ids.put("{viewer}", admin.userId("viewer").toString());
    }

    @ParameterizedTest(name = "{0} without signing in → sign-in page")
    @MethodSource("routes")
    void visitorsWhoAreNotSignedInAreSentToTheSignInPage(PageRoute route) throws Exception {
        mvc.perform(request(route).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/login"));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("routesAndRoles")
    void allowedRolesGetThePageAndEveryOtherRoleA403(PageRoute route, Role role) throws Exception {
        var result = mvc.perform(request(route).with(csrf()).with(signedIn(role)));
        if (route.allowed().contains(role)) {
            result.andExpect(route.outcome());
        } else {
            result.andExpect(status().isForbidden());
        }
    }

    @ParameterizedTest(name = "{0} without a valid CSRF token → 403")
    @MethodSource("formPosts")
    void noFormIsAcceptedWithoutItsCsrfToken(PageRoute route) throws Exception {
        long auditBefore = admin.auditEntries();

        mvc.perform(request(route).with(signedIn(Role.ADMIN))).andExpect(status().isForbidden());
        mvc.perform(request(route).with(csrf().useInvalidToken()).with(signedIn(Role.ADMIN))).andExpect(status().isForbidden());

        assertThat(admin.auditEntries()).as("audit entries, i.e. changes written").isEqualTo(auditBefore);
    }

    @Test
    void everyFormThatPostsCarriesTheCsrfToken() throws Exception {
        mvc.perform(post("/account/tokens").param("name", "csrf check").with(csrf()).with(signedIn(Role.ADMIN)))
                .andExpect(redirectedUrl("/account"));
        List<String> pages = List.of("/", "/account", "/markets/ID", "/markets/new", "/markets/ID/edit", "/vendors/new",
                "/vendors/{ncs}/edit", "/vendors/{ncs}/sites/new", "/vendors/{ncs}/sites/{ncsSite}/edit", "/agents/new",
                "/agents/{ncsAgent}/edit", "/agents/import", "/users/new", "/users/{viewer}/edit");

        for (String page : pages) {
            String html = mvc.perform(get(resolve(page)).with(signedIn(Role.ADMIN)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(HtmlForms.postForms(html)).as("forms that post on " + page)
                    .hasSizeGreaterThanOrEqualTo(page.equals("/account") ? 4 : page.equals("/") ? 1 : 2)
                    .allSatisfy(form -> assertThat(form).contains("name=\"_csrf\""));
        }
        String login = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlForms.postForms(login)).hasSize(1).allSatisfy(form -> assertThat(form).contains("name=\"_csrf\""));
    }

    @Test
    void theSignInPageAndTheStylesheetArePublic() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/css/launchdesk.css")).andExpect(status().isOk());
    }

    @Test
    void signingInChecksThePasswordAndNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "vendorlead").param("password", "demo"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("vendorlead").password("not-demo"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("vendorlead").password("demo"))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("vendorlead").withRoles("VENDOR_LEAD"));
    }

    @Test
    void signingOutNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/logout").with(signedIn(Role.VIEWER))).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(csrf()).with(signedIn(Role.VIEWER))).andExpect(redirectedUrl("/login?signedOut"));
    }

    @Test
    void anAdminsChangeOfRoleOrDisablingTakesEffectInTheUsersOpenSession() throws Exception {
        String username = "r" + UUID.randomUUID().toString().substring(0, 8);
        String password = "a-long-enough-password";
        UUID id = AdminApi.id(admin.send("POST", "/api/v1/users", userJson(username, "ADMIN", true, password)));
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
        mvc.perform(get("/users").session(session)).andExpect(status().isOk());

        admin.send("PUT", "/api/v1/users/{id}", userJson(username, "VIEWER", true, "", 0), id);
        mvc.perform(get("/users").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        admin.send("PUT", "/api/v1/users/{id}", userJson(username, "VIEWER", false, "", 1), id);
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("http://localhost/login"));
    }

    private MockHttpServletRequestBuilder request(PageRoute route) {
        String path = resolve(route.path());
        if (route.upload()) {
            return multipart(path).file(new MockMultipartFile("file", "roster.csv", "text/csv", EMPTY_ROSTER));
        }
        MockHttpServletRequestBuilder request = route.isPost() ? post(path) : get(path);
        route.form().forEach((name, value) -> request.param(name, resolve(value)));
        return request;
    }

    private String resolve(String text) {
        String resolved = text.replace("{unique-id}", UUID.randomUUID().toString())
                .replace("{unique}", UUID.randomUUID().toString().substring(0, 8));
        for (var id : ids.entrySet()) {
            resolved = resolved.replace(id.getKey(), id.getValue());
        }
        return resolved;
    }

    /** Signs in as the demo user of the role, with the real principal that carries role and vendor. */
    private RequestPostProcessor signedIn(Role role) {
        return user(userDetails.loadUserByUsername(DemoLogins.username(role)));
    }

    private static String userJson(String username, String role, boolean enabled, String password) {
        return userJson(username, role, enabled, password, null);
    }

    /** A user form; updates carry the version they read. */
    private static String userJson(String username, String role, boolean enabled, String password, Integer version) {
        return "{\"username\": \"" + username + "\", \"displayName\": \"Session Check\", \"role\": \"" + role + "\", \"enabled\": "
                + enabled + ", \"password\": \"" + password + "\", \"version\": " + version + "}";
    }

    private static PageRoute page(String path, Set<Role> allowed) {
        return new PageRoute("GET", path, allowed, Map.of(), false, status().isOk());
    }

    private static PageRoute formPost(String path, Set<Role> allowed, Map<String, String> form, ResultMatcher outcome) {
        return new PageRoute("POST", path, allowed, form, false, outcome);
    }

    /** A multipart form post; the file is a roster with a header and no rows, which the import page rejects. */
    private static PageRoute upload(String path, Set<Role> allowed, ResultMatcher outcome) {
        return new PageRoute("POST", path, allowed, Map.of(), true, outcome);
    }

    private static Map<String, String> form(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private static ResultMatcher redirectTo(String url) {
        return ResultMatcher.matchAll(status().isFound(), url.contains("*") ? redirectedUrlPattern(url) : redirectedUrl(url));
    }

    /** The controller ran and showed the form again with the rule violations: access was granted, nothing written. */
    private static ResultMatcher formWithErrors(String attribute) {
        return ResultMatcher.matchAll(status().isOk(), model().attributeHasErrors(attribute));
    }
}
