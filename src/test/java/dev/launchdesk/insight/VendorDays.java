package dev.launchdesk.insight;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests that write {@code ticket_day} rows themselves (not through the import): brings the coarse roll-up
 * {@code ticket_vendor_day} of the days in line with them, as the import does in its transaction (each row the sum of
 * its day, market and vendor's {@code ticket_day} rows; none where there are none).
 */
public final class VendorDays {

    private static final String MEASURES = "tickets, contacts, handle_seconds, responded, response_seconds, response_in_sla, resolved,"
            + " resolution_seconds, resolution_in_sla, first_contact_resolved, reopened, csat_responses, csat_satisfied, csat_points";

    private VendorDays() {
    }

    public static void rebuild(JdbcClient jdbc, LocalDate first, LocalDate last) {
        jdbc.sql("delete from ticket_vendor_day where created_day between :first and :last").param("first", first).param("last", last)
                .update();
        jdbc.sql("insert into ticket_vendor_day (created_day, market_code, vendor_code, " + MEASURES + ")"
                        + " select created_day, market_code, vendor_code, " + MEASURES.replaceAll("(\\w+)", "sum($1)")
                        + " from ticket_day where created_day between :first and :last group by created_day, market_code, vendor_code")
                .param("first", first).param("last", last).update();
    }

    public static void rebuild(JdbcTemplate jdbc, LocalDate first, LocalDate last) {
        rebuild(JdbcClient.create(jdbc), first, last);
    }
}
