package dev.launchdesk.insight.analysis;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import dev.launchdesk.insight.VendorDays;

/**
 * Writes rows of the daily roll-up {@code ticket_day} for tests, the way the importer keeps it: one row per day and
 * dimension combination. Every ticket of a row is responded, resolved, within SLA and resolved at first contact
 * unless the row says how many were reopened or missed the first-response SLA.
 */
final class TicketDays {

    /** One roll-up row; launch and SOP are empty. */
    record Row(LocalDate day, String market, String vendor, String site, String channel, String category,
               long tickets, long reopened, long slaMisses) {

        static Row of(LocalDate day, String market, String vendor, String site, String channel, String category, long tickets) {
            return new Row(day, market, vendor, site, channel, category, tickets, 0, 0);
        }
    }

    private final JdbcTemplate jdbc;
    private final List<Row> rows = new ArrayList<>();

    TicketDays(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    TicketDays add(Row row) {
        rows.add(row);
        return this;
    }

    TicketDays add(LocalDate day, String market, String vendor, String site, String channel, String category, long tickets) {
        return add(Row.of(day, market, vendor, site, channel, category, tickets));
    }

    /** Inserts the rows collected so far (rows without tickets are skipped, as the roll-up has none). */
    void insert() {
        List<Object[]> batch = rows.stream().filter(r -> r.tickets() > 0).map(TicketDays::values).toList();
        LocalDate first = rows.stream().map(Row::day).min(LocalDate::compareTo).orElse(null);
        LocalDate last = rows.stream().map(Row::day).max(LocalDate::compareTo).orElse(null);
        jdbc.batchUpdate("""
                insert into ticket_day (created_day, market_code, vendor_code, site_code, channel, category, launch_key,
                    sop_key, sop_version, tickets, contacts, handle_seconds, responded, response_seconds, response_in_sla,
                    resolved, resolution_seconds, resolution_in_sla, first_contact_resolved, reopened, csat_responses,
                    csat_satisfied, csat_points)
                values (?, ?, ?, ?, ?, ?, '', '', 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
        if (first != null) {
            VendorDays.rebuild(jdbc, first, last);
        }
        rows.clear();
    }

    /** Removes every roll-up row between the days (tests use days far from the demo data). */
    void deleteBetween(LocalDate first, LocalDate last) {
        jdbc.update("delete from ticket_day where created_day between ? and ?", Date.valueOf(first), Date.valueOf(last));
        VendorDays.rebuild(jdbc, first, last);
    }

    private static Object[] values(Row r) {
        long n = r.tickets();
        return new Object[] {Date.valueOf(r.day()), r.market(), r.vendor(), r.site(), r.channel(), r.category(),
                n, n, n * 600, n, n * 1800, n - r.slaMisses(), n, n * 36_000, n, n - r.reopened(), r.reopened(),
                n / 2, n / 2 - r.reopened() / 2, n * 2};
    }
}
