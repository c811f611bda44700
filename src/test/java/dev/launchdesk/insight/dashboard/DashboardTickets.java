package dev.launchdesk.insight.dashboard;

import static dev.launchdesk.insight.TicketFixtures.ticket;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.launchdesk.insight.TicketFixtures;

/**
 * The tickets of the dashboard web tests, in April 2019 (no other test or demo data uses it; the 1st and 8th are
 * Mondays). NCS (the demo vendor lead's vendor): three in ID, one in MY; LUMEN: one in TH.
 *
 * <pre>
 * WEB-NCS-1  Apr 1  ID JKT-1 chat  Refund    handle 600 s, answered after 120 s in SLA, resolved after 3,600 s, CSAT 5
 * WEB-NCS-2  Apr 1  ID JKT-1 chat  Refund    handle 300 s, answered after 600 s late, open
 * WEB-NCS-3  Apr 2  MY KUL-1 email Delivery  handle 900 s, unanswered
 * WEB-NCS-4  Apr 8  ID JKT-1 chat  Refund    handle 1,200 s, answered after 60 s in SLA, launch WEB-LAUNCH, SPS-RFD-001 v7
 * WEB-LUMEN-1 Apr 3 TH BKK-1 phone Refund    handle 480 s
 * orders: ID Apr 1 1,000
 * </pre>
 */
final class DashboardTickets {

    static final LocalDate APR_1 = LocalDate.of(2019, 4, 1);
    static final LocalDate APR_14 = LocalDate.of(2019, 4, 14);
    static final String RANGE = "from=2019-04-01&to=2019-04-14";

    private DashboardTickets() {
    }

    static void insert(JdbcClient jdbc) {
        TicketFixtures fixtures = new TicketFixtures(jdbc);
        fixtures.insert(
                ticket("WEB-NCS-1", APR_1, "ID", "NCS", "JKT-1", "chat", "Refund").handled(600).responded(120, true)
                        .resolved(3600, true).rated(5),
                ticket("WEB-NCS-2", APR_1, "ID", "NCS", "JKT-1", "chat", "Refund").handled(300).responded(600, false),
                ticket("WEB-NCS-3", APR_1.plusDays(1), "MY", "NCS", "KUL-1", "email", "Delivery").handled(900),
                ticket("WEB-NCS-4", APR_1.plusDays(7), "ID", "NCS", "JKT-1", "chat", "Refund").handled(1200).responded(60, true)
                        .launch("WEB-LAUNCH").sop("SPS-RFD-001", 7),
                ticket("WEB-LUMEN-1", APR_1.plusDays(2), "TH", "LUMEN", "BKK-1", "phone", "Refund").handled(480));
        fixtures.orders("ID", APR_1, 1000);
    }
}
