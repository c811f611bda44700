package dev.launchdesk.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.launchdesk.reference.RosterRejectedException.RowProblem;
import dev.launchdesk.shared.VendorScope;

@SpringBootTest
class RosterImportIntegrationTests {

    private static final String HEADER = "external_id,full_name,email,vendor,site,languages,skills,status,hired_on\n";

    @Autowired
    RosterImport rosterImport;

    @Autowired
    VendorNetwork vendors;

    @Autowired
    AgentRoster roster;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsNewAgentsAndReimportingTheSameFileChangesNothing() {
        String prefix = unique();
        byte[] file = csv(HEADER
                + prefix + "-1,Dewi Lestari,dewi@ncs.example,NCS,JKT-1,\"id,en\",\"refunds, Live Chat\",ACTIVE,2025-03-01\n"
                + prefix + "-2,Agus Wijaya,,ncs,sby-1,id,,onboarding,\n"
                + prefix + "-3,Mei Ling Tan,,NCS,KUL-1,\"ms, zh\",payouts,,2024-11-11\n");

        RosterImportResult first = rosterImport.importFile("roster.csv", file, VendorScope.all());
        long auditAfterFirst = auditCount();
        RosterImportResult second = rosterImport.importFile("roster.csv", file, VendorScope.all());

        assertThat(first).extracting(RosterImportResult::created, RosterImportResult::updated, RosterImportResult::unchanged)
                .containsExactly(3, 0, 0);
        assertThat(second).extracting(RosterImportResult::created, RosterImportResult::updated, RosterImportResult::unchanged)
                .containsExactly(0, 0, 3);
        assertThat(auditCount()).isEqualTo(auditAfterFirst);
        AgentListing dewi = find(prefix + "-1");
        assertThat(dewi.skills()).containsExactly("refunds", "live-chat");
        assertThat(dewi.languages()).containsExactly("id", "en");
        assertThat(find(prefix + "-2").status()).isEqualTo(AgentStatus.ONBOARDING);
        assertThat(find(prefix + "-3").status()).isEqualTo(AgentStatus.ACTIVE);
    }

    @Test
    void aChangedRowUpdatesOnlyThatAgent() {
        String prefix = unique();
        rosterImport.importFile("v1.csv", csv(HEADER
                + prefix + "-1,Somchai Srisuk,,LUMEN,BKK-1,th,,ACTIVE,\n"
                + prefix + "-2,Ploy Wongsa,,LUMEN,BKK-1,th,,ACTIVE,\n"), VendorScope.all());

        RosterImportResult result = rosterImport.importFile("v2.csv", csv(HEADER
                + prefix + "-1,Somchai Srisuk,,LUMEN,BKK-1,th,,ON_LEAVE,\n"
                + prefix + "-2,Ploy Wongsa,,LUMEN,BKK-1,th,,ACTIVE,\n"), VendorScope.all());

        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(find(prefix + "-1").status()).isEqualTo(AgentStatus.ON_LEAVE);
    }

    @Test
    void aFileWithBadRowsIsRejectedWholeWithEveryProblemNamedAndNothingWritten() {
        String prefix = unique();
        long agentsBefore = agentCount();
        byte[] file = csv(HEADER
                + prefix + "-1,Good Row,,NCS,JKT-1,id,,ACTIVE,\n"
                + prefix + "-2,,not-an-email,NCS,JKT-1,klingon,,ACTIVE,\n"
                + prefix + "-3,No Site,,NCS,XXX-9,id,,RETIRED,31/12/2024\n"
                + prefix + "-1,Duplicate,,NCS,JKT-1,id,,ACTIVE,\n"
                + prefix + "-5,Unknown Vendor,,NOPE,JKT-1,id,,ACTIVE,\n");

        RosterRejectedException e = catchThrowableOfType(RosterRejectedException.class,
                () -> rosterImport.importFile("bad.csv", file, VendorScope.all()));

        assertThat(e.problems()).extracting(RowProblem::row, RowProblem::column).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(3, "full_name"), org.assertj.core.groups.Tuple.tuple(3, "email"),
                org.assertj.core.groups.Tuple.tuple(3, "languages"), org.assertj.core.groups.Tuple.tuple(4, "site"),
                org.assertj.core.groups.Tuple.tuple(4, "status"), org.assertj.core.groups.Tuple.tuple(4, "hired_on"),
                org.assertj.core.groups.Tuple.tuple(5, "external_id"), org.assertj.core.groups.Tuple.tuple(6, "vendor"));
        assertThat(agentCount()).isEqualTo(agentsBefore);
    }

    @Test
    void missingAndUnknownColumnsAreNamed() {
        RosterRejectedException e = catchThrowableOfType(RosterRejectedException.class, () -> rosterImport.importFile("cols.csv",
                csv("external_id,name,site\nX-1,Budi,JKT-1\n"), VendorScope.all()));
        assertThat(e.problems()).extracting(RowProblem::row, RowProblem::column).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(1, "name"), org.assertj.core.groups.Tuple.tuple(1, "full_name"),
                org.assertj.core.groups.Tuple.tuple(1, "languages"));
    }

    @Test
    void aVendorLeadImportsForTheirOwnVendorOnly() {
        Vendor ncs = vendorByCode("NCS");
        String prefix = unique();
        VendorScope ncsOnly = VendorScope.of(ncs.id());

        RosterImportResult ok = rosterImport.importFile("mine.csv", csv("external_id,full_name,site,languages\n"
                + prefix + "-1,Rina Kusuma,JKT-1,id\n"), ncsOnly);
        RosterRejectedException foreign = catchThrowableOfType(RosterRejectedException.class, () -> rosterImport.importFile("theirs.csv",
                csv("external_id,full_name,vendor,site,languages\n" + prefix + "-2,Someone,LUMEN,MNL-1,en\n"), ncsOnly));

        assertThat(ok.created()).isEqualTo(1);
        assertThat(find(prefix + "-1").vendorId()).isEqualTo(ncs.id());
        assertThat(foreign.problems()).extracting(RowProblem::column).containsExactly("vendor");
    }

    @Test
    void importsExcelWorkbooksToo() throws Exception {
        String prefix = unique();
        byte[] xlsx;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            String[][] rows = {{"external_id", "full_name", "vendor", "site", "languages"}, {prefix + "-1", "Lucía García", "ATLAS", "MAD-1", "es"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(rosterImport.importFile("roster.xlsx", xlsx, VendorScope.all()).created()).isEqualTo(1);
        assertThat(find(prefix + "-1").fullName()).isEqualTo("Lucía García");
    }

    private AgentListing find(String externalId) {
        return roster.find(new AgentFilter(null, null, null, null, null, externalId), VendorScope.all(), 0, 5).items().stream()
                .filter(a -> a.externalId().equals(externalId)).findFirst().orElseThrow();
    }

    private Vendor vendorByCode(String code) {
        return vendors.vendors(VendorScope.all()).stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow();
    }

    private long agentCount() {
        return jdbc.sql("select count(*) from agent").query(Long.class).single();
    }

    private long auditCount() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    private static String unique() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
