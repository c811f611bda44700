package dev.launchdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Bad input to the API is answered in LaunchDesk's own words: the field named with the kind of value it takes, a bad
 * value repeated at most 100 characters long, and never a class name, a parser's or framework's message or SQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiProblemWordingWebTests {

    /** What must never reach a client: Java and library names, parser and framework wording, SQL. */
    private static final Pattern INTERNALS = Pattern.compile(
            "java\\.|jakarta\\.|springframework|fasterxml|jackson|Exception|deserializ|Cannot construct|JSON parse error"
                    + "|No static resource|Required request body|Failed to convert|Content-Type '|\\bSQL\\b|select |insert into",
            Pattern.CASE_INSENSITIVE);

    private static final String HUGE = "x".repeat(20_000);

    @Autowired
    MockMvc mvc;

    @Test
    void aNumberFieldSentAsTextIsNamedWithTheKindOfValueItTakes() throws Exception {
        JsonNode problem = badRequest(post("/api/v1/me/tokens").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"script\", \"validDays\": \"abc\"}"));

        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("validDays");
        assertThat(problem.at("/errors/0/message").asText()).isEqualTo("'abc' is not a whole number");
        assertThat(problem.get("detail").asText()).isEqualTo("validDays: 'abc' is not a whole number");
    }

    @Test
    void aListOrObjectWhereAValueBelongsIsNamedToo() throws Exception {
        JsonNode list = badRequest(post("/api/v1/me/tokens").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"script\", \"validDays\": [30]}"));
        JsonNode object = badRequest(post("/api/v1/me/tokens").contentType(MediaType.APPLICATION_JSON).content("{\"name\": {\"first\": \"script\"}}"));

        assertThat(list.at("/errors/0/field").asText()).isEqualTo("validDays");
        assertThat(list.at("/errors/0/message").asText()).isEqualTo("must be a whole number");
        assertThat(object.at("/errors/0/field").asText()).isEqualTo("name");
        assertThat(object.at("/errors/0/message").asText()).isEqualTo("must be text (a JSON string)");
    }

    @Test
    void anUnknownEnumValueListsTheValuesThatAreTaken() throws Exception {
        JsonNode problem = badRequest(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"king\", \"displayName\": \"King\", \"role\": \"KING\", "
                + "\"password\": \"Crown jewels of 1953\"}"));

        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("role");
        assertThat(problem.at("/errors/0/message").asText()).startsWith("'KING' is not one of ADMIN, GTM_MANAGER, ");
    }

    @Test
    void aNestedFieldIsNamedByItsPath() throws Exception {
        JsonNode problem = badRequest(post("/api/v1/insights/rca/periods").contentType(MediaType.APPLICATION_JSON).content("{\"kpi\": \"aht\", \"from\": \"2026-11-16\", "
                + "\"to\": \"2026-11-22\", \"baselineFrom\": \"2026-10-19\", \"baselineTo\": \"2026-11-08\", \"filters\": {\"market\": \"MY\"}}"));

        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("filters.market");
        assertThat(problem.at("/errors/0/message").asText()).isEqualTo("must be a list (a JSON array)");
    }

    @Test
    void brokenJsonIsPlacedByLineAndColumnAndAMissingBodyIsSaidSo() throws Exception {
        JsonNode broken = badRequest(post("/api/v1/me/tokens").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"script\",\n \"validDays\": }"));
        JsonNode missing = badRequest(post("/api/v1/me/tokens").contentType(MediaType.APPLICATION_JSON));

        assertThat(broken.get("detail").asText()).isEqualTo("The request body is not valid JSON (line 2, column 15).");
        assertThat(missing.get("detail").asText()).startsWith("The request body is missing");
    }

    @Test
    void aHugeBadValueIsRepeatedAtMostAHundredCharactersLong() throws Exception {
        JsonNode tooLongForANumber = badRequest(post("/api/v1/me/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"script\", \"validDays\": \"" + HUGE + "\"}"));
        assertThat(tooLongForANumber.at("/errors/0/field").asText()).isEqualTo("validDays");
        assertThat(tooLongForANumber.toString()).doesNotContain("x".repeat(101));

        List<JsonNode> problems = new ArrayList<>();
        problems.add(badRequest(get("/api/v1/agents").param("status", HUGE)));
        problems.add(badRequest(get("/api/v1/insights/kpis").param("from", HUGE)));
        problems.add(badRequest(post("/api/v1/markets").contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"IS\", \"name\": \"Iceland\", \"region\": \"EU\", "
                + "\"timezone\": \"Atlantic/Reykjavik\", \"currency\": \"ISK\", \"languages\": \"" + HUGE + "\"}")));
        problems.add(badRequest(post("/api/v1/agents/imports").contentType("text/csv")
                .content("external_id,full_name,vendor,site,languages,hired_on\nX-1,Long Date,NCS,JKT-1,id," + HUGE + "\n")));

        for (JsonNode problem : problems) {
            assertThat(problem.toString()).as("problem detail").doesNotContain("x".repeat(101)).contains("x".repeat(100) + "… (20000 characters)");
            assertThat(problem.toString().length()).as("problem detail size").isLessThan(1_000);
        }
    }

    @Test
    void aMissingParameterOrFilePartIsNamed() throws Exception {
        JsonNode parameter = badRequest(get("/api/v1/sops/{id}/diff", "00000000-0000-0000-0000-000000000000")
                .param("to", "00000000-0000-0000-0000-000000000000"));
        JsonNode part = badRequest(multipart("/api/v1/agents/imports")
                .file(new MockMultipartFile("roster", "roster.csv", "text/csv", "external_id\n".getBytes(StandardCharsets.UTF_8))));

        assertThat(parameter.at("/errors/0/field").asText()).isEqualTo("from");
        assertThat(parameter.at("/errors/0/message").asText()).isEqualTo("is required");
        assertThat(part.at("/errors/0/field").asText()).isEqualTo("file");
        assertThat(part.at("/errors/0/message").asText()).startsWith("is required");
    }

    private JsonNode badRequest(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request.with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContainPattern(INTERNALS);
        return AdminApi.json(body);
    }
}
