package dev.launchdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import dev.launchdesk.identity.AccessRules;
import dev.launchdesk.identity.AccessRules.Capability;
import dev.launchdesk.identity.AccessRules.Rule;
import dev.launchdesk.shared.Role;

/**
 * The authorisation table ({@link AccessRules}) against the running application: every handler mapping (each page and
 * API endpoint, LaunchDesk's and the OpenAPI document's) has a rule and every rule a handler; and the whole table driven
 * through MockMvc for every role: a role the rule does not allow gets 403, a role it allows does not (its request names
 * rows that do not exist, so it ends in 404 or 400 and writes nothing), anonymous callers are sent to sign in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessRulesWebTests {

    /** Rules whose allowed request would do real work with no row named: a scan and an index rebuild (both checked elsewhere). */
    private static final Set<String> NOT_SENT_WHEN_ALLOWED = Set.of("POST /api/v1/insights/anomalies/scan", "POST /insights/anomalies/scan",
            "POST /api/v1/sop-search/rebuild");

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void everyPageAndEndpointHasARuleAndEveryRuleAHandler() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        mapped.add(AccessRules.ANY_METHOD + " " + pattern);
                    }
                    methods.forEach(m -> mapped.add(m.name() + " " + pattern));
                }
            }
        }
        Set<String> missing = new TreeSet<>();
        for (String endpoint : mapped) {
            String[] parts = endpoint.split(" ", 2);
            if (AccessRules.ruleFor(parts[0], parts[1]).isEmpty()) {
                missing.add(endpoint);
            }
        }
        Set<String> stale = new TreeSet<>();
        for (Rule rule : AccessRules.rules()) {
            if (!mapped.contains(rule.method() + " " + rule.pattern())) {
                stale.add(rule.method() + " " + rule.pattern());
            }
        }
        assertThat(missing).as("pages and endpoints missing from AccessRules (add a rule naming the capability they need)").isEmpty();
        assertThat(stale).as("rules in AccessRules without a page or endpoint").isEmpty();
    }

    @Test
    void everyRoleGetsWhatTheTableSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Rule rule : AccessRules.rules()) {
            for (Role role : Role.values()) {
                boolean allowed = rule.capability().allows(role);
                if (allowed && NOT_SENT_WHEN_ALLOWED.contains(rule.method() + " " + rule.pattern())) {
                    continue;
                }
                int status = send(rule, role).getResponse().getStatus();
                sent++;
                if (allowed == (status == 403)) {
                    wrong.add(rule.method() + " " + rule.pattern() + " as " + role + ": " + status + " but the table says "
                            + (allowed ? "allowed" : "refused") + " (" + rule.capability() + ")");
                }
            }
        }
        assertThat(wrong).as("requests whose answer disagrees with AccessRules").isEmpty();
        assertThat(sent).isGreaterThan(AccessRules.rules().size() * 7);
    }

    @Test
    void anonymousCallersSignInFirstExceptWhereAnyoneMayGo() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Rule rule : AccessRules.rules()) {
            MvcResult result = mvc.perform(requestFor(rule).with(csrf())).andReturn();
            int status = result.getResponse().getStatus();
            boolean api = rule.pattern().startsWith("/api/") || rule.pattern().startsWith("/v3/");
            boolean sentToSignIn = api ? status == 401
                    : status == 302 && String.valueOf(result.getResponse().getRedirectedUrl()).endsWith("/login");
            if (sentToSignIn == (rule.capability() == Capability.ANYONE)) {
                wrong.add(rule.method() + " " + rule.pattern() + ": " + status + " " + result.getResponse().getRedirectedUrl());
            }
        }
        assertThat(wrong).as("anonymous requests answered against the table").isEmpty();
    }

    @Test
    void pagesAskTheTableAndNotTheRoles() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern asked = Pattern.compile("@access\\.may\\('([A-Z_]+)'\\)");
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html") && !p.endsWith("home.html")).toList()) {
                String html = Files.readString(template);
                Matcher m = asked.matcher(html);
                while (m.find()) {
                    if (Arrays.stream(Capability.values()).noneMatch(c -> c.name().equals(m.group(1)))) {
                        problems.add(template + " asks for " + m.group(1) + ", which is no capability");
                    }
                }
                if (html.contains("hasRole(") || html.contains("hasAnyRole(")) {
                    problems.add(template + " checks roles itself instead of asking @access.may(...)");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void capabilitiesNameTheRolesOfDesignMd() {
        assertThat(Capability.READ_TEAM_DATA.roles()).isEqualTo(EnumSet.complementOf(EnumSet.of(Role.AGENT)));
        assertThat(Capability.ACKNOWLEDGE_SOPS.roles()).containsExactly(Role.AGENT);
        assertThat(Capability.ADMINISTER.roles()).containsExactly(Role.ADMIN);
        assertThat(AccessRules.ruleFor("HEAD", "/sops")).map(Rule::capability).contains(Capability.SIGNED_IN);
        assertThat(AccessRules.ruleFor("DELETE", "/error")).map(Rule::capability).contains(Capability.ANYONE);
        assertThat(AccessRules.ruleFor("PATCH", "/sops")).isEmpty();
    }

    /** What a write's body is sent as: a type the endpoint consumes (not multipart), JSON where it names none. */
    private MediaType bodyType(Rule rule) {
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                if (info.getPatternValues().contains(rule.pattern())) {
                    for (MediaType type : info.getConsumesCondition().getConsumableMediaTypes()) {
                        if (!type.equalsTypeAndSubtype(MediaType.MULTIPART_FORM_DATA)) {
                            return type;
                        }
                    }
                }
            }
        }
        return MediaType.APPLICATION_JSON;
    }

    private MvcResult send(Rule rule, Role role) throws Exception {
        return mvc.perform(requestFor(rule).with(user(userDetails.loadUserByUsername(DemoLogins.username(role)))).with(csrf())).andReturn();
    }

    /** The rule's request with each path variable naming nothing that exists; API writes carry an empty body of a type they take. */
    private MockHttpServletRequestBuilder requestFor(Rule rule) {
        String method = rule.method().equals(AccessRules.ANY_METHOD) ? "GET" : rule.method();
        MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(method), path(rule.pattern()));
        if (!method.equals("GET") && rule.pattern().startsWith("/api/")) {
            MediaType type = bodyType(rule);
            builder.contentType(type).content(type.equals(MediaType.APPLICATION_JSON) ? "{}" : "");
        }
        return builder;
    }

    private static String path(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(value(m.group(1))));
        }
        m.appendTail(path);
        return path.toString();
    }

    private static String value(String variable) {
        return Map.of("format", "html", "language", "th", "market", "ZZ", "code", "ZZ", "idOrName", "no-such-mapping")
                .getOrDefault(variable, variable.toLowerCase().endsWith("id") ? UUID.randomUUID().toString() : "zz");
    }
}
