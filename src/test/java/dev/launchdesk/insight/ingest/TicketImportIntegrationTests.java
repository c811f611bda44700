package dev.launchdesk.insight.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.launchdesk.insight.kpi.Granularity;
import dev.launchdesk.insight.kpi.Kpi;
import dev.launchdesk.insight.kpi.KpiQuery;
import dev.launchdesk.insight.kpi.KpiRow;
import dev.launchdesk.insight.kpi.TicketDimension;
import dev.launchdesk.insight.kpi.TicketRollups;
import dev.launchdesk.shared.VendorScope;

@SpringBootTest
class TicketImportIntegrationTests {

    @Autowired
    TicketImports imports;

    @Autowired
    TicketRollups rollups;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;

    private static TicketImports.Request csv(ImportMode mode) {
        return new TicketImports.Request(ImportKind.TICKETS, "tickets.csv", FileFormat.CSV, mode, ImportSource.API);
    }

    @Test
    void importedTicketsGiveTheHandComputedKpisOfTheirDay() {
        LocalDate day = TicketFiles.freshDay();
        String p = TicketFiles.prefix();
        // ID (UTC+7), SLA 4 h first response / 48 h resolution.
        // 1: answered after 1 h (in SLA), resolved after 10 h (in SLA), 1 contact, not reopened -> first-contact resolved, CSAT 5
        // 2: answered after 5 h (missed), resolved after 50 h (missed), 2 contacts, reopened, CSAT 2
        // 3: not answered yet, handle 0 s
        String file = TicketFiles.HEADER
                + p + "-1," + day + "T09:00:00+07:00," + day + "T10:00:00+07:00," + day + "T19:00:00+07:00,ID,NCS,JKT-1,Chat,Refund,600,5,false,1,,,\n"
                + p + "-2," + day + "T08:00:00," + day + "T13:00:00," + day.plusDays(2) + "T10:00:00,id,ncs,jkt-1,chat,Refund,1200,2,yes,2,,SPS-RFD-001,3\n"
                + p + "-3," + day + "T23:30:00+07:00,,,ID,NCS,SBY-1,email,Refund,0,,,,12.12,,\n";

        TicketImports.Outcome outcome = imports.importFile(csv(ImportMode.ALL_OR_NOTHING), TicketFiles.stream(file), "analyst");

        assertThat(outcome.record().status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(outcome.record().rowsImported()).isEqualTo(3);
        KpiRow total = rollups.aggregate(KpiQuery.total(day, day).withFilter(TicketDimension.MARKET, List.of("ID")),
                VendorScope.all()).get(0);
        assertThat(total.value(Kpi.VOLUME)).isEqualTo(3);
        assertThat(total.value(Kpi.AHT)).isCloseTo((600 + 1200 + 0) / 3.0 / 60, within(1e-9));
        assertThat(total.value(Kpi.FRT)).isCloseTo((60 + 300) / 2.0, within(1e-9));
        assertThat(total.value(Kpi.RESOLUTION_TIME)).isCloseTo((10 + 50) / 2.0, within(1e-9));
        assertThat(total.value(Kpi.FCR)).isCloseTo(50, within(1e-9));
        assertThat(total.value(Kpi.REOPEN_RATE)).isCloseTo(50, within(1e-9));
        assertThat(total.value(Kpi.CSAT)).isCloseTo(50, within(1e-9));
        assertThat(total.value(Kpi.SLA_FIRST_RESPONSE)).isCloseTo(100 / 3.0, within(1e-9));
        assertThat(total.value(Kpi.SLA_RESOLUTION)).isCloseTo(100 / 3.0, within(1e-9));
        assertThat(jdbc.sql("select channel from ticket where ticket_id = :id").param("id", p + "-1").query(String.class).single())
                .isEqualTo("chat");
        List<KpiRow> bySop = rollups.aggregate(new KpiQuery(day, day, Granularity.TOTAL, Map.of(), List.of(TicketDimension.SOP_VERSION, TicketDimension.LAUNCH)),
                VendorScope.all());
        assertThat(bySop).extracting(KpiRow::keys).contains(List.of("SPS-RFD-001 v3", ""), List.of("", "12.12"));
    }

    @Test
    void theImportLogSaysCompletedInTheTransactionOfTheRowsAndAStartAfterwardsKeepsIt() {
        LocalDate day = TicketFiles.freshDay();
        String p = TicketFiles.prefix();
        String file = TicketFiles.HEADER + p + "-1," + day + "T09:00:00+07:00,,,ID,NCS,JKT-1,chat,Refund,600,,,,,,\n";
        List<String> statusAtCommit = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.springframework.context.ApplicationListener<org.springframework.context.ApplicationEvent> watcher = event -> {
            if (event instanceof org.springframework.context.PayloadApplicationEvent<?> published
                    && published.getPayload() instanceof dev.launchdesk.insight.TicketsImported imported) {
                org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                        new org.springframework.transaction.support.TransactionSynchronization() {
                            @Override
                            public void beforeCommit(boolean readOnly) {
                                statusAtCommit.add(jdbc.sql("select status from ticket_import where id = :id")
                                        .param("id", imported.importId()).query(String.class).single());
                            }
                        });
            }
        };
        context.addApplicationListener(watcher);
        try {
            TicketImports.Outcome outcome = imports.importFile(csv(ImportMode.ALL_OR_NOTHING), TicketFiles.stream(file), "analyst");
            assertThat(outcome.record().status()).isEqualTo(ImportStatus.COMPLETED);
        } finally {
            context.getBean(org.springframework.context.event.ApplicationEventMulticaster.class).removeApplicationListener(watcher);
        }

        assertThat(statusAtCommit).as("the import's status as its transaction commits").containsExactly("COMPLETED");
        // what a start does with imports a stopped server left behind must not touch it
        imports.failInterruptedImports();
        assertThat(jdbc.sql("select status from ticket_import where file_name = 'tickets.csv' order by id desc limit 1")
                .query(String.class).single()).isEqualTo("COMPLETED");
    }

