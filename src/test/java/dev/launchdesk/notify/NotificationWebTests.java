package dev.launchdesk.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.identity.UserAdministration;
import dev.launchdesk.identity.UserView;
import dev.launchdesk.notify.mail.MailOutboxFolder;
import dev.launchdesk.notify.outbox.DeliveryWorker;

/**
 * The pages and API of the notify module without a mail server (the embedded default): the bell with the unread count
 * on every page, the notifications page with mark read (htmx: the row and the bell change) and mark all read, the
 * channels on the account page and in the API, e-mails written to the outbox folder and read by admins, and the
 * webhook endpoints' API with its 400s. Uses the SOP editor, whom the anomaly tests do not use.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationWebTests {

    private static final Pattern BELL = Pattern.compile("id=\"bell-count\"[^>]*>(\\d+)<");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    Notifications notifications;

    @Autowired
    DeliveryWorker worker;

    @Autowired
    MailOutboxFolder outbox;

    @Autowired
    UserAdministration users;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void defaultChannelsAndNoEnabledTestEndpoint() {
        jdbc.sql("delete from notification_preference where user_id = :u").param("u", editor().id()).update();
        jdbc.sql("update webhook_endpoint set enabled = false where url like 'http://127.0.0.1:9/%'").update();
    }

    @Test
    void theBellShowsTheUnreadCountOnEveryPageAndMarkingReadLowersIt() throws Exception {
        mvc.perform(post("/notifications/read-all").with(as("sopeditor")).with(csrf())).andExpect(redirectedUrl("/notifications"));
        assertThat(bell("/markets")).isZero();
        String key = notify(editor(), "Bell check");
        notify(editor(), "Bell check two");

        assertThat(bell("/markets")).isEqualTo(2);
        assertThat(bell("/sops")).isEqualTo(2);
        String list = mvc.perform(get("/notifications").with(as("sopeditor"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains("Bell check " + key).contains("href=\"/insights/anomalies/7\"");

        long id = notifications.recent(editor().id(), null, 5).stream().filter(n -> n.subject().equals("Bell check " + key)).findFirst()
                .orElseThrow().id();
        String row = mvc.perform(post("/notifications/" + id + "/read").header("HX-Request", "true").with(as("sopeditor")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(row).startsWith("<tr").doesNotContain("Mark read").contains("hx-swap-oob");
        assertThat(count(row)).as("the bell in the answer").isEqualTo(1);
        assertThat(bell("/markets")).isEqualTo(1);

        mvc.perform(post("/notifications/" + id + "/read").with(as("viewer")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/notifications/read-all").with(as("sopeditor")).with(csrf())).andExpect(redirectedUrl("/notifications"));
        assertThat(bell("/markets")).isZero();
    }

    @Test
    void theChannelsAreChosenOnTheAccountPageAndThroughTheApi() throws Exception {
        String account = mvc.perform(get("/account").with(as("sopeditor"))).andReturn().getResponse().getContentAsString();
        assertThat(account).contains("hx-get=\"/account/notifications/panel\"").contains("href=\"/account/notifications\"");
        String panel = mvc.perform(get("/account/notifications/panel").with(as("sopeditor"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(panel).contains("name=\"email.anomaly.detected\"").contains("name=\"inApp.anomaly.detected\"");

        mvc.perform(post("/account/notifications").with(as("sopeditor")).with(csrf()).param("email.anomaly.detected", "WEEKLY"))
                .andExpect(redirectedUrl("/account/notifications"));
        mvc.perform(get("/api/v1/me/notification-preferences").with(httpBasic("sopeditor", "demo")))
                .andExpect(jsonPath("$[0].kind").value("anomaly.detected"))
                .andExpect(jsonPath("$[0].inApp").value(false))
                .andExpect(jsonPath("$[0].email").value("WEEKLY"));

        mvc.perform(put("/api/v1/me/notification-preferences/anomaly.detected").with(httpBasic("sopeditor", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"inApp\": true, \"email\": \"daily\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.email").value("DAILY"));
        mvc.perform(put("/api/v1/me/notification-preferences/launch.decided").with(httpBasic("sopeditor", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"inApp\": true, \"email\": \"DAILY\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(put("/api/v1/me/notification-preferences/anomaly.detected").with(httpBasic("sopeditor", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"inApp\": true, \"email\": \"hourly\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message").value("'hourly' is not one of OFF, IMMEDIATE, DAILY, WEEKLY"));
        mvc.perform(put("/api/v1/me/notification-preferences/anomaly.detected").with(httpBasic("sopeditor", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\": \"OFF\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("inApp"));
    }

    @Test
    void withoutAMailServerEachMailIsAnEmlFileAdminsRead() throws Exception {
        String key = notify(editor(), "Outbox check");

        worker.deliverDue(Instant.now());

        Path file;
        try (Stream<Path> files = Files.list(outbox.folder())) {
            file = files.filter(p -> read(p).contains("Outbox check " + key)).findFirst().orElseThrow();
        }
        assertThat(read(file)).contains("To: " + editor().email()).contains("Message-ID: <" + file.getFileName().toString().replace(".eml", "")
                + "@launchdesk>");
        String page = mvc.perform(get("/admin/mail-outbox").with(as("admin"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Outbox check " + key).contains(file.getFileName().toString());
        String mail = mvc.perform(get("/admin/mail-outbox/" + file.getFileName()).with(as("admin"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(mail).contains("The body of " + key);

        mvc.perform(get("/admin/mail-outbox/" + file.getFileName()).with(as("analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/mail-outbox/msg_0000.eml").with(as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/mail-outbox/..%2Fapplication.yml").with(as("admin"))).andExpect(status().is4xxClientError());
    }

    @Test
    void adminsManageWebhookEndpointsThroughTheApiAndBadInputIsNamed() throws Exception {
        mvc.perform(post("/api/v1/webhook-endpoints").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"ftp://example.com/hook\", \"kinds\": [\"anomaly.detected\", \"no.such\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("url"))
                .andExpect(jsonPath("$.errors[1].field").value("kinds"));
        mvc.perform(post("/api/v1/webhook-endpoints").with(httpBasic("analyst", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"url\": \"http://127.0.0.1:9/x\"}")).andExpect(status().isForbidden());

        String created = mvc.perform(post("/api/v1/webhook-endpoints").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"http://127.0.0.1:9/web-test\", \"description\": \"CRM\", \"kinds\": [\"anomaly.detected\"]}"))
                .andExpect(status().isCreated()).andExpect(header().exists("Location")).andReturn().getResponse().getContentAsString();
        JsonNode endpoint = json.readTree(created);
        assertThat(endpoint.path("secret").asText()).matches("whsec_[A-Za-z0-9+/=]{32}");
        String id = endpoint.path("id").asText();

        mvc.perform(put("/api/v1/webhook-endpoints/" + id).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\": \"http://127.0.0.1:9/web-test\", \"enabled\": false}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false)).andExpect(jsonPath("$.kinds").isEmpty())
                .andExpect(jsonPath("$.disabledReason").value("disabled by admin"));
        mvc.perform(get("/api/v1/webhook-endpoints/" + id + "/deliveries").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
        mvc.perform(post("/api/v1/webhook-deliveries/987654321/replay").with(httpBasic("admin", "demo"))).andExpect(status().isNotFound());
        String page = mvc.perform(get("/admin/webhooks/" + id).with(as("admin"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(endpoint.path("secret").asText()).contains("http://127.0.0.1:9/web-test")
                .as("the reason in the words of the bundle (notify.webhooks.disabledBy)").contains("Disabled by admin.");
        mvc.perform(post("/admin/webhooks").with(as("admin")).with(csrf()).param("url", "http://127.0.0.1:9/web-form").param("kinds", "anomaly.detected"))
                .andExpect(status().isFound());
    }

    private String notify(UserView user, String subject) {
        String key = "web:" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> notifications.send(new NotificationRequest(NotificationKind.ANOMALY_DETECTED, key,
                Set.of(user.id()), subject + " " + key, "The body of " + key, "/insights/anomalies/7", Map.of("anomalyId", 7))));
        return key;
    }

    private long bell(String page) throws Exception {
        return count(mvc.perform(get(page).with(as("sopeditor"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static long count(String html) {
        Matcher matcher = BELL.matcher(html);
        assertThat(matcher.find()).as("the page has the bell").isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private UserView editor() {
        return users.users().stream().filter(u -> u.username().equals("sopeditor")).findFirst().orElseThrow();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
