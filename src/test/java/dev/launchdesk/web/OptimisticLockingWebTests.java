package dev.launchdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every update endpoint of the API takes the version the client read: without it the answer is a 400 naming
 * {@code version}, with a stale one a 409, and in both cases nothing changes. Of two clients that read the same
 * version and both save, the second hears of the first instead of overwriting it. The page forms carry the version
 * in a hidden field and are held to the same rule.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OptimisticLockingWebTests {

    /** An updatable row: where the API reads and changes it, and which of its fields holds its name. */
    record Updatable(String kind, String path, String nameField) {
        @Override
        public String toString() {
            return "PUT " + kind;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    private AdminApi admin;
    private final Map<String, Updatable> rows = new LinkedHashMap<>();

    @BeforeAll
    void createScratchRows() {
        admin = new AdminApi(mvc);
        String vendorCode = "L" + unique();
        JsonNode vendor = admin.send("POST", "/api/v1/vendors", "{\"code\": \"" + vendorCode + "\", \"name\": \"Lock " + vendorCode + "\"}");
        JsonNode site = admin.send("POST", "/api/v1/vendors/{id}/sites",
                "{\"code\": \"S" + unique() + "\", \"name\": \"Lock Site\", \"marketCode\": \"ID\", \"languages\": \"id\"}", AdminApi.id(vendor));
        JsonNode agent = admin.send("POST", "/api/v1/agents", "{\"externalId\": \"LOCK-" + unique() + "\", \"fullName\": \"Lock Agent\", "
                + "\"siteId\": \"" + AdminApi.id(site) + "\", \"languages\": \"id\", \"status\": \"ONBOARDING\"}");
        JsonNode user = admin.send("POST", "/api/v1/users", "{\"username\": \"l" + unique() + "\", \"displayName\": \"Lock User\", "
                + "\"role\": \"VIEWER\", \"enabled\": true, \"password\": \"Lock-test sign-in 42\"}");
        JsonNode canada = admin.get("/api/v1/markets/CA");
        JsonNode market = admin.send("POST", "/api/v1/markets", "{\"code\": \"" + freeMarketCode() + "\", \"name\": \"Lock Market\", "
                + "\"region\": \"" + canada.get("region").asText() + "\", \"timezone\": \"America/Toronto\", \"currency\": \"CAD\", "
                + "\"languages\": \"en\"}");
        rows.put("market", new Updatable("market", "/api/v1/markets/" + market.get("code").asText(), "name"));
        rows.put("vendor", new Updatable("vendor", "/api/v1/vendors/" + AdminApi.id(vendor), "name"));
        rows.put("site", new Updatable("site", "/api/v1/sites/" + AdminApi.id(site), "name"));
        rows.put("agent", new Updatable("agent", "/api/v1/agents/" + AdminApi.id(agent), "fullName"));
        rows.put("user", new Updatable("user", "/api/v1/users/" + AdminApi.id(user), "displayName"));
    }

    Stream<Updatable> updatables() {
        return rows.values().stream();
    }

    @ParameterizedTest(name = "{0} without version → 400 naming version")
    @MethodSource("updatables")
    void anUpdateWithoutItsVersionIsRefusedNamingTheFieldAndChangesNothing(Updatable row) throws Exception {
        JsonNode before = admin.get(row.path());
        ObjectNode form = form(before, row, "Renamed without version");
        form.remove("version");

        mvc.perform(put(row.path()).with(httpBasic("admin", AdminApi.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(form.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("version you read")));

        JsonNode after = admin.get(row.path());
        assertThat(after.get(row.nameField()).asText()).isEqualTo(before.get(row.nameField()).asText());
        assertThat(after.get("version").asInt()).isEqualTo(before.get("version").asInt());
    }

    @ParameterizedTest(name = "{0}: two clients save what they read → 200 then 409")
    @MethodSource("updatables")
    void ofTwoClientsThatReadTheSameVersionTheSecondIsToldInsteadOfOverwriting(Updatable row) throws Exception {
        JsonNode read = admin.get(row.path());
        String first = "First writer " + unique();

        mvc.perform(put(row.path()).with(httpBasic("admin", AdminApi.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(form(read, row, first).toString()))
                .andExpect(status().isOk());
        mvc.perform(put(row.path()).with(httpBasic("admin", AdminApi.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(form(read, row, "Second writer").toString()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Conflict"));

        JsonNode after = admin.get(row.path());
        assertThat(after.get(row.nameField()).asText()).isEqualTo(first);
        assertThat(after.get("version").asInt()).isEqualTo(read.get("version").asInt() + 1);
    }

    @Test
    void aPageFormPostedWithoutItsVersionIsShownAgainWithTheProblemAndNothingSaved() throws Exception {
        Updatable vendor = rows.get("vendor");
        JsonNode before = admin.get(vendor.path());
        String id = before.get("id").asText();

        String html = mvc.perform(post("/vendors/{id}", id).with(csrf()).with(user(userDetails.loadUserByUsername("admin")))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("code", before.get("code").asText()).param("name", "Renamed on the page").param("active", "true"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Renamed on the page").contains("send the version you read");
        assertThat(admin.get(vendor.path()).get("name").asText()).isEqualTo(before.get("name").asText());
    }

    /** The row as read, with list fields as the comma-separated text the forms take and a new name. */
    private static ObjectNode form(JsonNode read, Updatable row, String name) {
        ObjectNode form = read.deepCopy();
        for (String listField : List.of("languages", "skills", "servesMarkets")) {
            if (form.has(listField) && form.get(listField).isArray()) {
                form.put(listField, String.join(",", StreamSupport.stream(form.get(listField).spliterator(), false)
                        .map(JsonNode::asText).toList()));
            }
        }
        form.put(row.nameField(), name);
        if (row.kind().equals("user")) {
            form.put("password", "");
        }
        return form;
    }

    private String freeMarketCode() {
        String markets = admin.get("/api/v1/markets").toString();
        return Stream.of("AD", "SM", "LI", "MC", "FO", "GL", "IS", "MT")
                .filter(code -> !markets.contains("\"code\":\"" + code + "\"")).findFirst().orElseThrow();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