    @Test
    void reimportingUpdatesTicketsAndMovesThemInTheRollupWithoutDuplicates() {
        LocalDate day = TicketFiles.freshDay();
        String p = TicketFiles.prefix();
        String first = TicketFiles.HEADER
                + p + "-1," + day + "T09:00:00+07:00,,,ID,NCS,JKT-1,chat,Refund,600,,,,,,\n"
                + p + "-2," + day + "T10:00:00+07:00,,,ID,NCS,JKT-1,chat,Refund,600,,,,,,\n";
        String second = TicketFiles.HEADER
                + p + "-2," + day.plusDays(1) + "T10:00:00+07:00,,,ID,NCS,JKT-1,chat,Payout,900,,,,,,\n"
                + p + "-3," + day + "T11:00:00+07:00,,,ID,NCS,JKT-1,chat,Refund,300,,,,,,\n";

        imports.importFile(csv(ImportMode.ALL_OR_NOTHING), TicketFiles.stream(first), "analyst");
        TicketImports.Outcome again = imports.importFile(csv(ImportMode.ALL_OR_NOTHING), TicketFiles.stream(second), "analyst");
        imports.importFile(csv(ImportMode.ALL_OR_NOTHING), TicketFiles.stream(second), "analyst");

        assertThat(again.record().rowsImported()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from ticket where ticket_id like :p").param("p", p + "%").query(Long.class).single())
                .isEqualTo(3);
        List<KpiRow> rows = rollups.aggregate(new KpiQuery(day, day.plusDays(1), Granularity.DAY, Map.of(),
                List.of(TicketDimension.CATEGORY)), VendorScope.all());
        assertThat(rows).extracting(r -> r.period() + " " + r.key(0) + " " + r.measures().tickets() + " " + r.measures().handleSeconds())
                .containsExactly(day + " Refund 2 900", day.plusDays(1) + " Payout 1 900");
    }

    @Test
    void aFileWithABadRowImportsNothingAndNamesRowColumnAndReason() {
        LocalDate day = TicketFiles.freshDay();
        String p = TicketFiles.prefix();
        String file = TicketFiles.HEADER
                + p + "-1," + day + "T09:00:00+07:00,,,ID,NCS,JKT-1,chat,Refund,600,,,,,,\n"
                + p + "-2," + day + "T09:00:00+07:00," + day + "T08:00:00+07:00,,ID,NCS,JKT-1,chat,Refund,600,,,,,,\n"
                + p + "-3,20/11/2026,,,ID,NCS,JKT-1,chat,Refund,600,,,,,,\n"
                + p + "-4," + day + "T09:00:00+07:00,,,ID,NCS,JKT-1,chat,Refund,-5,,,,,,\n"
                + p + "-5," + day + "T09:00:00+07:00,,,XX,NCS,JKT-1,chat,Refund,5,,,,,,\n"
                + p + "-6," + day + "T09:00:00+07:00,,,ID,NCS,BKK-1,chat,Refund,5,,,,,,\n";

        TicketImports.Outcome outcome = imports.importFile(csv(ImportMode.ALL_OR_NOTHING), TicketFiles.stream(file), "analyst");

        assertThat(outcome.record().status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(outcome.record().rowsRejected()).isEqualTo(5);
        assertThat(outcome.rejections()).extracting(RowProblem::rowNumber, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "first_response_at"), org.assertj.core.groups.Tuple.tuple(4L, "created_at"),
                org.assertj.core.groups.Tuple.tuple(5L, "handle_time_seconds"), org.assertj.core.groups.Tuple.tuple(6L, "market"),
                org.assertj.core.groups.Tuple.tuple(7L, "site"));
        assertThat(outcome.rejections().get(0).reason()).contains("before created_at");
        assertThat(outcome.rejections().get(2).reason()).contains("negative");
        assertThat(jdbc.sql("select count(*) from ticket where ticket_id like :p").param("p", p + "%").query(Long.class).single()).isZero();
        assertThat(imports.rejections(outcome.record().id(), 100)).hasSize(5);
    }

    @Test
    void goodRowsModeImportsTheGoodRowsAndOffersTheRejectedOnesAsCsv() throws Exception {
        LocalDate day = TicketFiles.freshDay();
        String p = TicketFiles.prefix();
        String bad = p + "-2," + day + "T09:00:00+07:00,,,ID,NCS,JKT-1,chat,\"Refund, partial\",lots,,,,,,";
        String file = TicketFiles.HEADER + p + "-1," + day + "T09:00:00+07:00,,,ID,NCS,JKT-1,chat,Refund,600,,,,,,\n" + bad + "\n";

        TicketImports.Outcome outcome = imports.importFile(csv(ImportMode.GOOD_ROWS), TicketFiles.stream(file), "analyst");
        StringWriter download = new StringWriter();
        imports.writeRejectedRows(outcome.record().id(), download);

        assertThat(outcome.record().status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(outcome.record().rowsImported()).isEqualTo(1);
        assertThat(outcome.record().rowsRejected()).isEqualTo(1);
        assertThat(download.toString()).isEqualTo("\uFEFF" + TicketFiles.HEADER.strip() + ",rejected_row,rejected_column,rejected_reason\r\n"
                + bad + ",3,handle_time_seconds,'lots' is not a whole number\r\n");
    }

    @Test
    void jsonLinesAreImportedAndABrokenLineIsARejectedRow() {
        LocalDate day = TicketFiles.freshDay();
        String p = TicketFiles.prefix();
        String file = "{\"ticket_id\":\"" + p + "-1\",\"created_at\":\"" + day + "T09:00:00Z\",\"market\":\"MY\",\"vendor\":\"NCS\","
                + "\"site\":\"KUL-1\",\"channel\":\"email\",\"category\":\"Payout\",\"handle_time_seconds\":420,\"csat\":4,"
                + "\"reopened\":false,\"contact_count\":1,\"unknown\":[1]}\n"
                + "\n"
                + "{\"ticket_id\": \"" + p + "-2\", oops}\n";

        TicketImports.Outcome outcome = imports.importFile(new TicketImports.Request(ImportKind.TICKETS, "t.jsonl", FileFormat.JSONL,
                ImportMode.GOOD_ROWS, ImportSource.API), TicketFiles.stream(file), "analyst");

        assertThat(outcome.record().rowsImported()).as("an array under an ignored key no longer rejects the row").isEqualTo(1);
        assertThat(outcome.rejections()).extracting(RowProblem::rowNumber, RowProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "line"));
        String fixed = file.replace("oops", "\"x\": 1");
        TicketImports.Outcome second = imports.importFile(new TicketImports.Request(ImportKind.TICKETS, "t.jsonl", FileFormat.JSONL,
                ImportMode.GOOD_ROWS, ImportSource.API), TicketFiles.stream(fixed), "analyst");
        assertThat(second.record().rowsImported()).isEqualTo(1);
        assertThat(second.rejections()).extracting(RowProblem::column).containsExactly("market");
        assertThat(second.ignoredColumns()).containsExactly("unknown", "x");
    }

    @Test
    void nestedValuesInIgnoredKeysAreSkippedAndInOurKeysNameTheKeyAndLine() {
        LocalDate day = TicketFiles.freshDay();
        String p = TicketFiles.prefix();
        String ours = "\"created_at\":\"" + day + "T09:00:00Z\",\"market\":\"MY\",\"vendor\":\"NCS\",\"site\":\"KUL-1\","
                + "\"channel\":\"email\",\"handle_time_seconds\":420";
        // a raw helpdesk API dump: objects, arrays and arrays of objects in keys LaunchDesk does not read
        String file = "{\"ticket_id\":\"" + p + "-1\"," + ours + ",\"category\":\"Payout\",\"via\":{\"channel\":\"web\","
                + "\"source\":{\"from\":{},\"to\":{}}},\"tags\":[\"vip\",\"refund\"],\"custom_fields\":[{\"id\":1,\"value\":[\"a\"]}]}\n"
                + "{\"ticket_id\":\"" + p + "-2\"," + ours + ",\"category\":{\"name\":\"Payout\"}}\n"
                + "{\"ticket_id\":\"" + p + "-3\"," + ours + ",\"category\":[\"Payout\"],\"via\":{\"channel\":\"web\"}}\n"
                + "{\"ticket_id\":\"" + p + "-4\"," + ours + ",\"category\":\"Payout\",\"tags\":[]}\n"
                + "{\"ticket_id\":\"" + p + "-5\"," + ours + ",\"category\":\"Payout\",\"via\":{}}\n";

        TicketImports.Outcome outcome = imports.importFile(new TicketImports.Request(ImportKind.TICKETS, "dump.jsonl", FileFormat.JSONL,
                ImportMode.GOOD_ROWS, ImportSource.API), TicketFiles.stream(file), "analyst");

        assertThat(outcome.record().rowsImported()).isEqualTo(3);
        assertThat(outcome.ignoredColumns()).containsExactly("via", "tags", "custom_fields");
        assertThat(outcome.rejections()).extracting(RowProblem::rowNumber, RowProblem::column, RowProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "category", "must be a plain value (text, number, true/false), not an object"),
                org.assertj.core.groups.Tuple.tuple(3L, "category", "must be a plain value (text, number, true/false), not an array"));
    }

