package dev.launchdesk.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.standardwebhooks.Webhook;

import dev.launchdesk.identity.UserAdministration;
import dev.launchdesk.identity.UserView;
import dev.launchdesk.notify.digest.DigestJob;
import dev.launchdesk.notify.outbox.Delivery;
import dev.launchdesk.notify.outbox.DeliveryWorker;
import dev.launchdesk.notify.preference.EmailMode;
import dev.launchdesk.notify.preference.Preferences;
import dev.launchdesk.notify.settings.NotifySettings;
import dev.launchdesk.notify.webhook.WebhookEndpoint;
import dev.launchdesk.notify.webhook.WebhookEndpoints;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.BaseUrl;
import dev.launchdesk.shared.Role;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;

/**
 * The notify module end to end on the real database: a notification written in the caller's transaction reaches the
 * bell at once and goes out by e-mail (GreenMail as the SMTP server) and signed webhook (a JDK HTTP server) only when
 * the delivery worker sends the outbox; preferences and digests; 500 → retried with back-off, 410 → endpoint disabled,
 * replay with the same webhook-id; and a worker that stops after claiming — before or after sending — loses nothing,
 * the next worker sending it once more under the same id. Uses the trainer, GTM manager and SOP editor, whom the anomaly
 * tests do not use, and leaves their channels as it found them.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3225"})
@AutoConfigureMockMvc
class NotifyIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3225, null, ServerSetup.PROTOCOL_SMTP));

    record TestActor(UUID userId, String username, String displayName, Role role, Optional<UUID> vendorId) implements Actor {
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Notifications notifications;

    @Autowired
    DeliveryWorker worker;

    @Autowired
    DigestJob digests;

    @Autowired
    Preferences preferences;

    @Autowired
    WebhookEndpoints endpoints;

    @Autowired
    NotifySettings settings;

    @Autowired
    BaseUrl baseUrl;

    @Autowired
    UserAdministration users;

    @Autowired
    MeterRegistry meters;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    private final List<UUID> createdEndpoints = new ArrayList<>();
    private final List<AutoCloseable> receivers = new ArrayList<>();

    @AfterEach
    void leaveNoEndpointAndTheDefaultChannels() throws Exception {
        for (UUID id : createdEndpoints) {
            endpoints.disableGone(id, Instant.now());
        }
        for (AutoCloseable receiver : receivers) {
            receiver.close();
        }
        jdbc.sql("delete from notification_preference where user_id in (:ids)")
                .param("ids", List.of(user("trainer").id(), user("gtm").id(), user("sopeditor").id())).update();
    }

    @Test
    void aNotificationIsInAppAtOnceAndByMailOnlyFromTheOutbox() throws Exception {
        UserView trainer = user("trainer");
        long unreadBefore = notifications.unread(trainer.id());
        double sentBefore = sent("email");
        String key = "test:" + UUID.randomUUID();

        Boolean sent = transactions.execute(status -> notifications.send(request(key, Set.of(trainer.id()), "Bell and mail")));

        assertThat(sent).isTrue();
        assertThat(notifications.unread(trainer.id())).isEqualTo(unreadBefore + 1);
        assertThat(notifications.recent(trainer.id(), NotificationKind.ANOMALY_DETECTED, 1)).singleElement()
                .satisfies(n -> assertThat(n.subject()).isEqualTo("Bell and mail " + key));
        assertThat(mailsTo(trainer, key)).as("nothing is sent in the caller's transaction").isEmpty();

        worker.deliverDue(Instant.now());

        List<MimeMessage> mails = mailsTo(trainer, key);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getContent().toString()).contains("The body of " + key);
        assertThat(emailOf(trainer, key)).containsEntry("status", "SENT");
        assertThat(sent("email")).as("the worker also sends what other tests left in the shared outbox").isGreaterThanOrEqualTo(sentBefore + 1);

        worker.deliverDue(Instant.now());
        assertThat(mailsTo(trainer, key)).as("sent once").hasSize(1);
    }

    @Test
    void theSameKindAndKeySentAgainChangesNothing() {
        UserView trainer = user("trainer");
        String key = "test:" + UUID.randomUUID();
        assertThat(send(request(key, Set.of(trainer.id()), "Once"))).isTrue();
        long unread = notifications.unread(trainer.id());

        assertThat(send(request(key, Set.of(trainer.id()), "Twice"))).isFalse();

        assertThat(notifications.unread(trainer.id())).isEqualTo(unread);
        assertThat(jdbc.sql("select count(*) from notification_delivery d join notification_event e on e.id = d.event_id where e.dedup_key = :k")
                .param("k", key).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRolledBackCallerLeavesNoNotification() {
        UserView trainer = user("trainer");
        String key = "test:" + UUID.randomUUID();
        long unread = notifications.unread(trainer.id());

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            notifications.send(request(key, Set.of(trainer.id()), "Rolled back"));
            throw new IllegalStateException("the caller fails after notifying");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(notifications.unread(trainer.id())).isEqualTo(unread);
        assertThat(jdbc.sql("select count(*) from notification_event where dedup_key = :k").param("k", key).query(Long.class).single()).isZero();
    }

    @Test
    void eachUserGetsTheChannelsChosenAndDigestsGatherTheirMails() throws Exception {
        UserView trainer = user("trainer");
        UserView gtm = user("gtm");
        UserView editor = user("sopeditor");
        preferences.set(trainer.id(), "anomaly.detected", false, EmailMode.OFF);
        preferences.set(gtm.id(), "anomaly.detected", true, EmailMode.DAILY);
        preferences.set(editor.id(), "anomaly.detected", true, EmailMode.WEEKLY);
        long trainerUnread = notifications.unread(trainer.id());
        String first = "test:" + UUID.randomUUID();
        String second = "test:" + UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            notifications.send(request(first, Set.of(trainer.id(), gtm.id(), editor.id()), "First"));
            notifications.send(request(second, Set.of(trainer.id(), gtm.id(), editor.id()), "Second"));
        });
        worker.deliverDue(Instant.now());

        assertThat(notifications.unread(trainer.id())).as("in-app off").isEqualTo(trainerUnread);
        assertThat(emails(trainer, first)).as("e-mail off").isZero();
        assertThat(emailOf(gtm, first)).containsEntry("status", "DIGEST").containsEntry("digest_period", "DAILY");
        assertThat(MAIL.getReceivedMessages()).noneMatch(m -> subject(m).contains(first));

        Instant now = Instant.now().plusSeconds(1);
        assertThat(digests.digest(EmailMode.DAILY, now)).isEqualTo(1);
        assertThat(digests.digest(EmailMode.DAILY, now)).as("the same day again: no second digest").isZero();
        worker.deliverDue(now.plusSeconds(1));

        List<MimeMessage> daily = received(gtm.email(), "Your daily digest");
        assertThat(daily).hasSize(1);
        assertThat(subject(daily.get(0))).isEqualTo("[LaunchDesk] Your daily digest: 2 notifications");
        assertThat(daily.get(0).getContent().toString()).contains("First " + first).contains("Second " + second)
                .contains(baseUrl.absolute("/insights/anomalies/1"));
        assertThat(emailOf(gtm, first)).containsEntry("status", "DIGESTED");
        assertThat(received(editor.email(), "digest")).as("the weekly digest waits for its day").isEmpty();

        assertThat(digests.digest(EmailMode.WEEKLY, now)).isEqualTo(1);
        worker.deliverDue(now.plusSeconds(1));
        assertThat(received(editor.email(), "Your weekly digest")).hasSize(1);
    }

    @Test
    void aWebhookIsSignedRetriedAfterA500AndSentOnceWithTheSameWebhookId() throws Exception {
        WebhookReceiver receiver = receiver();
        WebhookEndpoint endpoint = endpoint(receiver);
        String key = "test:" + UUID.randomUUID();
        receiver.answer(500);

        transactions.executeWithoutResult(status -> notifications.send(request(key, Set.of(), "Hooked")));
        worker.deliverDue(Instant.now());

        assertThat(receiver.received()).hasSize(1);
        Delivery delivery = webhookOf(endpoint, key);
        assertThat(delivery.status()).isEqualTo("PENDING");
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.lastStatus()).isEqualTo(500);
        assertThat(Duration.between(Instant.now(), delivery.nextAttemptAt())).as("back-off of the first failure: 15 to 30 s")
                .isBetween(Duration.ofSeconds(10), Duration.ofSeconds(31));

        worker.deliverDue(Instant.now());
        assertThat(receiver.received()).as("not due before its back-off").hasSize(1);

        worker.deliverDue(Instant.now().plus(Duration.ofMinutes(1)));

        assertThat(receiver.received()).hasSize(2);
        assertThat(webhookOf(endpoint, key).status()).isEqualTo("SENT");
        WebhookReceiver.Received first = receiver.received().get(0);
        WebhookReceiver.Received second = receiver.received().get(1);
        assertThat(second.id()).isEqualTo(first.id()).isEqualTo(delivery.messageId()).startsWith("msg_");
        assertThat(second.body()).isEqualTo(first.body()).contains("\"type\":\"anomaly.detected\"").contains("\"subject\":\"Hooked " + key + "\"")
                .contains("\"link\":\"" + baseUrl.absolute("/insights/anomalies/1") + "\"").contains("\"anomalyId\":1");
        // the receiver's side: the Standard Webhooks library verifies the request with the endpoint's secret
        new Webhook(endpoint.secret()).verify(second.body(), Map.of("webhook-id", List.of(second.id()),
                "webhook-timestamp", List.of(second.timestamp()), "webhook-signature", List.of(second.signature())));
        assertThat(second.signature()).isEqualTo(dev.launchdesk.notify.webhook.WebhookSignature.sign(endpoint.secret(), second.id(),
                Long.parseLong(second.timestamp()), second.body()));
    }

    @Test
    void a410DisablesTheEndpointAndAReplayAfterEnablingSendsTheSameWebhookIdAgain() throws Exception {
        // replayed through the API: 409 while the endpoint is disabled, then the same webhook-id once it is enabled again
        WebhookReceiver receiver = receiver();
        WebhookEndpoint endpoint = endpoint(receiver);
        String key = "test:" + UUID.randomUUID();
        receiver.answer(410);
        double failedBefore = failed("webhook", "gave-up");

        transactions.executeWithoutResult(status -> notifications.send(request(key, Set.of(), "Gone")));
        worker.deliverDue(Instant.now());

        assertThat(endpoints.get(endpoint.id()).enabled()).isFalse();
        assertThat(endpoints.get(endpoint.id()).disabledReason()).contains("410");
        assertThat(endpoints.get(endpoint.id()).disabledReasonText()).as("notify.webhooks.disabledGone")
                .startsWith("Disabled: the receiver answered 410 Gone on ");
        Delivery gone = webhookOf(endpoint, key);
        assertThat(gone.status()).isEqualTo("FAILED");
        assertThat(failed("webhook", "gave-up")).isEqualTo(failedBefore + 1);

        String later = "test:" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> notifications.send(request(later, Set.of(), "Later")));
        assertThat(jdbc.sql("select count(*) from notification_delivery d join notification_event e on e.id = d.event_id where e.dedup_key = :k")
                .param("k", later).query(Long.class).single()).as("a disabled endpoint gets no new deliveries").isZero();

        mvc.perform(post("/api/v1/webhook-deliveries/" + gone.id() + "/replay").with(httpBasic("admin", "demo")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("is disabled")));
        mvc.perform(put("/api/v1/webhook-endpoints/" + endpoint.id()).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"url\": \"" + endpoint.url() + "\", \"enabled\": true}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/webhook-deliveries/" + gone.id() + "/replay").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PENDING")).andExpect(jsonPath("$.messageId").value(gone.messageId()));
        worker.deliverDue(Instant.now().plusSeconds(1));
        mvc.perform(get("/api/v1/webhook-endpoints/" + endpoint.id() + "/deliveries").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$[?(@.id == " + gone.id() + ")].status").value("SENT"))
                .andExpect(jsonPath("$[?(@.id == " + gone.id() + ")].log[*].statusCode").value(org.hamcrest.Matchers.contains(200, 410)));

        assertThat(receiver.received()).hasSize(2);
        assertThat(receiver.received().get(1).id()).isEqualTo(receiver.received().get(0).id()).isEqualTo(gone.messageId());
        assertThat(webhookOf(endpoint, key).status()).isEqualTo("SENT");
    }

    @Test
    void aWorkerThatStopsAfterClaimingLosesNothingAndTheNextSendsOnceUnderTheSameId() throws Exception {
        WebhookReceiver receiver = receiver();
        WebhookEndpoint endpoint = endpoint(receiver);
        UserView trainer = user("trainer");
        String key = "test:" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> notifications.send(request(key, Set.of(trainer.id()), "Crash")));

        // worker one claims the mail and the webhook, sends the webhook, and stops before recording anything
        Instant now = Instant.now();
        DeliveryWorker.Claim claim = worker.claim(now);
        Delivery webhook = claim.deliveries().stream().filter(d -> d.endpointId() != null && d.endpointId().equals(endpoint.id())).findFirst()
                .orElseThrow();
        assertThat(claim.deliveries()).anySatisfy(d -> assertThat(d.userId()).isEqualTo(trainer.id()));
        worker.send(webhook, Instant.now());
        assertThat(receiver.received()).hasSize(1);

        // while its claim holds, nobody else sends them
        worker.deliverDue(now.plusSeconds(60));
        assertThat(receiver.received()).hasSize(1);
        assertThat(mailsTo(trainer, key)).isEmpty();

        // after the claim runs out, the next worker sends each once; the webhook under the same webhook-id
        worker.deliverDue(now.plus(settings.claimTimeout()).plusSeconds(1));

        assertThat(receiver.received()).hasSize(2);
        assertThat(receiver.received().get(1).id()).isEqualTo(receiver.received().get(0).id()).isEqualTo(webhook.messageId());
        assertThat(webhookOf(endpoint, key).status()).isEqualTo("SENT");
        assertThat(webhookOf(endpoint, key).attempts()).isEqualTo(2);
        assertThat(mailsTo(trainer, key)).as("the mail claimed but never sent: sent once").hasSize(1);
        assertThat(emailOf(trainer, key)).containsEntry("status", "SENT");

        // the stopped worker's late outcome is not recorded over the next one's
        worker.record(claim, webhook, new DeliveryWorker.Outcome(false, 503, "late", false), Duration.ZERO);
        assertThat(webhookOf(endpoint, key).status()).isEqualTo("SENT");

        worker.deliverDue(now.plus(Duration.ofDays(1)));
        assertThat(receiver.received()).hasSize(2);
        assertThat(mailsTo(trainer, key)).hasSize(1);
    }

    private boolean send(NotificationRequest request) {
        return Boolean.TRUE.equals(transactions.execute(status -> notifications.send(request)));
    }

    private NotificationRequest request(String key, Set<UUID> recipients, String subject) {
        return new NotificationRequest(NotificationKind.ANOMALY_DETECTED, key, recipients, subject + " " + key, "The body of " + key,
                "/insights/anomalies/1", Map.of("anomalyId", 1));
    }

    private WebhookReceiver receiver() throws Exception {
        WebhookReceiver receiver = new WebhookReceiver();
        receivers.add(receiver);
        return receiver;
    }

    private WebhookEndpoint endpoint(WebhookReceiver receiver) {
        WebhookEndpoint endpoint = endpoints.create(new WebhookEndpoints.EndpointForm(receiver.url(), "test receiver",
                List.of("anomaly.detected"), true), admin());
        createdEndpoints.add(endpoint.id());
        assertThat(endpoint.secret()).startsWith("whsec_");
        return endpoint;
    }

    private Delivery webhookOf(WebhookEndpoint endpoint, String key) {
        long id = jdbc.sql("select d.id from notification_delivery d join notification_event e on e.id = d.event_id where e.dedup_key = :k and d.endpoint_id = :ep")
                .param("k", key).param("ep", endpoint.id()).query(Long.class).single();
        return jdbc.sql("select d.*, e.kind, e.subject, e.body, e.link, e.payload, e.created_at as event_created_at from notification_delivery d "
                        + "join notification_event e on e.id = d.event_id where d.id = :id").param("id", id)
                .query((rs, n) -> new Delivery(rs.getLong("id"), rs.getLong("event_id"), dev.launchdesk.notify.outbox.Channel.valueOf(rs.getString("channel")),
                        rs.getObject("user_id", UUID.class), rs.getString("address"), rs.getObject("endpoint_id", UUID.class), rs.getString("message_id"),
                        rs.getString("status"), rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(), null,
                        rs.getObject("last_status", Integer.class), rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
                        rs.getString("kind"), rs.getString("subject"), rs.getString("body"), rs.getString("link"), rs.getString("payload"),
                        rs.getTimestamp("event_created_at").toInstant()))
                .single();
    }

    private Map<String, Object> emailOf(UserView user, String key) {
        return jdbc.sql("""
                        select d.status, d.digest_period, d.attempts from notification_delivery d join notification_event e on e.id = d.event_id
                         where e.dedup_key = :k and d.channel = 'EMAIL' and d.user_id = :u
                        """).param("k", key).param("u", user.id()).query().singleRow();
    }

    private long emails(UserView user, String key) {
        return jdbc.sql("""
                        select count(*) from notification_delivery d join notification_event e on e.id = d.event_id
                         where e.dedup_key = :k and d.channel = 'EMAIL' and d.user_id = :u
                        """).param("k", key).param("u", user.id()).query(Long.class).single();
    }

    private List<MimeMessage> mailsTo(UserView user, String key) throws Exception {
        return received(user.email(), key);
    }

    private List<MimeMessage> received(String address, String subjectPart) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address) && subject(m).contains(subjectPart)) {
                found.add(m);
            }
        }
        return found;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private double sent(String channel) {
        var counter = meters.find("launchdesk.notifications.sent").tag("channel", channel).counter();
        return counter == null ? 0 : counter.count();
    }

    private double failed(String channel, String outcome) {
        var counter = meters.find("launchdesk.notifications.failed").tag("channel", channel).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private UserView user(String username) {
        return users.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private Actor admin() {
        UserView admin = user("admin");
        return new TestActor(admin.id(), admin.username(), admin.displayName(), admin.role(), Optional.empty());
    }
}
