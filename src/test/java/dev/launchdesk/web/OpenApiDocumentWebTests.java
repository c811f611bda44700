package dev.launchdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openapitools.codegen.validation.Invalid;
import org.openapitools.codegen.validation.ValidationResult;
import org.openapitools.codegen.validations.oas.OpenApiEvaluator;
import org.openapitools.codegen.validations.oas.RuleConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The OpenAPI document as API clients and client generators get it: over HTTP with an API token or HTTP Basic,
 * checked by swagger-parser and OpenAPI Generator's validator, and compared with what the controllers really answer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentWebTests {

    static final Path DOCUMENT = Path.of("target", "openapi", "launchdesk-api.json");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMappings;

    @Autowired
    WebApplicationContext context;

    private ApiClient admin;
    private String analystToken;
    private JsonNode document;

    @BeforeAll
    void fetchTheDocument() throws IOException {
        admin = ApiClient.basic(port, "admin", AdminApi.PASSWORD);
        analystToken = ApiClient.basic(port, "analyst", AdminApi.PASSWORD)
                .json("POST", "/api/v1/me/tokens", "{\"name\": \"openapi document\", \"validDays\": 1}", 201).get("secret").asText();
        HttpResponse<String> answer = ApiClient.token(port, analystToken).get("/v3/api-docs");
        assertThat(answer.statusCode()).as("GET /v3/api-docs with an API token").isEqualTo(200);
        Files.createDirectories(DOCUMENT.getParent());
        Files.writeString(DOCUMENT, answer.body());
        document = ApiClient.read(answer.body());
    }

    @Test
    void apiClientsReadTheDocumentWithATokenOrHttpBasic() {
        for (ApiClient client : List.of(ApiClient.token(port, analystToken), ApiClient.basic(port, "viewer", AdminApi.PASSWORD))) {
            HttpResponse<String> json = client.get("/v3/api-docs");
            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(ApiClient.read(json.body()).path("paths").has("/api/v1/markets")).isTrue();

            HttpResponse<String> yaml = client.get("/v3/api-docs.yaml");
            assertThat(yaml.statusCode()).isEqualTo(200);
            assertThat(yaml.body()).startsWith("openapi: 3.").contains("/api/v1/markets:");
        }
    }

    @Test
    void anAnonymousApiClientGets401AsAProblemDetailNotTheSignInPage() {
        for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml")) {
            HttpResponse<String> answer = ApiClient.anonymous(port).get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).contains("Bearer", "Basic"));
            assertThat(ApiClient.read(answer.body()).path("status").asInt()).isEqualTo(401);
        }
        HttpResponse<String> badToken = ApiClient.token(port, "ldt_unknown").get("/v3/api-docs");
        assertThat(badToken.statusCode()).isEqualTo(401);
    }

    @Test
    void aSignedInBrowserKeepsSwaggerUiAndItsDocument() {
        assertThat(ApiClient.anonymous(port).get("/swagger-ui/index.html").statusCode()).isEqualTo(302);

        ApiClient browser = ApiClient.signedInBrowser(port, "viewer", AdminApi.PASSWORD);
        assertThat(browser.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        assertThat(browser.get("/v3/api-docs/swagger-config").statusCode()).isEqualTo(200);
        HttpResponse<String> json = browser.get("/v3/api-docs");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(ApiClient.read(json.body()).path("paths").has("/api/v1/markets")).isTrue();
    }

    @Test
    void swaggerParserReadsTheDocumentWithoutAMessage() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(document.toString(), null, options);

        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).containsKey("/api/v1/me/tokens");
    }

    @Test
    void openApiGeneratorsValidatorFindsNoErrorAndNoWarning() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(document.toString(), null, options);
        RuleConfiguration rules = new RuleConfiguration();
        rules.setEnableRecommendations(true);

        ValidationResult result = new OpenApiEvaluator(rules).validate(parsed.getOpenAPI());

        assertThat(result.getErrors()).extracting(OpenApiDocumentWebTests::describe).isEmpty();
        assertThat(result.getWarnings()).extracting(OpenApiDocumentWebTests::describe).isEmpty();
    }

    /** An API handler of one HTTP method and one path pattern, as springdoc documents it. */
    record ApiHandler(String method, String path, HandlerMethod handler, Set<MediaType> consumes) {

        String key() {
            return handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName() + " " + method + " " + path;
        }

        boolean answersResponseEntity() {
            return ResponseEntity.class.isAssignableFrom(handler.getMethod().getReturnType());
        }
    }

    private List<ApiHandler> apiHandlers() {
        List<ApiHandler> handlers = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            for (String path : info.getPatternValues()) {
                if (path.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(method ->
                            handlers.add(new ApiHandler(method.name(), path, entry.getValue(), info.getConsumesCondition().getConsumableMediaTypes())));
                }
            }
        }
        return handlers;
    }

    private JsonNode operation(String method, String path) {
        JsonNode operation = document.path("paths").path(path).path(method.toLowerCase());
        assertThat(operation.isMissingNode()).as("%s %s is in the document", method, path).isFalse();
        return operation;
    }

    private Set<String> documentedSuccess(String method, String path) {
        Set<String> codes = new TreeSet<>();
        operation(method, path).path("responses").fieldNames().forEachRemaining(code -> {
            if (code.startsWith("2")) {
                codes.add(code);
            }
        });
        return codes;
    }

    @Test
    void everyOperationDocumentsTheSuccessStatusItsControllerAnswers() {
        Map<String, Supplier<HttpResponse<String>>> calls = realCalls();
        List<String> unchecked = new ArrayList<>();
        for (ApiHandler api : apiHandlers()) {
            Set<String> documented = documentedSuccess(api.method(), api.path());
            assertThat(documented).as("2xx answers documented for %s", api.key()).hasSize(1);
            String code = documented.iterator().next();
            if (!api.answersResponseEntity()) {
                ResponseStatus status = api.handler().getMethodAnnotation(ResponseStatus.class);
                assertThat(code).as(api.key()).isEqualTo(String.valueOf(status == null ? 200 : status.code().value()));
                continue;
            }
            Supplier<HttpResponse<String>> call = calls.remove(api.key());
            if (call == null) {
                unchecked.add(api.key());
                continue;
            }
            HttpResponse<String> answer = call.get();
            assertThat(answer.statusCode()).as("%s answered %s", api.key(), answer.body()).isEqualTo(Integer.parseInt(code));
            if (code.equals("201")) {
                assertThat(answer.headers().firstValue("Location")).as("Location of %s", api.key()).isPresent();
                assertThat(operation(api.method(), api.path()).path("responses").path("201").path("headers").has("Location")).isTrue();
            }
        }
        assertThat(unchecked).as("handlers that answer a ResponseEntity: their status is known only by calling them").isEmpty();
        assertThat(calls.keySet()).as("calls of handlers that no longer exist").isEmpty();
    }

    /** One real call of every handler that builds its own ResponseEntity, keyed like {@link ApiHandler#key()}. */
    private Map<String, Supplier<HttpResponse<String>>> realCalls() {
        var mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
        SopEditorApi sops = new SopEditorApi(mvc);
        ApiClient analyst = ApiClient.basic(port, "analyst", AdminApi.PASSWORD);
        ApiClient editor = ApiClient.basic(port, "sopeditor", AdminApi.PASSWORD);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        JsonNode ncs = row(admin.json("GET", "/api/v1/vendors", null, 200), "code", "NCS");
        String ncsSite = admin.json("GET", "/api/v1/vendors/" + ncs.get("id").asText() + "/sites", null, 200).get(0).get("id").asText();
        String tickets = "ticket_id,created_at,first_response_at,resolved_at,market,vendor,site,channel,category,"
                + "handle_time_seconds,csat,reopened,contact_count,launch_key,sop_key,sop_version\n"
                + "OA" + unique + ",2024-06-03T09:00:00+07:00,,,ID,NCS,JKT-1,chat,Refund,600,,,,,,\n";
        String orders = "market,date,orders\nID,2024-06-03,1200\n";

        Map<String, Supplier<HttpResponse<String>>> calls = new LinkedHashMap<>();
        calls.put("AccountApi#issue POST /api/v1/me/tokens", () -> analyst.send("POST", "/api/v1/me/tokens", "application/json",
                "{\"name\": \"status check\", \"validDays\": 1}"));
        calls.put("AccountApi#revoke DELETE /api/v1/me/tokens/{id}", () -> analyst.send("DELETE", "/api/v1/me/tokens/"
                + analyst.json("POST", "/api/v1/me/tokens", "{\"name\": \"to revoke\"}", 201).path("token").path("id").asText(), null, null));
        calls.put("UserApi#create POST /api/v1/users", () -> admin.send("POST", "/api/v1/users", "application/json",
                "{\"username\": \"oa" + unique + "\", \"displayName\": \"Status Check\", \"role\": \"VIEWER\", \"enabled\": true, "
                        + "\"password\": \"a-long-enough-password\"}"));
        calls.put("MarketApi#create POST /api/v1/markets", () -> admin.send("POST", "/api/v1/markets", "application/json", freeMarket()));
        calls.put("MarketApi#record POST /api/v1/markets/{code}/policy-parameters", () -> admin.send("POST",
                "/api/v1/markets/CA/policy-parameters", "application/json",
                "{\"key\": \"openapi.check_" + unique + "\", \"value\": \"1\", \"effectiveFrom\": \"2030-01-01\"}"));
        calls.put("VendorApi#create POST /api/v1/vendors", () -> admin.send("POST", "/api/v1/vendors", "application/json",
                "{\"code\": \"OA" + unique + "\", \"name\": \"Status Check " + unique + "\", \"active\": true}"));
        calls.put("VendorApi#createSite POST /api/v1/vendors/{id}/sites", () -> admin.send("POST", "/api/v1/vendors/" + ncs.get("id").asText()
                + "/sites", "application/json", "{\"code\": \"OA" + unique + "\", \"name\": \"Status Check\", \"marketCode\": \"ID\", "
                + "\"languages\": \"id\"}"));
        calls.put("AgentApi#create POST /api/v1/agents", () -> admin.send("POST", "/api/v1/agents", "application/json",
                "{\"externalId\": \"OA-" + unique + "\", \"fullName\": \"Status Check\", \"siteId\": \"" + ncsSite
                        + "\", \"languages\": \"id\", \"status\": \"ONBOARDING\"}"));
        calls.put("AgentApi#template GET /api/v1/agents/imports/template", () -> admin.get("/api/v1/agents/imports/template"));
        calls.put("QuestionApi#export GET /api/v1/training/questions/export",
                () -> admin.get("/api/v1/training/questions/export?sopKey=SPS-RFD-001&format=csv"));
        calls.put("SopApi#create POST /api/v1/sops", () -> editor.send("POST", "/api/v1/sops", "application/json",
                "{\"key\": \"OA-" + unique + "\", \"title\": \"Status check\", \"category\": \"Orders\", \"body\": \"# Steps\\n\\nCheck.\\n\"}"));
        calls.put("SopApi#derive POST /api/v1/sops/{id}/variants", () -> editor.send("POST", "/api/v1/sops/" + sops.publishedMaster()
                + "/variants", "application/json", "{\"marketCode\": \"TH\"}"));
        calls.put("SopTranslationApi#export POST /api/v1/sops/{id}/translations/{language}/exports", () -> editor.send("POST",
                "/api/v1/sops/" + sops.publishedVariant(sops.publishedMaster(), "MY", null, null, null) + "/translations/ms/exports", null, null));
        calls.put("SopHandbookApi#download GET /api/v1/sop-handbooks/{market}.{format}", () -> analyst.get("/api/v1/sop-handbooks/ID.html"));
        calls.put("AnomalySubscriptionApi#subscribe POST /api/v1/insights/anomaly-subscriptions", () -> analyst.send("POST",
                "/api/v1/insights/anomaly-subscriptions", "application/json", "{\"market\": \"MY\", \"kpi\": \"csat\"}"));
        calls.put("AnomalySubscriptionApi#unsubscribe DELETE /api/v1/insights/anomaly-subscriptions/{id}", () -> analyst.send("DELETE",
                "/api/v1/insights/anomaly-subscriptions/" + analyst.json("POST", "/api/v1/insights/anomaly-subscriptions", "{}", 201)
                        .path("id").asText(), null, null));
        calls.put("WebhookApi#create POST /api/v1/webhook-endpoints", () -> admin.send("POST", "/api/v1/webhook-endpoints", "application/json",
                "{\"url\": \"http://127.0.0.1:9/openapi-" + unique + "\", \"kinds\": [\"anomaly.detected\"], \"enabled\": false}"));
        calls.put("KpiApi#export GET /api/v1/insights/kpis/export", () -> analyst.get("/api/v1/insights/kpis/export?format=csv&market=MY"));
        calls.put("TicketImportApi#fromBody POST /api/v1/tickets/imports", () -> analyst.send("POST", "/api/v1/tickets/imports", "text/csv", tickets));
        calls.put("TicketImportApi#fromUpload POST /api/v1/tickets/imports", () -> analyst.upload("/api/v1/tickets/imports", "tickets.csv",
                "text/csv", tickets));
        calls.put("TicketImportApi#fromBody POST /api/v1/order-volumes/imports", () -> analyst.send("POST", "/api/v1/order-volumes/imports",
                "text/csv", orders));
        calls.put("TicketImportApi#fromUpload POST /api/v1/order-volumes/imports", () -> analyst.upload("/api/v1/order-volumes/imports",
                "orders.csv", "text/csv", orders));
        calls.put("TicketMappingApi#save POST /api/v1/tickets/mappings", () -> analyst.send("POST", "/api/v1/tickets/mappings",
                "application/json", mappingFromPreset("Status check " + unique)));
        calls.put("TicketMappingApi#delete DELETE /api/v1/tickets/mappings/{id}", () -> analyst.send("DELETE", "/api/v1/tickets/mappings/"
                + analyst.json("POST", "/api/v1/tickets/mappings", mappingFromPreset("To delete " + unique), 201).path("id").asText(),
                null, null));
        return calls;
    }

    /** A column mapping to save: the Zendesk preset's fields under a name of its own. */
    private String mappingFromPreset(String name) {
        JsonNode preset = ApiClient.basic(port, "analyst", AdminApi.PASSWORD).json("GET", "/api/v1/tickets/mappings/zendesk-csv", null, 200);
        return "{\"name\": \"" + name + "\", \"fields\": " + preset.path("fields") + "}";
    }

    private String freeMarket() {
        JsonNode canada = admin.json("GET", "/api/v1/markets/CA", null, 200);
        String markets = admin.json("GET", "/api/v1/markets", null, 200).toString();
        String code = Stream.of("FO", "GL", "LI", "MC", "SM", "AD", "MT", "IS")
                .filter(c -> !markets.contains("\"code\":\"" + c + "\"")).findFirst().orElseThrow();
        List<String> languages = StreamSupport.stream(canada.get("languages").spliterator(), false).map(JsonNode::asText).toList();
        return "{\"code\": \"" + code + "\", \"name\": \"Status check " + code + "\", \"region\": \"" + canada.get("region").asText()
                + "\", \"timezone\": \"" + canada.get("timezone").asText() + "\", \"currency\": \"" + canada.get("currency").asText()
                + "\", \"languages\": \"" + String.join(",", languages) + "\"}";
    }

    private static JsonNode row(JsonNode rows, String field, String value) {
        return StreamSupport.stream(rows.spliterator(), false).filter(r -> r.path(field).asText().equals(value)).findFirst().orElseThrow();
    }

    @Test
    void everyOperationDocumentsItsProblemAnswersWithTheProblemDetailSchema() {
        assertThat(document.path("components").path("schemas").path("ProblemDetail").path("properties").has("errors")).isTrue();
        for (ApiHandler api : apiHandlers()) {
            JsonNode responses = operation(api.method(), api.path()).path("responses");
            List<String> expected = new ArrayList<>(List.of("401", "403", "429"));
            if (api.path().contains("{")) {
                expected.add("404");
            }
            if (!api.method().equals("GET")) {
                expected.add("409");
            }
            if (operation(api.method(), api.path()).has("requestBody")) {
                expected.addAll(List.of("400", "413"));
            }
            for (String code : expected) {
                assertThat(responses.path(code).path("content").path("application/problem+json").path("schema").path("$ref").asText())
                        .as("%s documents %s", api.key(), code).isEqualTo("#/components/schemas/ProblemDetail");
            }
        }
        assertThat(operation("POST", "/api/v1/tickets/imports").path("responses").has("422")).isTrue();
        assertThat(operation("POST", "/api/v1/tickets/imports").path("responses").path("201").path("content").path("application/json")
                .path("schema").path("$ref").asText()).endsWith("ImportAnswer");
    }

    @Test
    void theKpiTicketAndRootCauseFiltersAreDeclaredQueryParameters() {
        List<String> filters = List.of("market", "vendor", "site", "channel", "category", "launch", "sop");
        assertThat(queryParameters("/api/v1/insights/kpis")).contains("from", "to", "granularity", "groupBy", "kpi").containsAll(filters);
        assertThat(queryParameters("/api/v1/insights/kpis/export")).contains("format", "from", "to", "groupBy", "kpi").containsAll(filters);
        assertThat(queryParameters("/api/v1/insights/kpis/compare")).contains("around", "launchKey", "sopVersion", "days").containsAll(filters);
        assertThat(queryParameters("/api/v1/tickets")).contains("from", "to", "page", "size").containsAll(filters);
        assertThat(queryParameters("/api/v1/insights/rca/periods"))
                .contains("kpi", "from", "to", "baselineFrom", "baselineTo", "dimensions", "overallChange").containsAll(filters);

        JsonNode report = ApiClient.token(port, analystToken).json("GET", "/api/v1/insights/kpis?from=2026-11-01&to=2026-11-07"
                + "&granularity=total&groupBy=category&kpi=aht&market=MY&channel=chat", null, 200);
        assertThat(report.toString()).contains("\"aht\"").doesNotContain("\"csat\"");
    }

    private List<String> queryParameters(String path) {
        List<String> names = new ArrayList<>();
        operation("GET", path).path("parameters").forEach(p -> names.add(p.path("name").asText()));
        return names;
    }

    @Test
    void noOperationHasAParameterAClientCannotSend() {
        for (ApiHandler api : apiHandlers()) {
            operation(api.method(), api.path()).path("parameters").forEach(parameter -> {
                assertThat(parameter.path("in").asText()).as("%s parameter %s", api.key(), parameter.path("name")).isIn("query", "path");
                assertThat(parameter.path("schema").path("type").asText()).as("%s parameter %s", api.key(), parameter.path("name"))
                        .isNotEqualTo("object");
            });
        }
    }

    @Test
    void everyRequestBodyDocumentsEveryMediaTypeItsControllerAccepts() {
        for (ApiHandler api : apiHandlers()) {
            JsonNode content = operation(api.method(), api.path()).path("requestBody").path("content");
            for (MediaType type : api.consumes()) {
                JsonNode schema = content.path(type.toString()).path("schema");
                assertThat(schema.isMissingNode()).as("%s documents a %s body", api.key(), type).isFalse();
                if (readsTheRawBody(api) && !type.equals(MediaType.MULTIPART_FORM_DATA)) {
                    assertThat(schema.path("type").asText()).as("%s %s", api.key(), type).isEqualTo("string");
                    assertThat(schema.path("format").asText()).as("%s %s: raw bytes, not base64", api.key(), type).isNotEqualTo("byte");
                }
            }
        }
        assertThat(operation("POST", "/api/v1/tickets/imports").path("requestBody").path("content").has("application/x-ndjson")).isTrue();
    }

    /** A file as the body: read from the request itself, or bound to bytes or a string rather than an object. */
    private static boolean readsTheRawBody(ApiHandler api) {
        for (var parameter : api.handler().getMethodParameters()) {
            if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)) {
                Class<?> type = parameter.getParameterType();
                return type == byte[].class || type == String.class;
            }
        }
        return true;
    }

    @Test
    void everyTagIsDeclaredOnceAndUsed() {
        List<String> declared = new ArrayList<>();
        document.path("tags").forEach(tag -> declared.add(tag.path("name").asText()));
        assertThat(declared).doesNotHaveDuplicates();
        document.path("paths").forEach(item -> item.forEach(operation -> operation.path("tags")
                .forEach(tag -> assertThat(declared).contains(tag.asText()))));
    }

    private static String describe(Invalid invalid) {
        return invalid.getSeverity() + " " + invalid.getMessage() + ": " + invalid.getDetails();
    }
}
