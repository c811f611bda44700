package dev.launchdesk.insight.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.launchdesk.insight.kpi.KpiRow;
import dev.launchdesk.insight.kpi.TicketMeasures;

/** A page of the ticket list reads only the days it falls on, found from the tickets per day of the roll-up. */
class TicketPageWindowTest {

    static final LocalDate D = LocalDate.of(2026, 11, 20);

    // 20 Nov: 30 tickets, 21 Nov: none, 22 Nov: 100, 23 Nov: 10 (in the roll-up's order, oldest first)
    static final List<KpiRow> PER_DAY = List.of(day(D, 30), day(D.plusDays(2), 100), day(D.plusDays(3), 10));

    @Test
    void theFirstPageStartsOnTheNewestDayAndReachesAsFarBackAsItNeeds() {
        assertThat(Tickets.DayWindow.of(PER_DAY, 0, 50)).contains(new Tickets.DayWindow(D.plusDays(3), D.plusDays(2), 0));
        assertThat(Tickets.DayWindow.of(PER_DAY, 0, 10)).contains(new Tickets.DayWindow(D.plusDays(3), D.plusDays(3), 0));
    }

    @Test
    void aLaterPageSkipsIntoTheNewestDayItFallsOn() {
        assertThat(Tickets.DayWindow.of(PER_DAY, 50, 50)).contains(new Tickets.DayWindow(D.plusDays(2), D.plusDays(2), 40));
        assertThat(Tickets.DayWindow.of(PER_DAY, 100, 50)).contains(new Tickets.DayWindow(D.plusDays(2), D, 90));
        assertThat(Tickets.DayWindow.of(PER_DAY, 110, 50)).contains(new Tickets.DayWindow(D, D, 0));
        assertThat(Tickets.DayWindow.of(PER_DAY, 139, 50)).contains(new Tickets.DayWindow(D, D, 29));
    }

    @Test
    void pastTheLastTicketThereIsNoPage() {
        assertThat(Tickets.DayWindow.of(PER_DAY, 140, 50)).isEmpty();
        assertThat(Tickets.DayWindow.of(List.of(), 0, 50)).isEmpty();
    }

    private static KpiRow day(LocalDate day, long tickets) {
        return new KpiRow(day, List.of(), new TicketMeasures(tickets, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }
}
