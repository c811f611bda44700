package dev.launchdesk.training.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.launchdesk.reference.Market;
import dev.launchdesk.reference.MarketDirectory;
import dev.launchdesk.reference.Region;
import dev.launchdesk.sop.SopVersionId;
import dev.launchdesk.training.assignment.Assignment;
import dev.launchdesk.training.certification.Certification;
import dev.launchdesk.training.certification.TrainingRecord;
import dev.launchdesk.training.certification.TrainingStatus;

/**
 * Training days are the market's own: with a fixed clock a second either side of each market's midnight, the day,
 * the expiry of a certification ending on 5 December and an assignment due on 4 December turn in Jakarta, Kuala Lumpur,
 * Bangkok, London and New York at their own midnight (tz database offsets of December: +7, +8, +7, +0, −5).
 */
class MarketDaysTest {

    static final MarketDirectory MARKETS = markets();

    static MarketDays at(String instant) {
        return new MarketDays(MARKETS, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void eachMarketsDayTurnsAtItsOwnMidnight() {
        assertThat(at("2026-12-04T16:59:59Z").today("ID")).isEqualTo("2026-12-04");
        assertThat(at("2026-12-04T17:00:00Z").today("ID")).isEqualTo("2026-12-05");
        assertThat(at("2026-12-04T16:59:59Z").today("TH")).isEqualTo("2026-12-04");
        assertThat(at("2026-12-04T17:00:00Z").today("TH")).isEqualTo("2026-12-05");
        assertThat(at("2026-12-04T15:59:59Z").today("MY")).isEqualTo("2026-12-04");
        assertThat(at("2026-12-04T16:00:00Z").today("MY")).isEqualTo("2026-12-05");
        assertThat(at("2026-12-04T23:59:59Z").today("GB")).isEqualTo("2026-12-04");
        assertThat(at("2026-12-05T00:00:00Z").today("GB")).isEqualTo("2026-12-05");
        assertThat(at("2026-12-05T04:59:59Z").today("US")).isEqualTo("2026-12-04");
        assertThat(at("2026-12-05T05:00:00Z").today("US")).isEqualTo("2026-12-05");
        // summer: London on BST (+1), New York on EDT (−4)
        assertThat(at("2026-07-01T22:59:59Z").today("GB")).isEqualTo("2026-07-01");
        assertThat(at("2026-07-01T23:00:00Z").today("GB")).isEqualTo("2026-07-02");
        assertThat(at("2026-07-02T03:59:59Z").today("US")).isEqualTo("2026-07-01");
        assertThat(at("2026-07-02T04:00:00Z").today("US")).isEqualTo("2026-07-02");
    }

    @Test
    void aCertificationExpiresAndAnAssignmentIsOverdueAtTheMarketsMidnightNotUtcs() {
        // 17:30 UTC on 4 December: already the 5th in Jakarta and Kuala Lumpur, still the 4th in London and New York
        String instant = "2026-12-04T17:30:00Z";
        for (String market : List.of("ID", "MY", "TH")) {
            LocalDate today = at(instant).today(market);
            assertThat(record(market).status(today)).as(market).isEqualTo(TrainingStatus.EXPIRED);
            assertThat(dueOn4December().isOverdue(today)).as(market).isTrue();
        }
        for (String market : List.of("GB", "US")) {
            LocalDate today = at(instant).today(market);
            assertThat(record(market).status(today)).as(market).isEqualTo(TrainingStatus.EXPIRING);
            assertThat(dueOn4December().isOverdue(today)).as(market).isFalse();
        }
        // a second before New York's midnight it is still the last valid day there; at midnight it has expired
        assertThat(record("US").status(at("2026-12-05T04:59:59Z").today("US"))).isEqualTo(TrainingStatus.EXPIRING);
        assertThat(record("US").status(at("2026-12-05T05:00:00Z").today("US"))).isEqualTo(TrainingStatus.EXPIRED);
        // and an expiring certification turns "expiring" 30 days before its end, at the market's midnight too
        assertThat(record("ID").status(at("2026-11-04T16:59:59Z").today("ID"))).isEqualTo(TrainingStatus.CERTIFIED);
        assertThat(record("ID").status(at("2026-11-04T17:00:00Z").today("ID"))).isEqualTo(TrainingStatus.EXPIRING);
    }

    /** Certified on 5 December 2025 for 12 months: valid until the end of 4 December 2026 in the market. */
    private static TrainingRecord record(String market) {
        UUID agent = UUID.randomUUID();
        TrainingModule module = new TrainingModule(UUID.randomUUID(), "SPS-RFD-001", market, "Refunds", "", new SopVersionId(UUID.randomUUID()), 1,
                12, null, null, null, null, false, List.of(), "trainer", Instant.parse("2025-12-01T00:00:00Z"));
        Certification c = new Certification(UUID.randomUUID(), agent, module.id(), module.id(), UUID.randomUUID(),
                new SopVersionId(UUID.randomUUID()), 1, LocalDate.of(2025, 12, 5), LocalDate.of(2026, 12, 5), null,
                Instant.parse("2025-12-05T03:00:00Z"));
        return new TrainingRecord(agent, module, List.of(), List.of(), Set.of(), List.of(c));
    }

    private static Assignment dueOn4December() {
        return new Assignment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, null, LocalDate.of(2026, 12, 4), "trainer",
                Instant.parse("2026-11-20T00:00:00Z"), null);
    }

    private static MarketDirectory markets() {
        MarketDirectory markets = mock(MarketDirectory.class);
        for (String[] m : List.of(new String[] {"ID", "Asia/Jakarta"}, new String[] {"MY", "Asia/Kuala_Lumpur"},
                new String[] {"TH", "Asia/Bangkok"}, new String[] {"GB", "Europe/London"}, new String[] {"US", "America/New_York"})) {
            when(markets.market(m[0])).thenReturn(new Market(m[0], m[0], Region.SEA, m[1], "USD", List.of("en"), 0, Instant.EPOCH, Instant.EPOCH));
        }
        return markets;
    }
}
