package dev.launchdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.launchdesk.shared.Role;

/**
 * Every SOP page route, GET and POST (library, editor and review workflow, variants, conflict resolution,
 * translations, handbooks, acknowledgements): anonymous visitors are sent to the sign-in page, every other
 * role gets 403, the allowed roles get the page or the step done, and no form is accepted without its CSRF
 * token. Posts act on SOPs the test makes for the request (see {@link SopRows}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SopPageAuthorizationWebTests {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> EDITORS = EnumSet.of(Role.ADMIN, Role.SOP_EDITOR);
    private static final Set<Role> MANAGERS = EnumSet.complementOf(EnumSet.of(Role.AGENT));
    private static final Set<Role> AGENT = EnumSet.of(Role.AGENT);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    private AdminApi admin;
    private SopRows rows;

    /** A page route; path, form values and the uploaded file name {@link SopRows}. */
    record PageRoute(String method, String path, Set<Role> allowed, Map<String, String> form, String upload, ResultMatcher outcome) {

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
                page("/sops", EVERYONE),
                page("/sops/matrix", EVERYONE),
                page("/sops/due", EVERYONE),
                page("/sops/new", EDITORS),
                formPost("/sops", EDITORS, form("key", "AUTHZ-{unique}", "title", "Authorisation check", "category", "Orders",
                        "body", "# Steps\n\nCheck.\n", "changeNote", "First version"), done("/sops/*")),
                page("/sops/{refunds}", EVERYONE),
                page("/sops/{refundsId}", EVERYONE),
                formPost("/sops/{publishedMaster}/variants", EDITORS, form("marketCode", "TH"), done("/sops/*")),
                page("/sops/{publishedMaster}/revisions/new", EDITORS),
                formPost("/sops/{publishedMaster}/revisions", EDITORS, form("title", "Authorisation check", "body", "# Steps\n\nRevised.\n",
                        "changeNote", "Revised"), done("/sops/versions/*")),
                formPost("/sops/preview", EVERYONE, form("body", "Refund within {{refund.window.days}} days.", "marketCode", "ID"),
                        status().isOk()),
                page("/sops/{refundsId}/diff?from={refundsPublished}&to={refundsIdPublished}", EVERYONE),

                page("/sops/versions/{refundsIdPublished}", EVERYONE),
                page("/sops/versions/{draft}/edit", EDITORS),
                formPost("/sops/versions/{draft}", EDITORS, form("title", "Authorisation check edited", "body", "# Steps\n\nEdited.\n",
                        "changeNote", "", "lockVersion", "0"), step("Draft saved.")),
                formPost("/sops/versions/{draft}/submit", EDITORS, form(), step("Submitted for review.")),
                formPost("/sops/versions/{inReview}/approve", EDITORS, form("comment", "Four eyes"), step("Approved.")),
                formPost("/sops/versions/{inReview}/request-changes", EDITORS, form("comment", "Name the carrier"),
                        step("Sent back to the author.")),
                formPost("/sops/versions/{approved}/publish", EDITORS, form("effectiveDate", "", "reviewBy", ""), step("Published.")),
                formPost("/sops/versions/{draft}/withdraw", EDITORS, form(), step("Withdrawn; it stays in the history.")),
                page("/sops/versions/{conflicted}/resolve", EDITORS),
                formPost("/sops/versions/{conflicted}/resolve", EDITORS, form("choice-0", "MASTER"),
                        step("All conflicts resolved; review the draft and submit it.")),

                formPost("/sops/{translatable}/translations/ms/export", EDITORS, form(),
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk()),
                upload("/sops/{translatable}/translations/ms", EDITORS, "{translatableXliff}", done("/sops/*")),

                page("/sops/handbooks", EVERYONE),
                new PageRoute("GET", "/sops/handbooks/download", EVERYONE, form("market", "id", "format", "html"), null,
                        redirectTo("/sops/handbooks/ID.html")),
                page("/sops/handbooks/ID.html", EVERYONE),

                page("/sops/{refunds}/acknowledgements", MANAGERS),
                page("/sops/{refundsId}/acknowledgements", MANAGERS),
                new PageRoute("GET", "/sops/read/{refundsIdPublished}", EVERYONE, form("language", "id"), null, readingView()),
                page("/my/sops", AGENT),
                page("/my/sops/{refundsIdPublished}", AGENT),
                formPost("/my/sops/{inForceForAgent}/acknowledgement", AGENT, form(), done("/my/sops")));
    }

    static Stream<Arguments> routesAndRoles() {
        return routes().stream().flatMap(route -> Arrays.stream(Role.values()).map(role -> Arguments.of(route, role)));
    }

    static Stream<PageRoute> formPosts() {
        return routes().stream().filter(PageRoute::isPost);
    }

    @BeforeAll
    void setUpRows() {
        admin = new AdminApi(mvc);
        rows = new SopRows(new SopEditorApi(mvc));
    }

    @ParameterizedTest(name = "{0} without signing in → sign-in page")
    @MethodSource("routes")
    void visitorsWhoAreNotSignedInAreSentToTheSignInPage(PageRoute route) throws Exception {
        mvc.perform(request(route, rows.forRequest(Role.ADMIN, false)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/login"));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("routesAndRoles")
    void allowedRolesGetThePageAndEveryOtherRoleA403(PageRoute route, Role role) throws Exception {
        boolean allowed = route.allowed().contains(role);
        var result = mvc.perform(request(route, rows.forRequest(role, allowed)).with(csrf()).with(signedIn(role)));
        if (allowed) {
            result.andExpect(route.outcome());
        } else {
            result.andExpect(status().isForbidden());
        }
    }

    @ParameterizedTest(name = "{0} without a valid CSRF token → 403")
    @MethodSource("formPosts")
    void noFormIsAcceptedWithoutItsCsrfToken(PageRoute route) throws Exception {
        Role role = route.allowed().contains(Role.ADMIN) ? Role.ADMIN : Role.AGENT;
        SopRows.Request sops = rows.forRequest(role, true);
        MockHttpServletRequestBuilder withoutToken = request(route, sops);
        MockHttpServletRequestBuilder withInvalidToken = request(route, sops);
        long auditBefore = admin.auditEntries();

        mvc.perform(withoutToken.with(signedIn(role))).andExpect(status().isForbidden());
        mvc.perform(withInvalidToken.with(csrf().useInvalidToken()).with(signedIn(role))).andExpect(status().isForbidden());

        assertThat(admin.auditEntries()).as("audit entries, i.e. changes written").isEqualTo(auditBefore);
    }

    @Test
    void everySopFormThatPostsCarriesTheCsrfToken() throws Exception {
        SopRows.Request sops = rows.forRequest(Role.ADMIN, true);
        Map<String, Integer> pages = new LinkedHashMap<>();
        pages.put("/sops/new", 2);
        pages.put("/sops/{publishedMaster}", 2);
        pages.put("/sops/{publishedMaster}/revisions/new", 2);
        pages.put("/sops/{translatable}", 4);
        pages.put("/sops/versions/{draft}", 3);
        pages.put("/sops/versions/{draft}/edit", 2);
        pages.put("/sops/versions/{inReview}", 4);
        pages.put("/sops/versions/{approved}", 3);
        pages.put("/sops/versions/{conflicted}/resolve", 2);
        for (var page : pages.entrySet()) {
            assertFormsCarryTheToken(sops.resolve(page.getKey()), Role.ADMIN, page.getValue());
        }
        assertFormsCarryTheToken("/my/sops", Role.AGENT, 2);
        assertFormsCarryTheToken(sops.resolve("/my/sops/{inForceForAgent}"), Role.AGENT, 2);
    }

    private void assertFormsCarryTheToken(String page, Role role, int atLeast) throws Exception {
        String html = mvc.perform(get(page).with(signedIn(role)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlForms.postForms(html)).as("forms that post on " + page)
                .hasSizeGreaterThanOrEqualTo(atLeast)
                .allSatisfy(form -> assertThat(form).contains("name=\"_csrf\""));
    }

    private MockHttpServletRequestBuilder request(PageRoute route, SopRows.Request sops) {
        String path = sops.resolve(route.path());
        if (route.upload() != null) {
            byte[] file = sops.resolve(route.upload()).getBytes(StandardCharsets.UTF_8);
            return multipart(path).file(new MockMultipartFile("file", "sop.xlf", "application/xliff+xml", file));
        }
        MockHttpServletRequestBuilder request = route.isPost() ? post(path) : get(path);
        route.form().forEach((name, value) -> request.param(name, sops.resolve(value)));
        return request;
    }

    /** Signs in as the demo user of the role, with the real principal that carries role, vendor and agent. */
    private RequestPostProcessor signedIn(Role role) {
        return user(userDetails.loadUserByUsername(DemoLogins.username(role)));
    }

    private static PageRoute page(String path, Set<Role> allowed) {
        return new PageRoute("GET", path, allowed, Map.of(), null, status().isOk());
    }

    private static PageRoute formPost(String path, Set<Role> allowed, Map<String, String> form, ResultMatcher outcome) {
        return new PageRoute("POST", path, allowed, form, null, outcome);
    }

    /** A multipart form post of the file the text names. */
    private static PageRoute upload(String path, Set<Role> allowed, String file, ResultMatcher outcome) {
        return new PageRoute("POST", path, allowed, Map.of(), file, outcome);
    }

    private static Map<String, String> form(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private static ResultMatcher redirectTo(String url) {
        return ResultMatcher.matchAll(status().isFound(), redirectedUrl(url));
    }

    /** Redirected with a notice: the action was done (a refused action redirects too, with a problem instead). */
    private static ResultMatcher done(String url) {
        return ResultMatcher.matchAll(status().isFound(), url.contains("*") ? redirectedUrlPattern(url) : redirectedUrl(url),
                flash().attributeExists("notice"), flash().attributeCount(1));
    }

    /** A search hit's reading view: readers get the page, agents are sent to the SOP in force for them on My SOPs. */
    private static ResultMatcher readingView() {
        return result -> {
            if (result.getResponse().getStatus() == 302) {
                redirectedUrlPattern("/my/sops/*").match(result);
            } else {
                status().isOk().match(result);
            }
        };
    }

    /** A step of the review workflow done: back on the version page with the step's notice. */
    private static ResultMatcher step(String notice) {
        return ResultMatcher.matchAll(status().isFound(), redirectedUrlPattern("/sops/versions/*"), flash().attribute("notice", notice),
                flash().attributeCount(1));
    }
}
