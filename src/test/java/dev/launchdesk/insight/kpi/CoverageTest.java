package dev.launchdesk.insight.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which market-local days the imported tickets cover completely, for markets on both sides of UTC. */
class CoverageTest {

    static final Map<String, ZoneId> ZONES = Map.of("ID", ZoneId.of("Asia/Jakarta"), "GB", ZoneId.of("Europe/London"),
            "US", ZoneId.of("America/New_York"));

    @Test
    void aDayIsCompleteOnceTheNewestTicketIsPastItsEndInTheMarketsZone() {
        // 23:59 UTC on 24 November: 06:59 on the 25th in Jakarta, 23:59 on the 24th in London, 18:59 in New York
        Coverage c = new Coverage(Optional.of(Instant.parse("2026-11-24T23:59:00Z")), ZONES, Set.of("ID", "GB", "US"));

        assertThat(c.lastCompleteDay(List.of("ID"))).contains(LocalDate.of(2026, 11, 24));
        assertThat(c.lastCompleteDay(List.of("GB"))).contains(LocalDate.of(2026, 11, 23));
        assertThat(c.lastCompleteDay(List.of("US"))).contains(LocalDate.of(2026, 11, 23));
        assertThat(c.lastCompleteDay(List.of("ID", "GB"))).contains(LocalDate.of(2026, 11, 23));
        assertThat(c.lastCompleteDay(List.of())).as("all markets with tickets").contains(LocalDate.of(2026, 11, 23));
        assertThat(c.complete(LocalDate.of(2026, 11, 24), List.of("ID"))).isTrue();
        assertThat(c.complete(LocalDate.of(2026, 11, 24), List.of("US"))).isFalse();
    }

    @Test
    void theEndOfADayIsTheStartOfTheNext() {
        Coverage atMidnight = new Coverage(Optional.of(Instant.parse("2026-11-25T00:00:00Z")), ZONES, Set.of("GB"));
        assertThat(atMidnight.lastCompleteDay(List.of("GB"))).contains(LocalDate.of(2026, 11, 24));
    }

    @Test
    void resolutionKpisSettleThreeDaysAfterTheLastCompleteDay() {
        Coverage c = new Coverage(Optional.of(Instant.parse("2026-11-24T23:59:00Z")), ZONES, Set.of("ID", "GB", "US"));
        assertThat(c.lastSettledDay(List.of("ID"))).contains(LocalDate.of(2026, 11, 21));
        assertThat(c.lastSettledDay(List.of())).contains(LocalDate.of(2026, 11, 20));
    }

    @Test
    void aDefaultRangeEndsOnTheLastCompleteDayWithData() {
        Coverage c = new Coverage(Optional.of(Instant.parse("2026-11-24T23:59:00Z")), ZONES, Set.of("ID", "GB", "US"));
        assertThat(c.lastCompleteDayWithData(Optional.of(LocalDate.of(2026, 11, 24)), List.of()))
                .contains(LocalDate.of(2026, 11, 23));
        assertThat(c.lastCompleteDayWithData(Optional.of(LocalDate.of(2026, 11, 2)), List.of()))
                .as("a vendor whose tickets end earlier").contains(LocalDate.of(2026, 11, 2));
        assertThat(c.lastCompleteDayWithData(Optional.empty(), List.of())).isEmpty();
    }

    @Test
    void withoutTicketsNothingIsComplete() {
        Coverage none = new Coverage(Optional.empty(), ZONES, Set.of());
        assertThat(none.lastCompleteDay(List.of("ID"))).isEmpty();
        assertThat(none.complete(LocalDate.of(2020, 1, 1), List.of())).isFalse();
    }
}
