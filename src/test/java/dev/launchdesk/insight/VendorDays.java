package dev.launchdesk.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests that write {@code ticket_day} rows themselves (not through the import): brings the coarse tables of the
 * days in line with them, as the import does in its transaction: {@code ticket_vendor_day} and
 * {@code ticket_category_day} (each row the sum of its day, market, vendor (and category)'s {@code ticket_day} rows; none
 * where there are none) and {@code ticket_value_day} (the sites, channels, launches and SOP versions seen).
 */
public final class VendorDays {

    private static final String MEASURES = "tickets, contacts, handle_seconds, responded, response_seconds, response_in_sla, resolved,"
            + " resolution_seconds, resolution_in_sla, first_contact_resolved, reopened, csat_responses, csat_satisfied, csat_points";
    private static final String SOP_VERSION = "case when sop_key = '' then '' else sop_key || ' v' || cast(sop_version as varchar(10)) end";

    private VendorDays() {
    }

    public static void rebuild(JdbcClient jdbc, LocalDate first, LocalDate last) {
        String range = " where created_day between :first and :last";
        for (String table : List.of("ticket_vendor_day", "ticket_category_day", "ticket_value_day")) {
            jdbc.sql("delete from " + table + range).param("first", first).param("last", last).update();
        }
        for (String keys : List.of("created_day, market_code, vendor_code", "created_day, market_code, vendor_code, category")) {
            jdbc.sql("insert into " + (keys.endsWith("category") ? "ticket_category_day" : "ticket_vendor_day") + " (" + keys + ", "
                            + MEASURES + ") select " + keys + ", " + MEASURES.replaceAll("(\\w+)", "sum($1)") + " from ticket_day" + range
                            + " group by " + keys)
                    .param("first", first).param("last", last).update();
        }
        jdbc.sql("update ticket_vendor_day set newest_created_at = (select max(t.created_at) from ticket t"
                        + " where t.created_day = ticket_vendor_day.created_day and t.market_code = ticket_vendor_day.market_code"
                        + " and t.vendor_code = ticket_vendor_day.vendor_code)" + range)
                .param("first", first).param("last", last).update();
        List<String> values = new ArrayList<>();
        for (String[] listed : List.of(new String[] {"SITE", "site_code"}, new String[] {"CHANNEL", "channel"},
                new String[] {"LAUNCH", "launch_key"}, new String[] {"SOP_VERSION", SOP_VERSION})) {
            values.add("select distinct created_day, market_code, vendor_code, '" + listed[0] + "', " + listed[1] + " from ticket_day" + range);
        }
        jdbc.sql("insert into ticket_value_day (created_day, market_code, vendor_code, dimension, dimension_value) "
                + String.join(" union ", values)).param("first", first).param("last", last).update();
    }

    public static void rebuild(JdbcTemplate jdbc, LocalDate first, LocalDate last) {
        rebuild(JdbcClient.create(jdbc), first, last);
    }
}
