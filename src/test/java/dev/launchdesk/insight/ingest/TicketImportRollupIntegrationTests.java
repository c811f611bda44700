package dev.launchdesk.insight.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The roll-up after imports equals the roll-up recomputed from the tickets, whichever way the rows went in: all new
 * tickets (on PostgreSQL copied straight in, their sums added to the roll-up rows already there), a ticket id twice in
 * one file, and a re-import that moves tickets between days and combinations.
 */
@SpringBootTest
class TicketImportRollupIntegrationTests {

    static final String MEASURES = "count(*), sum(contact_count), sum(handle_seconds), count(response_seconds),"
            + " coalesce(sum(response_seconds), 0), sum(case when response_in_sla then 1 else 0 end), count(resolution_seconds),"
            + " coalesce(sum(resolution_seconds), 0), sum(case when resolution_in_sla then 1 else 0 end),"
            + " sum(case when first_contact_resolved then 1 else 0 end), sum(case when reopened then 1 else 0 end),"
            + " count(csat), sum(case when csat >= 4 then 1 else 0 end), coalesce(sum(csat), 0)";

    @Autowired
    TicketImports imports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void newTicketsAddedToADayWithTicketsGiveTheRecomputedRollup() {
        LocalDate day = TicketFiles.freshDay();
        String p = TicketFiles.prefix();
        importAll(TicketFiles.HEADER + rows(p, day, 0, 40));
        importAll(TicketFiles.HEADER + rows(p, day, 40, 80));

        assertThat(rollup(day)).isEqualTo(recomputed(day));
        assertThat(rollup(day).stream().mapToLong(r -> ((Number) r.get("tickets")).longValue()).sum()).isEqualTo(80);
    }

    @Test
    void aRepeatedTicketIdAndAReimportKeepTheRollupExact() {
        LocalDate day = TicketFiles.freshDay();
        String p = TicketFiles.prefix();
        importAll(TicketFiles.HEADER + rows(p, day, 0, 30) + rows(p, day, 10, 20).replace(",chat,", ",email,"));
        importAll(TicketFiles.HEADER + rows(p, day, 20, 50).replace(",Refund,", ",Payout,"));

        assertThat(rollup(day)).isEqualTo(recomputed(day));
        assertThat(jdbc.sql("select count(*) from ticket where ticket_id like :p").param("p", p + "%").query(Long.class).single())
                .isEqualTo(50);
        assertThat(jdbc.sql("select count(*) from ticket where ticket_id like :p and channel = 'email'").param("p", p + "%")
                .query(Long.class).single()).as("3 of rows 0-9, the repeated rows 10-19, 8 of rows 20-49").isEqualTo(21);
    }

    /** Tickets {@code from} to {@code to}, varied in every dimension and measure the roll-up keeps. */
    private static String rows(String prefix, LocalDate day, int from, int to) {
        StringBuilder file = new StringBuilder();
        for (int i = from; i < to; i++) {
            String site = i % 3 == 0 ? "SBY-1" : "JKT-1";
            String responded = i % 5 == 0 ? "" : day + "T1" + (i % 10) + ":00:00+07:00";
            String resolved = i % 4 == 0 ? "" : day.plusDays(i % 3) + "T20:00:00+07:00";
            String csat = i % 3 == 1 ? Integer.toString(1 + i % 5) : "";
            String sop = i % 2 == 0 ? "SPS-RFD-001," + (1 + i % 2 + i % 3) : ",";
            file.append(prefix).append('-').append(i).append(',').append(day).append("T0").append(i % 10).append(":15:00+07:00,")
                    .append(responded).append(',').append(resolved).append(",ID,NCS,").append(site).append(',')
                    .append(i % 4 == 1 ? "email" : "chat").append(",Refund,").append(100 + i * 7).append(',').append(csat).append(',')
                    .append(i % 7 == 0).append(',').append(1 + i % 3).append(',').append(i % 6 == 0 ? "12.12" : "").append(',')
                    .append(sop).append('\n');
        }
        return file.toString();
    }

    private void importAll(String file) {
        TicketImports.Outcome outcome = imports.importFile(new TicketImports.Request(ImportKind.TICKETS, "tickets.csv", FileFormat.CSV,
                ImportMode.ALL_OR_NOTHING, ImportSource.API), TicketFiles.stream(file), "analyst");
        assertThat(outcome.record().status()).as(outcome.record().message()).isEqualTo(ImportStatus.COMPLETED);
    }

    private List<Map<String, Object>> rollup(LocalDate day) {
        return jdbc.sql("select " + TicketDayDeltas.KEYS + ", " + TicketDayDeltas.MEASURES + " from ticket_day where created_day = :day"
                + " and market_code = 'ID' order by " + TicketDayDeltas.KEYS).param("day", day).query().listOfRows().stream()
                .map(TicketImportRollupIntegrationTests::numbersAsLongs).toList();
    }

    private List<Map<String, Object>> recomputed(LocalDate day) {
        String[] names = TicketDayDeltas.MEASURES.split(", ");
        String[] expressions = MEASURES.split(", (?=count|sum|coalesce)");
        StringBuilder select = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            select.append(", ").append(expressions[i]).append(" as ").append(names[i]);
        }
        return jdbc.sql("select " + TicketDayDeltas.KEYS + select + " from ticket where created_day = :day and market_code = 'ID'"
                + " group by " + TicketDayDeltas.KEYS + " order by " + TicketDayDeltas.KEYS).param("day", day).query().listOfRows()
                .stream().map(TicketImportRollupIntegrationTests::numbersAsLongs).toList();
    }

    private static Map<String, Object> numbersAsLongs(Map<String, Object> row) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>();
        row.forEach((k, v) -> copy.put(k.toLowerCase(java.util.Locale.ROOT), v instanceof Number n ? (Object) n.longValue() : v));
        return copy;
    }
}
