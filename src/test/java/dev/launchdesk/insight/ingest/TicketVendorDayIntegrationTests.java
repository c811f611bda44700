package dev.launchdesk.insight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.insight.kpi.KpiQuery;
import dev.launchdesk.insight.kpi.KpiRow;
import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.insight.kpi.TicketRollups;
import dev.launchdesk.shared.VendorScope;

/**
 * The coarse tables beside {@code ticket_day} — {@code ticket_vendor_day} (day × market × vendor), which the anomaly
 * scan and the views grouped by market and vendor read, {@code ticket_category_day} (day × market × vendor × category),
 * which the dashboard reads, and {@code ticket_value_day} (the sites, channels, launches and SOP versions of a day,
 * market and vendor), which the filter lists read — stay the sums (and values) of the tickets through every way an
 * import changes them: new tickets on new days (on PostgreSQL copied straight in, sums added), new tickets on days that
 * have some, a ticket id twice in a file, re-imports that move tickets to another day, market or vendor, re-imports that
 * take every ticket away from a day-market-vendor (its row must go, as a delete would), and good-rows imports that skip
 * rejected rows. After each import they are compared with the raw tickets and with {@code ticket_day} (and each
 * vendor-day's newest ticket with the tickets, which the coverage reads); and the KPI
 * rows read from them equal those read from {@code ticket_day}.
 */
@SpringBootTest
class TicketVendorDayIntegrationTests {

    private static final String KEYS = "created_day, market_code, vendor_code";
    private static final String CATEGORY_KEYS = KEYS + ", category";
    private static final String VALUE_KEYS = KEYS + ", dimension, dimension_value";
    /** The values ticket_value_day lists, as (dimension, expression over ticket or ticket_day). */
    private static final String[][] LISTED = {{"SITE", "site_code"}, {"CHANNEL", "channel"}, {"LAUNCH", "launch_key"},
            {"SOP_VERSION", "case when sop_key = '' then '' else sop_key || ' v' || cast(sop_version as varchar(10)) end"}};
    private static final String[] NAMES = TicketDayDeltas.MEASURES.split(", ");
    private static final String[] FROM_TICKETS = TicketImportRollupIntegrationTests.MEASURES.split(", (?=count|sum|coalesce)");

    /** Market, vendor and site of each route a generated ticket can take (MY has two vendors). */
    private static final String[][] ROUTES = {{"ID", "NCS", "JKT-1", "+07:00"}, {"ID", "NCS", "SBY-1", "+07:00"},
            {"MY", "NCS", "KUL-1", "+08:00"}, {"MY", "LUMEN", "MNL-1", "+08:00"}};

    @Autowired
    TicketImports imports;

    @Autowired
    TicketRollups rollups;

    @Autowired
    JdbcClient jdbc;

    @Test
    void reimportsThatMoveTicketsAwayLeaveNoRowOfTheEmptiedVendorDay() {
        LocalDate day = TicketFiles.freshDay();
        String p = TicketFiles.prefix();
        importAll(rows(p, 0, 20, i -> day, i -> ROUTES[3 - i % 2]));
        assertCoarseExact(day, day.plusDays(1));
        assertThat(vendorDayTickets(day, "MY", "LUMEN")).isEqualTo(10);

        // every LUMEN ticket of the day moves to NCS and to the next day; one id twice in the file (the last row wins)
        importAll(rows(p, 0, 20, i -> i % 2 == 0 ? day : day.plusDays(1), i -> ROUTES[2]) + rows(p, 3, 4, i -> day, i -> ROUTES[2]));

        assertCoarseExact(day, day.plusDays(1));
        assertThat(vendorDayTickets(day, "MY", "LUMEN")).as("no LUMEN ticket is left on the day").isZero();
        assertThat(jdbc.sql("select count(*) from ticket_vendor_day where created_day = :day and vendor_code = 'LUMEN'").param("day", day)
                .query(Long.class).single()).isZero();
        assertThat(vendorDayTickets(day, "MY", "NCS")).isEqualTo(11);
        assertThat(vendorDayTickets(day.plusDays(1), "MY", "NCS")).isEqualTo(9);
    }

