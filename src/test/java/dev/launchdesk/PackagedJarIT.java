package dev.launchdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged jar, started with {@code java -jar} in an empty folder, used over HTTP as people and API clients use it:
 * the suite's other tests run from class folders, where class path resources have {@code file:} URLs; this one catches
 * what only the jar's nested {@code jar:nested:} URLs break (the XLIFF import answered 500 there). Run by the failsafe
 * plugin in {@code ./mvnw verify}, after {@code package}.
 */
class PackagedJarIT {

    private static final String PASSWORD = "demo";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private static PackagedJar app;

    @BeforeAll
    static void startTheJar() throws Exception {
        app = PackagedJar.start();
    }

    @AfterAll
    static void stopTheJar() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void signsInThroughTheFormWithItsCsrfTokenAndReadsTheOpenApiDocumentInTheSession() throws Exception {
        HttpClient browser = browser();

        assertThat(signIn(browser, "gtm", "wrong password").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login?error"));
        HttpResponse<String> signedIn = signIn(browser, "gtm", PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValue(app.url("/"));

        HttpResponse<String> home = browser.send(at("/").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Sign out");

        HttpResponse<String> openApi = browser.send(at("/v3/api-docs").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(openApi.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(openApi.body());
        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(document.path("paths").has("/api/v1/sops/{id}/translations/{language}/xliff")).isTrue();
    }

    @Test
    void publishesAMasterChangeWithFourEyesAndPropagatesItToEveryVariant() throws Exception {
        ApiClient editor = ApiClient.signIn("sopeditor");
        ApiClient admin = ApiClient.signIn("admin");
        JsonNode master = editor.master("SPS-ACC-002");
        String masterId = master.path("id").asText();
        List<JsonNode> variants = list(editor.json("GET", "/api/v1/sops/" + masterId + "/variants", null));
        assertThat(variants).isNotEmpty();

        JsonNode revision = editor.json("POST", "/api/v1/sops/" + masterId + "/revisions", null);
        String version = revision.path("id").asText();
        String line = "Smoke check of the packaged jar: confirm the waiver in the ticket.";
        // the editor's textarea sends CRLF line endings
        String body = (revision.path("body").asText().stripTrailing() + "\n\n" + line + "\n").replace("\n", "\r\n");
        editor.json("PUT", "/api/v1/sop-versions/" + version, "{\"title\": " + quoted(revision.path("title").asText())
                + ", \"body\": " + quoted(body) + ", \"changeNote\": \"Smoke check\", \"lockVersion\": "
                + revision.path("lockVersion").asInt() + "}");
        editor.json("POST", "/api/v1/sop-versions/" + version + "/submit", null);
        assertThat(editor.call("POST", "/api/v1/sop-versions/" + version + "/approve", "{}").statusCode())
                .as("the author may not approve their own version").isBetween(400, 499);
        admin.json("POST", "/api/v1/sop-versions/" + version + "/approve", "{\"comment\": \"Second pair of eyes\"}");
        JsonNode published = editor.json("POST", "/api/v1/sop-versions/" + version + "/publish", null);
        assertThat(published.path("status").asText()).isEqualTo("PUBLISHED");

        for (JsonNode variant : variants) {
            JsonNode newest = awaitPropagated(editor, variant.path("id").asText(), version);
            assertThat(newest.path("origin").asText()).as("variant %s", variant.path("scope")).isNotEqualTo("AUTHORED");
            if (!newest.path("hasConflicts").asBoolean()) {
                assertThat(newest.path("body").asText()).as("variant %s", variant.path("scope")).contains(line).doesNotContain("\r");
            }
        }
    }

    @Test
    void exportsAndImportsAThaiXliffFileAndRendersTheThaiHandbookAsPdf() throws Exception {
        ApiClient editor = ApiClient.signIn("sopeditor");
        String masterId = editor.master("SPS-ACC-001").path("id").asText();
        JsonNode thailand = list(editor.json("GET", "/api/v1/sops/" + masterId + "/variants", null)).stream()
                .filter(v -> v.path("scope").asText().equals("TH")).findFirst().orElseThrow();
        String variant = thailand.path("id").asText();

        HttpResponse<String> export = editor.call("POST", "/api/v1/sops/" + variant + "/translations/th/exports", null);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains("urn:oasis:names:tc:xliff:document:2.0").contains("<source>Account suspension appeals</source>");
        String translated = export.body().replaceFirst("<source>Account suspension appeals</source>",
                "<source>Account suspension appeals</source>\n        <target>การอุทธรณ์การระงับบัญชี</target>");

        HttpResponse<String> imported = editor.send(editor.request("/api/v1/sops/" + variant + "/translations/th/xliff")
                .header("Content-Type", "application/xliff+xml").POST(HttpRequest.BodyPublishers.ofString(translated)).build());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(JSON.readTree(imported.body()).path("translated").asInt()).isEqualTo(1);
        assertThat(app.logged("XLIFF schema")).isFalse();

        HttpResponse<byte[]> pdf = editor.http.send(editor.request("/api/v1/sop-handbooks/TH.pdf?language=th").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(text).contains("การอุทธรณ์การระงับบัญชี");
        }
    }

    @Test
    void findsTheDemoSopsInTheSearchIndexBuiltAtStart() throws Exception {
        ApiClient agent = ApiClient.signIn("agent");

        JsonNode results = agent.json("GET", "/api/v1/sop-search?q=" + encoded("suspension appeal"), null);

        assertThat(results.path("totalHits").asLong()).isPositive();
        assertThat(results.path("hits").get(0).path("sopKey").asText()).isEqualTo("SPS-ACC-001");
    }

    @Test
    void importsTicketsFromCsvAndAnalysesTheirRootCauses() throws Exception {
        ApiClient analyst = ApiClient.signIn("analyst");
        LocalDate baselineFrom = LocalDate.of(2019, 4, 1);
        LocalDate from = baselineFrom.plusWeeks(4);
        LocalDate to = from.plusDays(6);
        StringBuilder csv = new StringBuilder("ticket_id,created_at,resolved_at,market,vendor,site,channel,category,handle_time_seconds,csat\n");
        int compared = 0;
        for (LocalDate day = baselineFrom; !day.isAfter(to); day = day.plusDays(1)) {
            for (String market : List.of("ID", "MY")) {
                for (String category : List.of("Refund", "Shipping", "Account")) {
                    boolean spike = !day.isBefore(from) && market.equals("ID") && category.equals("Refund");
                    int tickets = spike ? 12 : 3;
                    for (int i = 0; i < tickets; i++) {
                        csv.append("SMOKE-").append(day).append('-').append(market).append('-').append(category).append('-').append(i)
                                .append(',').append(day).append("T09:00:00+07:00,").append(day).append("T10:30:00+07:00,")
                                .append(market).append(",NCS,").append(market.equals("ID") ? "JKT-1" : "KUL-1").append(",chat,")
                                .append(category).append(',').append(300 + i).append(",4\n");
                    }
                    compared += day.isBefore(from) ? 0 : tickets;
                }
            }
        }

        HttpResponse<String> imported = analyst.importTickets(csv.toString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(JSON.readTree(imported.body()).path("ticketImport").path("status").asText()).isEqualTo("COMPLETED");

        JsonNode analysis = analyst.json("GET", "/api/v1/insights/rca/periods?kpi=volume&from=" + from + "&to=" + to
                + "&baselineFrom=" + baselineFrom + "&baselineTo=" + from.minusDays(1), null);
        assertThat(analysis.path("totalReal").asDouble()).isEqualTo(compared);
        assertThat(analysis.path("leaves").asInt()).isEqualTo(6);
        assertThat(analysis.path("topLeaves").get(0).path("dimensions").path("category").asText()).isEqualTo("Refund");
        assertThat(analysis.path("topLeaves").get(0).path("dimensions").path("market").asText()).isEqualTo("ID");
    }

    // --- people and API clients ---

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Opens the sign-in page, takes its CSRF token and submits the form. */
    private static HttpResponse<String> signIn(HttpClient browser, String username, String password) throws Exception {
        HttpResponse<String> page = browser.send(at("/login").build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();
        String form = "username=" + encoded(username) + "&password=" + encoded(password) + "&_csrf=" + encoded(csrf.group(1));
        return browser.send(at("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(120));
    }

    /** An API client with a personal API token, issued once with HTTP Basic. */
    private record ApiClient(HttpClient http, String token) {

        static ApiClient signIn(String username) throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            String basic = Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> issued = http.send(at("/api/v1/me/tokens").header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"packaged jar check\", \"validDays\": 1}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            return new ApiClient(http, JSON.readTree(issued.body()).path("secret").asText());
        }

        HttpRequest.Builder request(String path) {
            return at(path).header("Authorization", "Bearer " + token);
        }

        HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> call(String method, String path, String json) throws IOException, InterruptedException {
            HttpRequest.Builder request = request(path);
            if (json == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            return send(request.build());
        }

        JsonNode json(String method, String path, String json) throws IOException, InterruptedException {
            HttpResponse<String> answer = call(method, path, json);
            assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isBetween(200, 299);
            return JSON.readTree(answer.body());
        }

        JsonNode master(String key) throws IOException, InterruptedException {
            return list(json("GET", "/api/v1/sops", null)).stream().filter(s -> s.path("key").asText().equals(key))
                    .findFirst().orElseThrow(() -> new AssertionError("no demo SOP " + key));
        }

        /** Imports a CSV file; one import runs at a time (the demo tickets may still be loading): waits out 429 as a client does. */
        HttpResponse<String> importTickets(String csv) throws IOException, InterruptedException {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            while (true) {
                HttpResponse<String> answer = send(request("/api/v1/tickets/imports?fileName=smoke.csv")
                        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build());
                if (answer.statusCode() != 429 || Instant.now().isAfter(deadline)) {
                    return answer;
                }
                Thread.sleep(1000L * Long.parseLong(answer.headers().firstValue("Retry-After").orElse("2")));
            }
        }
    }

    /** The newest version of a variant once the master version's propagation reached it (module events run after commit). */
    private static JsonNode awaitPropagated(ApiClient client, String variant, String masterVersion) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            JsonNode newest = client.json("GET", "/api/v1/sops/" + variant, null).path("versions").get(0);
            if (newest.path("baseMasterVersionId").asText().equals(masterVersion)) {
                return newest;
            }
            assertThat(Instant.now()).as("variant %s received master version %s", variant, masterVersion).isBefore(deadline);
            Thread.sleep(500);
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String quoted(String text) throws IOException {
        return JSON.writeValueAsString(text);
    }
}