    @Test
    void theLastRowOfATicketIdInOneFileWins() {
        LocalDate day = TicketFiles.freshDay();
        String p = TicketFiles.prefix();
        String file = TicketFiles.HEADER
                + p + "-1," + day + "T09:00:00+07:00,,,ID,NCS,JKT-1,chat,Refund,600,,,,,,\n"
                + p + "-1," + day + "T09:00:00+07:00,,,ID,NCS,JKT-1,chat,Payout,700,,,,,,\n";

        imports.importFile(csv(ImportMode.ALL_OR_NOTHING), TicketFiles.stream(file), "analyst");

        assertThat(jdbc.sql("select category from ticket where ticket_id = :id").param("id", p + "-1").query(String.class).list())
                .containsExactly("Payout");
    }

    @Test
    void broken_files_are_refused_whole_with_a_clear_reason() {
        assertThat(rejected("")).contains("empty");
        assertThat(rejected("ticket_id,created_at\n")).contains("lacks the required columns").contains("market");
        assertThat(rejected(TicketFiles.HEADER)).contains("no ticket rows");
        byte[] utf16 = TicketFiles.HEADER.getBytes(StandardCharsets.UTF_16);
        assertThat(rejected(utf16)).contains("UTF-16");
        byte[] latin1 = (TicketFiles.HEADER + "x,2025-01-01T00:00:00Z,,,ID,NCS,JKT-1,chat,Réfund,1,,,,,,\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(rejected(latin1)).contains("not UTF-8");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAndNothingIsWritten() {
        ImportSettings small = new ImportSettings(org.springframework.util.unit.DataSize.ofBytes(300), 10, "", java.time.Duration.ofSeconds(10), "all-or-nothing", 1, 10_000, 0.5);
        assertThat(SizeLimitedInputStream.tooLargeMessage(small.maxBytes())).contains("300 bytes");
        String p = TicketFiles.prefix();
        LocalDate day = TicketFiles.freshDay();
        StringBuilder file = new StringBuilder(TicketFiles.HEADER);
        for (int i = 0; i < 200_000; i++) {
            file.append(p).append('-').append(i).append(',').append(day).append("T09:00:00+07:00,,,ID,NCS,JKT-1,chat,Refund,600,,,,,,\n");
        }
        // the configured limit in tests is 8 MB (see src/test/resources/config/application.yml); this file is about 14 MB
        TicketImports.Outcome outcome = imports.importFile(csv(ImportMode.GOOD_ROWS), TicketFiles.stream(file.toString()), "analyst");

        assertThat(outcome.record().status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(outcome.record().message()).contains("larger than the import limit");
        assertThat(jdbc.sql("select count(*) from ticket where ticket_id like :p").param("p", p + "%").query(Long.class).single()).isZero();
    }

    @Test
    void orderVolumesAreUpsertedPerMarketAndDay() {
        LocalDate day = TicketFiles.freshDay();
        String file = "market,date,orders\nID," + day + ",1000\nMY," + day + ",500\n";
        TicketImports.Request request = new TicketImports.Request(ImportKind.ORDERS, "orders.csv", FileFormat.CSV, ImportMode.ALL_OR_NOTHING, ImportSource.API);

        imports.importFile(request, TicketFiles.stream(file), "analyst");
        TicketImports.Outcome again = imports.importFile(request, TicketFiles.stream("market,date,orders\nid," + day + ",2000\n"), "analyst");
        TicketImports.Outcome bad = imports.importFile(request, TicketFiles.stream("market,date,orders\nID,yesterday,-1\n"), "analyst");

        assertThat(again.record().status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(jdbc.sql("select orders from order_volume where order_day = :d order by market_code").param("d", day)
                .query(Long.class).list()).containsExactly(2000L, 500L);
        assertThat(bad.rejections()).extracting(RowProblem::column).containsExactly("date");
    }

    private String rejected(String text) {
        return rejected(text.getBytes(StandardCharsets.UTF_8));
    }

    private String rejected(byte[] bytes) {
        TicketImports.Outcome outcome = imports.importFile(csv(ImportMode.GOOD_ROWS), new ByteArrayInputStream(bytes), "analyst");
        assertThat(outcome.record().status()).isEqualTo(ImportStatus.REJECTED);
        return outcome.record().message();
    }
}
