package dev.launchdesk.insight.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import dev.launchdesk.identity.UserAdministration;
import dev.launchdesk.identity.UserView;
import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.notify.NotificationView;
import dev.launchdesk.notify.outbox.DeliveryWorker;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.Role;
import jakarta.mail.internet.MimeMessage;

/**
 * Subscribers get an in-app alert and one e-mail per new anomaly through the notify module (its outbox, sent by the
 * delivery worker to GreenMail as the SMTP server); a vendor lead only of its own vendor's anomaly; a mail that fails
 * leaves the anomaly and the alert in place and is retried later. The tickets are in 2021 in Vietnam and the
 * Philippines, which no other test writes.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class AnomalyAlertsIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

    record TestActor(UUID userId, String username, String displayName, Role role, Optional<UUID> vendorId) implements Actor {
    }

    static final LocalDate FIRST_MONDAY = LocalDate.of(2021, 1, 4);
    static final LocalDate SPIKE = LocalDate.of(2021, 3, 9);

    @Autowired
    AnomalyScan scan;

    @Autowired
    AnomalyFollowing following;

    @Autowired
    UserAdministration users;

    @Autowired
    DeliveryWorker worker;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSubscribedVendorLeadGetsOneMailForItsVendorsAnomaly() throws Exception {
        tenWeeksWithASpikeAtNcs("VN", 7);
        Actor lead = actor("vendorlead");
        Actor viewer = actor("viewer");
        followNothing(lead);
        followNothing(viewer);
        following.subscribe(lead, "VN", Kpi.VOLUME);
        following.subscribe(lead, "vn", Kpi.VOLUME);
        following.subscribe(viewer, "GB", null);

        scan.scan(SPIKE, SPIKE, Set.of("VN"));

        // Vietnam and Vietnam × NCS (and all markets together, which no vendor lead gets); alerts follow the commit
        assertThat(anomaliesIn("VN")).isEqualTo(2);
        await().atMost(Duration.ofMinutes(1)).until(() -> noReactionPending());
        assertThat(received("rina.hartono@ncs.example")).as("nothing is sent inline: the outbox holds it").isEmpty();
        worker.deliverDue(Instant.now());
        List<MimeMessage> toLead = received("rina.hartono@ncs.example");
        assertThat(toLead).hasSize(1);
        assertThat(toLead.get(0).getSubject()).isEqualTo("[LaunchDesk] Tickets anomaly · VN · NCS · 2021-03-09");
        assertThat(toLead.get(0).getContent().toString()).contains("/insights/anomalies/").contains("/insights/rca?kpi=volume&market=VN&vendor=NCS");
        assertThat(toLead.get(0).getMessageID()).matches("<msg_[0-9a-f]{32}@launchdesk>");
        assertThat(received("tom.whitfield@launchdesk.example")).isEmpty();
        List<NotificationView> alerts = following.alerts(lead).stream().filter(a -> a.subject().endsWith("VN · NCS · 2021-03-09")).toList();
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.isUnread()).isTrue();
            assertThat(a.link()).startsWith("/insights/anomalies/");
        });
        assertThat(mailOf(lead, "VN")).containsEntry("status", "SENT").containsEntry("vendor_code", "NCS");
        following.markRead(lead, alerts.get(0).id());
        assertThat(following.alerts(lead).stream().filter(a -> a.id() == alerts.get(0).id()).findFirst().orElseThrow().isUnread()).isFalse();

        scan.scan(SPIKE.minusDays(1), SPIKE.plusDays(1), Set.of("VN"));
        await().atMost(Duration.ofMinutes(1)).until(() -> noReactionPending());
        worker.deliverDue(Instant.now());
        assertThat(received("rina.hartono@ncs.example")).as("a rescan sends nothing again").hasSize(1);
    }

    @Test
    void aFailedMailKeepsTheAnomalyAndTheAlert() {
        tenWeeksWithASpikeAtNcs("PH", 9);
        Actor lead = actor("vendorlead");
        followNothing(lead);
        following.subscribe(lead, "PH", null);
        MAIL.stop();

        scan.scan(SPIKE, SPIKE, Set.of("PH"));

        assertThat(anomaliesIn("PH")).isEqualTo(2);
        await().atMost(Duration.ofMinutes(1)).until(() -> noReactionPending());
        worker.deliverDue(Instant.now());
        Map<String, Object> mail = mailOf(lead, "PH");
        assertThat(mail.get("vendor_code")).isEqualTo("NCS");
        assertThat(mail.get("status")).as("due again after the back-off").isEqualTo("PENDING");
        assertThat(((Number) mail.get("attempts")).intValue()).isEqualTo(1);
        assertThat((String) mail.get("last_error")).isNotBlank();
        assertThat(following.alerts(lead)).as("the in-app alert stays").anySatisfy(a -> assertThat(a.subject()).endsWith("PH · NCS · 2021-03-09"));
    }

    /** The e-mail delivery of the user's alert of the market's spike, with the anomaly's vendor. */
    private Map<String, Object> mailOf(Actor user, String market) {
        return jdbc.sql("""
                        select d.status, d.attempts, d.last_error, a.vendor_code
                          from notification_delivery d join notification_event e on e.id = d.event_id
                          join anomaly a on e.dedup_key = 'anomaly:' || cast(a.id as varchar(20))
                         where e.kind = 'anomaly.detected' and d.channel = 'EMAIL' and a.market_code = :m and a.anomaly_day = :day and d.user_id = :u
                        """).param("m", market).param("day", SPIKE).param("u", user.userId()).query().singleRow();
    }

    private boolean noReactionPending() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and event_type like '%AnomalyDetected'").query(Long.class).single() == 0;
    }

    private long anomaliesIn(String market) {
        return jdbc.sql("select count(*) from anomaly where market_code = :m and anomaly_day = :day and kpi = 'VOLUME'")
                .param("m", market).param("day", SPIKE).query(Long.class).single();
    }

    private void tenWeeksWithASpikeAtNcs(String market, long seed) {
        TicketDays days = new TicketDays(jdbc);
        days.seasonal(FIRST_MONDAY, 10, List.of(market), List.of("NCS", "LUMEN"), List.of("Refund", "Delivery"), 100, seed);
        days.add(SPIKE, market, "NCS", "Refund", "MEGA-SALE", 160);
    }

    private List<MimeMessage> received(String address) throws Exception {
        List<MimeMessage> messages = new java.util.ArrayList<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(address) && m.getSubject().contains(" · VN") && m.getSubject().endsWith(SPIKE.toString())) {
                messages.add(m);
            }
        }
        return messages;
    }

    /** Other test classes share the database and may have left the demo user following anomalies: start from none. */
    private void followNothing(Actor actor) {
        following.subscriptions(actor).forEach(subscription -> following.unsubscribe(actor, subscription.id()));
    }

    private Actor actor(String username) {
        UserView user = users.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        return new TestActor(user.id(), user.username(), user.displayName(), user.role(), Optional.ofNullable(user.vendorId()));
    }
}
