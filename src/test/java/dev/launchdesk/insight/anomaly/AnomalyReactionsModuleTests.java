package dev.launchdesk.insight.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import dev.launchdesk.identity.UserAdministration;
import dev.launchdesk.identity.UserView;
import dev.launchdesk.insight.TicketsImported;
import dev.launchdesk.reference.MarketCode;
import dev.launchdesk.insight.kpi.Kpi;

/**
 * The insight module's chain of reactions, in a context of the module and what it depends on: a ticket import that
 * has committed is scanned for anomalies, each new anomaly is published, and its followers get their alert; the same
 * import announced again finds no new anomaly and adds no alert. Tickets from October 2017 in the Philippines, which no other
 * test writes (PeriodRcaApiWebTests counts on no ticket before May 2017).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"demo", "training"})
class AnomalyReactionsModuleTests {

    static final LocalDate FIRST_MONDAY = LocalDate.of(2017, 10, 2);
    static final LocalDate SPIKE = LocalDate.of(2017, 12, 5);

    @Autowired
    AnomalyFollowing following;

    @Autowired
    UserAdministration users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anImportIsScannedAndItsNewAnomaliesReachTheirFollowersOnce(Scenario scenario) {
        UserView viewer = users.users().stream().filter(u -> u.username().equals("viewer")).findFirst().orElseThrow();
        following.subscribe(new AnomalyAlertsIntegrationTests.TestActor(viewer.id(), viewer.username(), viewer.displayName(), viewer.role(),
                Optional.empty()), "PH", Kpi.VOLUME);
        TicketDays days = new TicketDays(jdbc);
        days.seasonal(FIRST_MONDAY, 10, List.of("PH"), List.of("NCS", "LUMEN"), List.of("Refund", "Delivery"), 100, 15);
        days.add(SPIKE, "PH", "NCS", "Refund", "MEGA-SALE", 160);
        TicketsImported imported = new TicketsImported(-15, Set.of(MarketCode.of("PH")), SPIKE, SPIKE, 160);

        // AnomalyDetected is published on the scan's thread, which Scenario's event capture does not see: the alerts show it
        scenario.publish(imported)
                .andWaitForStateChange(() -> alertsOf(viewer), alerts -> alerts == 2)
                .andVerify(alerts -> assertThat(anomalies()).as("all markets, PH, PH × NCS").isEqualTo(3));

        scenario.publish(imported)
                .andWaitForStateChange(this::unfinishedPublications, unfinished -> unfinished == 0)
                .andVerify(unfinished -> {
                    assertThat(anomalies()).as("no anomaly twice").isEqualTo(3);
                    assertThat(alertsOf(viewer)).as("PH and PH × NCS, once each").isEqualTo(2);
                });
    }

    private long anomalies() {
        return jdbc.sql("select count(*) from anomaly where anomaly_day = :day").param("day", SPIKE).query(Long.class).single();
    }

    private long unfinishedPublications() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single();
    }

    private long alertsOf(UserView user) {
        return jdbc.sql("""
                        select count(*) from notification n join notification_event e on e.id = n.event_id
                          join anomaly a on e.dedup_key = 'anomaly:' || cast(a.id as varchar(20))
                         where e.kind = 'anomaly.detected' and n.user_id = :u and a.market_code = 'PH' and a.anomaly_day = :day
                        """).param("u", user.id()).param("day", SPIKE).query(Long.class).single();
    }
}
