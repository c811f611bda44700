package dev.launchdesk.insight.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import dev.launchdesk.UnfinishedReactions;
import dev.launchdesk.identity.UserAdministration;
import dev.launchdesk.identity.UserView;
import dev.launchdesk.insight.AnomalyDetected;
import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.notify.NotificationRequest;
import dev.launchdesk.notify.Notifications;
import dev.launchdesk.notify.outbox.DeliveryWorker;
import dev.launchdesk.reference.MarketCode;

/**
 * The alerts of a new anomaly are a module reaction kept in the event publication registry: when the listener stops
 * before its notification has committed (here: the notify module throws as a stopping server would), nothing of it is
 * written and the publication stays incomplete; the retry of unfinished reactions runs it again, and the follower then
 * has exactly one alert and, once the outbox is sent, one mail. Replaying the event once more, as a restart
 * republishes what it finds incomplete, changes nothing. Tickets from July 2017 in Vietnam, which no other
 * test writes (PeriodRcaApiWebTests counts on no ticket before May 2017).
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3125", "launchdesk.events.retry-after=PT0S"})
class AnomalyAlertRetryIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3125, null, ServerSetup.PROTOCOL_SMTP));

    static final LocalDate FIRST_MONDAY = LocalDate.of(2017, 7, 3);
    static final LocalDate SPIKE = LocalDate.of(2017, 9, 5);

    @MockitoSpyBean
    Notifications notifications;

    @Autowired
    DeliveryWorker worker;

    @Autowired
    AnomalyScan scan;

    @Autowired
    AnomalyFollowing following;

    @Autowired
    UserAdministration users;

    @Autowired
    UnfinishedReactions unfinished;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailedAlertReactionRunsAgainAndAlertsEachFollowerExactlyOnce() throws Exception {
        UserView lead = user("vendorlead");
        following.subscribe(new AnomalyAlertsIntegrationTests.TestActor(lead.id(), lead.username(), lead.displayName(), lead.role(), Optional.ofNullable(lead.vendorId())), "VN", Kpi.VOLUME);
        AtomicBoolean failing = new AtomicBoolean(true);
        doAnswer(call -> {
            if (failing.get()) {
                throw new RuntimeException("the server is stopping");
            }
            return call.callRealMethod();
        }).when(notifications).send(any(NotificationRequest.class));
        TicketDays days = new TicketDays(jdbc);
        days.seasonal(FIRST_MONDAY, 10, List.of("VN"), List.of("NCS", "LUMEN"), List.of("Refund", "Delivery"), 100, 17);
        days.add(SPIKE, "VN", "NCS", "Refund", "MEGA-SALE", 160);

        scan.scan(SPIKE, SPIKE, Set.of("VN"));

        List<Long> anomalies = jdbc.sql("select id from anomaly where anomaly_day = :day").param("day", SPIKE).query(Long.class).list();
        assertThat(anomalies).as("all markets, Vietnam and Vietnam × NCS").hasSize(3);
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(unfinishedAlerts()).as("unfinished").isEqualTo(3));
        assertThat(alertsOf(lead)).as("nothing of a failed reaction is written").isZero();
        worker.deliverDue(Instant.now());
        assertThat(spikeMails()).isEmpty();

        failing.set(false);
        unfinished.retry();

        await().atMost(Duration.ofMinutes(1)).until(() -> unfinishedAlerts() == 0);
        assertThat(alertsOf(lead)).as("the vendor lead's alert of Vietnam × NCS").isEqualTo(1);
        worker.deliverDue(Instant.now());
        assertThat(spikeMails()).hasSize(1);

        Long ncs = jdbc.sql("select id from anomaly where market_code = 'VN' and vendor_code = 'NCS' and anomaly_day = :day and kpi = 'VOLUME'")
                .param("day", SPIKE).query(Long.class).single();
        Anomaly anomaly = jdbc.sql("select * from anomaly where id = :id").param("id", ncs).query(Anomalies::map).single();
        transactions.executeWithoutResult(status -> events.publishEvent(new AnomalyDetected(anomaly.id(), "volume", MarketCode.of("VN"), "NCS", SPIKE,
                anomaly.actual(), anomaly.expected(), anomaly.score(), anomaly.direction().name())));
        incomplete.resubmitIncompletePublications(publication -> true);
        await().atMost(Duration.ofMinutes(1)).until(() -> unfinishedAlerts() == 0);
        worker.deliverDue(Instant.now());
        assertThat(alertsOf(lead)).as("a replay adds no alert").isEqualTo(1);
        assertThat(spikeMails()).as("and sends no mail again").hasSize(1);
    }

    /**
     * The vendor lead's mails of this test's spike (a run of the worker also sends what other tests left in the shared
     * outbox, and the demo's analyst follows every anomaly).
     */
    private List<jakarta.mail.internet.MimeMessage> spikeMails() throws Exception {
        List<jakarta.mail.internet.MimeMessage> mails = new java.util.ArrayList<>();
        for (jakarta.mail.internet.MimeMessage m : MAIL.getReceivedMessages()) {
            if (m.getSubject().endsWith("VN · NCS · " + SPIKE) && m.getAllRecipients()[0].toString().equals("rina.hartono@ncs.example")) {
                mails.add(m);
            }
        }
        return mails;
    }

    private long unfinishedAlerts() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and event_type like '%AnomalyDetected'")
                .query(Long.class).single();
    }

    private long alertsOf(UserView user) {
        return jdbc.sql("""
                        select count(*) from notification n join notification_event e on e.id = n.event_id
                          join anomaly a on e.dedup_key = 'anomaly:' || cast(a.id as varchar(20))
                         where e.kind = 'anomaly.detected' and n.user_id = :u and a.market_code = 'VN' and a.anomaly_day = :day
                        """).param("u", user.id()).param("day", SPIKE).query(Long.class).single();
    }

    private UserView user(String username) {
        return users.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }
}
