package dev.launchdesk.insight.anomaly;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.launchdesk.insight.VendorDays;

/**
 * Writes daily roll-up rows ({@code ticket_day}, and {@code ticket_vendor_day} from them) straight into the database, as the ticket import would, for
 * tests that need KPI series: every row's measures are fixed shares of its ticket count, so only the volume
 * moves with the noise and the injected spikes, and every rate KPI stays flat.
 */
final class TicketDays {

    private final JdbcClient jdbc;

    TicketDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One roll-up row; launch '' = none. */
    void add(LocalDate day, String market, String vendor, String category, String launch, long tickets) {
        insert(day, market, vendor, category, launch, tickets);
        VendorDays.rebuild(jdbc, day, day);
    }

    private void insert(LocalDate day, String market, String vendor, String category, String launch, long tickets) {
        long resolved = Math.round(tickets * 0.9);
        jdbc.sql("""
                        insert into ticket_day (created_day, market_code, vendor_code, site_code, channel, category, launch_key, sop_key,
                               sop_version, tickets, contacts, handle_seconds, responded, response_seconds, response_in_sla, resolved,
                               resolution_seconds, resolution_in_sla, first_contact_resolved, reopened, csat_responses, csat_satisfied,
                               csat_points)
                        values (:day, :market, :vendor, 'SITE-1', 'chat', :category, :launch, '', 0, :tickets, :contacts, :handle,
                                :tickets, :response, :tickets, :resolved, :resolution, :resolved, :fcr, :reopened, :csat, :satisfied, :points)
                        """)
                .param("day", Date.valueOf(day)).param("market", market).param("vendor", vendor).param("category", category)
                .param("launch", launch).param("tickets", tickets).param("contacts", tickets * 2).param("handle", tickets * 600)
                .param("response", tickets * 1800).param("resolved", resolved).param("resolution", resolved * 36_000)
                .param("fcr", resolved * 4 / 5).param("reopened", resolved / 20).param("csat", tickets / 2)
                .param("satisfied", tickets * 2 / 5).param("points", tickets * 2)
                .update();
    }

    /**
     * {@code weeks} weeks from {@code firstMonday} of every market × vendor × category with weekly seasonality
     * around {@code level} tickets a day per row and 3 % noise.
     */
    void seasonal(LocalDate firstMonday, int weeks, List<String> markets, List<String> vendors, List<String> categories, int level, long seed) {
        Random random = new Random(seed);
        for (int d = 0; d < weeks * 7; d++) {
            LocalDate day = firstMonday.plusDays(d);
            for (String market : markets) {
                for (String vendor : vendors) {
                    for (String category : categories) {
                        double expected = level * SyntheticSeries.WEEKLY[d % 7];
                        insert(day, market, vendor, category, "", Math.round(expected * (1 + 0.03 * random.nextGaussian())));
                    }
                }
            }
        }
        VendorDays.rebuild(jdbc, firstMonday, firstMonday.plusDays(weeks * 7L - 1));
    }
}