    @Test
    void newTicketsOnDaysThatHaveSomeAreAddedToWhatIsThere() {
        LocalDate day = TicketFiles.freshDay();
        String p = TicketFiles.prefix();
        importAll(rows(p, 0, 30, i -> day.plusDays(i % 2), i -> ROUTES[i % ROUTES.length]));
        assertCoarseExact(day, day.plusDays(1));

        // only new ids, on the same days and routes, with categories, channels, launches and SOP versions old and new
        importAll(rows(p, 30, 75, i -> day.plusDays(i % 2), i -> ROUTES[(i / 2) % ROUTES.length]).replace(",Payout,", ",Payout 2,"));

        assertCoarseExact(day, day.plusDays(1));
        assertThat(jdbc.sql("select count(*) from ticket_category_day where created_day = :day and category = 'Payout 2'")
                .param("day", day.plusDays(1)).query(Long.class).single()).as("odd ids fall on the second day").isPositive();
    }

    @Test
    void aGoodRowsImportAddsOnlyTheGoodRows() {
        LocalDate day = TicketFiles.freshDay();
        String p = TicketFiles.prefix();
        importAll(rows(p, 0, 20, i -> day, i -> ROUTES[i % ROUTES.length]));
        // a re-import of some, new tickets, and rows of an unknown market and a bad creation time that are left out
        String file = TicketFiles.HEADER + rows(p, 10, 40, i -> day.plusDays(i % 2), i -> ROUTES[(i + 1) % ROUTES.length])
                .replace(TicketFiles.HEADER, "").replace(p + "-14," + day, p + "-14,yesterday")
                .replace(",MY,LUMEN,", ",ZZ,LUMEN,");
        TicketImports.Outcome outcome = imports.importFile(new TicketImports.Request(ImportKind.TICKETS, "tickets.csv", FileFormat.CSV,
                ImportMode.GOOD_ROWS, ImportSource.API), TicketFiles.stream(file), "analyst");

        assertThat(outcome.record().status()).as(outcome.record().message()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(outcome.record().rowsRejected()).isPositive();
        assertCoarseExact(day, day.plusDays(1));
    }

    @Test
    void aRandomRunOfImportsAndReimportsKeepsTheVendorDaysExact() {
        LocalDate first = TicketFiles.freshDay();
        TicketFiles.freshDay(); // this test spans two days
        String p = TicketFiles.prefix();
        Random random = new Random(20_261_204L);
        int issued = 0;
        for (int round = 0; round < 8; round++) {
            StringBuilder file = new StringBuilder();
            int fresh = 5 + random.nextInt(30);
            int moved = issued == 0 ? 0 : random.nextInt(Math.min(issued, 25));
            long seed = random.nextLong();
            Random rows = new Random(seed);
            file.append(rows(p, issued, issued + fresh, i -> first.plusDays(rows.nextInt(3)), i -> ROUTES[rows.nextInt(ROUTES.length)]));
            for (int m = 0; m < moved; m++) {
                int id = rows.nextInt(issued);
                file.append(rows(p, id, id + 1, i -> first.plusDays(rows.nextInt(3)), i -> ROUTES[rows.nextInt(ROUTES.length)]));
            }
            issued += fresh;
            importAll(file.toString());
            assertCoarseExact(first, first.plusDays(2));
        }
        assertThat(jdbc.sql("select count(*) from ticket where ticket_id like :p").param("p", p + "-%").query(Long.class).single())
                .isEqualTo(issued);
    }

    @Test
    void theRowsFromTheCoarseRollupsEqualThoseFromTheFullRollup() {
        LocalDate first = TicketFiles.freshDay();
        TicketFiles.freshDay();
        String p = TicketFiles.prefix();
        Random random = new Random(7);
        importAll(rows(p, 0, 120, i -> first.plusDays(random.nextInt(2)), i -> ROUTES[random.nextInt(ROUTES.length)]));
        importAll(rows(p, 50, 90, i -> first.plusDays(1 - random.nextInt(2)), i -> ROUTES[random.nextInt(ROUTES.length)]));
        LocalDate last = first.plusDays(1);
        List<String> channels = jdbc.sql("select distinct channel from ticket_day").query(String.class).list();

        // what the scan reads (every market × vendor, by day) and what its charts read (one market and vendor)
        KpiQuery scan = new KpiQuery(first, last, Granularity.DAY, Map.of(),
                List.of(TicketDimension.MARKET, TicketDimension.VENDOR));
        KpiQuery chart = new KpiQuery(first, last, Granularity.DAY, Map.of(TicketDimension.MARKET, List.of("MY"),
                TicketDimension.VENDOR, List.of("LUMEN")), List.of());
        // what the dashboard reads (day × market × category) and a category filter: from ticket_category_day
        KpiQuery dashboard = scan.groupedBy(Granularity.DAY, List.of(TicketDimension.MARKET, TicketDimension.CATEGORY));
        KpiQuery refunds = chart.withFilter(TicketDimension.CATEGORY, List.of("Refund"));
        for (KpiQuery query : List.of(scan, chart, scan.groupedBy(Granularity.TOTAL, List.of(TicketDimension.MARKET)), dashboard, refunds)) {
            List<KpiRow> coarse = rollups.aggregate(query, VendorScope.all());
            // a filter on every channel changes no sum but makes the read go to ticket_day
            List<KpiRow> full = rollups.aggregate(query.withFilter(TicketDimension.CHANNEL, channels), VendorScope.all());
            assertThat(coarse).isNotEmpty().isEqualTo(full);
        }
        List<KpiRow> rows = rollups.aggregate(scan, VendorScope.all());
        assertThat(rows.stream().mapToLong(r -> r.measures().tickets()).sum()).isEqualTo(
                jdbc.sql("select count(*) from ticket where created_day between :first and :last").param("first", first)
                        .param("last", last).query(Long.class).single());
    }

    private interface DayOf {
        LocalDate day(int i);
    }

    private interface RouteOf {
        String[] route(int i);
    }

    /** Tickets {@code from} to {@code to} (exclusive), varied in every measure, on the days and routes given. */
    private static String rows(String prefix, int from, int to, DayOf days, RouteOf routes) {
        StringBuilder file = new StringBuilder(TicketFiles.HEADER);
        for (int i = from; i < to; i++) {
            LocalDate day = days.day(i);
            String[] route = routes.route(i);
            String zone = route[3];
            String responded = i % 5 == 0 ? "" : day + "T1" + (i % 10) + ":00:00" + zone;
            String resolved = i % 4 == 0 ? "" : day.plusDays(i % 3) + "T20:00:00" + zone;
            String csat = i % 3 == 1 ? Integer.toString(1 + i % 5) : "";
            file.append(prefix).append('-').append(i).append(',').append(day).append("T0").append(i % 10).append(":15:00").append(zone)
                    .append(',').append(responded).append(',').append(resolved).append(',').append(route[0]).append(',')
                    .append(route[1]).append(',').append(route[2]).append(',').append(i % 4 == 1 ? "email" : "chat")
                    .append(i % 2 == 0 ? ",Refund," : ",Payout,").append(100 + i * 7).append(',').append(csat).append(',')
                    .append(i % 7 == 0).append(',').append(1 + i % 3).append(',').append(i % 5 == 0 ? "LX-" + i % 2 : "")
                    .append(',').append(i % 3 == 0 ? "SOP-X," + (1 + i % 2) : ",").append('\n');
        }
        return file.toString();
    }

    /** Joins files (each with its header) into one. */
    private void importAll(String files) {
        String file = TicketFiles.HEADER + files.replace(TicketFiles.HEADER, "");
        TicketImports.Outcome outcome = imports.importFile(new TicketImports.Request(ImportKind.TICKETS, "tickets.csv", FileFormat.CSV,
                ImportMode.ALL_OR_NOTHING, ImportSource.API), TicketFiles.stream(file), "analyst");
        assertThat(outcome.record().status()).as(outcome.record().message()).isEqualTo(ImportStatus.COMPLETED);
    }

    private void assertCoarseExact(LocalDate first, LocalDate last) {
        StringBuilder fromTickets = new StringBuilder();
        StringBuilder fromRollup = new StringBuilder();
        for (int i = 0; i < NAMES.length; i++) {
            fromTickets.append(", ").append(FROM_TICKETS[i]).append(" as ").append(NAMES[i]);
            fromRollup.append(", sum(").append(NAMES[i]).append(") as ").append(NAMES[i]);
        }
        for (String keys : List.of(KEYS, CATEGORY_KEYS)) {
            String table = keys.equals(KEYS) ? "ticket_vendor_day" : "ticket_category_day";
            List<Map<String, Object>> kept = rows("select " + keys + ", " + TicketDayDeltas.MEASURES + " from " + table, keys, false,
                    first, last);
            assertThat(kept).as(table + " against the tickets").isNotEmpty()
                    .isEqualTo(rows("select " + keys + fromTickets + " from ticket", keys, true, first, last));
            assertThat(kept).as(table + " against ticket_day")
                    .isEqualTo(rows("select " + keys + fromRollup + " from ticket_day", keys, true, first, last));
        }
        assertThat(rows("select " + KEYS + ", newest_created_at from ticket_vendor_day", KEYS, false, first, last))
                .as("the newest ticket of each vendor-day")
                .isEqualTo(rows("select " + KEYS + ", max(created_at) as newest_created_at from ticket", KEYS, true, first, last));
        List<Map<String, Object>> values = rows("select " + VALUE_KEYS + " from ticket_value_day", VALUE_KEYS, false, first, last);
        for (String source : List.of("ticket", "ticket_day")) {
            List<Map<String, Object>> seen = new java.util.ArrayList<>();
            for (String[] listed : LISTED) {
                seen.addAll(rows("select distinct " + KEYS + ", '" + listed[0] + "' as dimension, " + listed[1] + " as dimension_value from "
                        + source, KEYS, false, first, last));
            }
            seen.sort(java.util.Comparator.comparing(Object::toString));
            List<Map<String, Object>> sorted = new java.util.ArrayList<>(values);
            sorted.sort(java.util.Comparator.comparing(Object::toString));
            assertThat(sorted).as("ticket_value_day against " + source).isNotEmpty().isEqualTo(seen);
        }
    }

    private List<Map<String, Object>> rows(String select, String keys, boolean grouped, LocalDate first, LocalDate last) {
        return jdbc.sql(select + " where created_day between :first and :last and market_code in ('ID', 'MY')"
                        + (grouped ? " group by " + keys : "") + " order by " + keys)
                .param("first", first).param("last", last).query().listOfRows().stream().map(TicketVendorDayIntegrationTests::longs).toList();
    }

    private long vendorDayTickets(LocalDate day, String market, String vendor) {
        return jdbc.sql("select coalesce(sum(tickets), 0) from ticket_vendor_day where created_day = :day and market_code = :market"
                        + " and vendor_code = :vendor").param("day", day).param("market", market).param("vendor", vendor)
                .query(Long.class).single();
    }

    private static Map<String, Object> longs(Map<String, Object> row) {
        Map<String, Object> copy = new LinkedHashMap<>();
        row.forEach((k, v) -> copy.put(k.toLowerCase(Locale.ROOT), v instanceof Number n ? (Object) n.longValue() : v));
        return copy;
    }
}
