package dev.launchdesk.insight.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.launchdesk.insight.AnomalyDetected;
import dev.launchdesk.insight.TicketsImported;
import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.reference.MarketCode;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.Role;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.SopTimeline;
import dev.launchdesk.sop.authoring.NewSopForm;
import dev.launchdesk.sop.authoring.PublishForm;
import dev.launchdesk.sop.authoring.SopAuthoring;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.variant.RegionalVariants;

/**
 * Ten weeks of tickets in four markets at two vendors with weekly seasonality; on one Tuesday refund tickets at
 * LUMEN in Indonesia jump, on a new launch, days after Indonesia's variant of an SOP took effect. The scan finds
 * that volume anomaly in Indonesia and in Indonesia × LUMEN and nothing else, with the SOP version and the launch
 * as its context. The days are in 2020, which no other test writes.
 */
@SpringBootTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnomalyScanIntegrationTests {

    record TestActor(UUID userId, String username, String displayName, Role role) implements Actor {
        @Override
        public Optional<UUID> vendorId() {
            return Optional.empty();
        }
    }

    static final Actor EDITOR = new TestActor(UUID.randomUUID(), "putri", "Putri", Role.SOP_EDITOR);
    static final Actor ADMIN = new TestActor(UUID.randomUUID(), "aisha", "Aisha", Role.ADMIN);

    static final LocalDate FIRST_MONDAY = LocalDate.of(2020, 1, 6);
    static final LocalDate SPIKE = LocalDate.of(2020, 3, 10);
    static final String LAUNCH = "REFUND-FLOW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Autowired
    AnomalyScan scan;

    @Autowired
    AnomalyBoard board;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SopAuthoring authoring;

    @Autowired
    RegionalVariants variants;

    @Autowired
    SopLibrary library;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    private String sopKey;

    @BeforeAll
    void tenWeeksOfTicketsAndAnSopChange() {
        TicketDays days = new TicketDays(jdbc);
        days.seasonal(FIRST_MONDAY, 10, List.of("ID", "MY", "TH", "PH"), List.of("NCS", "LUMEN"), List.of("Refund", "Delivery"), 100, 42);
        days.add(SPIKE.minusDays(1), "ID", "LUMEN", "Refund", LAUNCH, 5);
        days.add(SPIKE, "ID", "LUMEN", "Refund", LAUNCH, 150);

        sopKey = "SPS-ANOM-" + (System.nanoTime() % 100_000);
        SopDocument master = authoring.createMaster(new NewSopForm(sopKey, "Refund requests", "Refunds",
                "# Refund requests\n1. Check the order.\n", null), EDITOR);
        publish(master, LocalDate.of(2019, 6, 1));
        publish(variants.derive(master.id(), "ID", null, EDITOR), SPIKE.minusDays(4));
        publish(variants.derive(master.id(), "TH", null, EDITOR), SPIKE.minusDays(2));
    }

    @Test
    @Order(1)
    void findsTheRefundSpikeInTheMarketAndAtTheVendorAndNothingElse() {
        AnomalyScan.ScanReport report = scan.scan(SPIKE.minusDays(6), SPIKE.plusDays(5), Set.of());

        List<Anomaly> found = board.list(new Anomalies.Filter(null, null, null, null), VendorScope.all(), 0, 100).items().stream()
                .filter(a -> a.day().getYear() == 2020).toList();
        assertThat(found).extracting(Anomaly::kpi, Anomaly::market, Anomaly::vendor, Anomaly::day, Anomaly::direction)
                .containsExactlyInAnyOrder(tuple(Kpi.VOLUME, "ID", "", SPIKE, Direction.UP), tuple(Kpi.VOLUME, "ID", "LUMEN", SPIKE, Direction.UP));
        assertThat(report.anomalies()).isEqualTo(2);
        assertThat(report.newAnomalies()).isEqualTo(2);
        Anomaly atVendor = found.stream().filter(a -> a.vendor().equals("LUMEN")).findFirst().orElseThrow();
        assertThat(atVendor.actual()).isGreaterThan(atVendor.expected() + 140);
        assertThat(atVendor.score()).isGreaterThan(4.5);
        assertThat(atVendor.status()).isEqualTo(AnomalyStatus.OPEN);
        assertThat(events.stream(AnomalyDetected.class).filter(e -> e.day().equals(SPIKE)))
                .extracting(AnomalyDetected::kpi, AnomalyDetected::market, AnomalyDetected::vendor)
                .containsExactlyInAnyOrder(tuple("volume", MarketCode.of("ID"), ""), tuple("volume", MarketCode.of("ID"), "LUMEN"));

        AnomalyContext context = board.context(atVendor);
        assertThat(context.sopVersions()).filteredOn(v -> v.sopKey().equals(sopKey))
                .extracting(SopTimeline.EffectiveVersion::marketCode, SopTimeline.EffectiveVersion::number,
                        SopTimeline.EffectiveVersion::effectiveFrom)
                .containsExactly(tuple(MarketCode.of("ID"), 1, SPIKE.minusDays(4)));
        assertThat(context.launches()).containsExactly(new AnomalyContext.LaunchSeen(LAUNCH, SPIKE.minusDays(1)));
        assertThat(context.techChangeRegister()).isFalse();
        assertThat(atVendor.rootCauseLink()).isEqualTo("/insights/rca?kpi=volume&market=ID&vendor=LUMEN&from=2020-03-10&to=2020-03-10"
                + "&baselineFrom=2020-02-11&baselineTo=2020-03-09");
    }

    @Test
    @Order(2)
    void aRescanUpdatesAndNeverDuplicatesAndKeepsTheReview() {
        scan.scan(SPIKE, SPIKE, Set.of("ID"));
        Anomaly market = only("ID", "");
        board.acknowledge(market.id(), "looking at the refund flow", ADMIN);

        AnomalyScan.ScanReport again = scan.scan(SPIKE.minusDays(1), SPIKE.plusDays(1), Set.of("ID"));

        assertThat(again.anomalies()).isEqualTo(2);
        assertThat(again.newAnomalies()).isZero();
        Anomaly after = only("ID", "");
        assertThat(after.id()).isEqualTo(market.id());
        assertThat(after.status()).isEqualTo(AnomalyStatus.ACKNOWLEDGED);
        assertThat(after.statusBy()).isEqualTo("aisha");
        assertThat(after.statusNote()).isEqualTo("looking at the refund flow");
        assertThatThrownBy(() -> board.acknowledge(market.id(), null, ADMIN)).isInstanceOf(ConflictException.class);
        board.dismiss(market.id(), "campaign", ADMIN);
        assertThatThrownBy(() -> board.dismiss(market.id(), null, ADMIN)).isInstanceOf(ConflictException.class);
        assertThat(only("ID", "").statusNote()).isEqualTo("campaign");
    }

    @Test
    @Order(3)
    void anImportScansItsDaysOnceItHasCommittedOnAnotherThread() {
        LocalDate day = SPIKE.plusDays(2);
        new TicketDays(jdbc).add(day, "TH", "NCS", "Refund", LAUNCH, 170);
        TicketsImported imported = new TicketsImported(-1, Set.of(MarketCode.of("TH")), day, day, 170);

        transactions.executeWithoutResult(status -> {
            publisher.publishEvent(imported);
            assertThat(thaiAnomalies(day)).as("nothing before the import commits").isEmpty();
        });

        // an application module listener: after the commit, asynchronously, and its publication completed once done
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2)).untilAsserted(() ->
                assertThat(thaiAnomalies(day)).extracting(Anomaly::kpi, Anomaly::vendor)
                        .containsExactlyInAnyOrder(tuple(Kpi.VOLUME, ""), tuple(Kpi.VOLUME, "NCS")));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(1)).untilAsserted(() ->
                assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null"
                        + " and serialized_event like :id").param("id", "%\"importId\":-1,%").query(Long.class).single()).isZero());
    }

    private List<Anomaly> thaiAnomalies(LocalDate day) {
        return board.list(new Anomalies.Filter(null, "TH", null, null), VendorScope.all(), 0, 100).items().stream()
                .filter(a -> a.day().equals(day)).toList();
    }

    @Test
    void refusesABackwardOrTooLongRange() {
        assertThatThrownBy(() -> scan.scan(SPIKE, SPIKE.minusDays(1), Set.of())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("to:");
        assertThatThrownBy(() -> scan.scan(SPIKE.minusDays(400), SPIKE, Set.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> scan.scan(null, SPIKE, Set.of())).isInstanceOf(InvalidInputException.class).hasMessageContaining("from:");
    }

    @Test
    void shortHistoryGivesNoAnomaly() {
        // the first four weeks of data cannot be scored: no baseline yet
        AnomalyScan.ScanReport report = scan.scan(FIRST_MONDAY, FIRST_MONDAY.plusDays(27), Set.of());
        assertThat(report.anomalies()).isZero();
    }

    private Anomaly only(String market, String vendor) {
        return board.list(new Anomalies.Filter(null, market, Kpi.VOLUME, vendor.isEmpty() ? null : vendor), VendorScope.all(), 0, 100)
                .items().stream().filter(a -> a.day().equals(SPIKE) && a.vendor().equals(vendor)).findFirst().orElseThrow();
    }

    private void publish(SopDocument document, LocalDate effective) {
        UUID draft = library.versionsOf(document, ADMIN).get(0).id();
        authoring.submit(draft, EDITOR);
        authoring.approve(draft, "fine", ADMIN);
        authoring.publish(draft, new PublishForm(effective, effective.plusYears(1)), ADMIN);
    }
}
