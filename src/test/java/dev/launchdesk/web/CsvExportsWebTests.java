package dev.launchdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.ObjectMapper;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Every CSV download opens right in a spreadsheet: a UTF-8 byte-order mark first, and no cell that the spreadsheet
 * would run as a formula (the KPI export is checked in KpiApiWebTests).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CsvExportsWebTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "ticket_id,created_at,first_response_at,resolved_at,market,vendor,site,channel,category,"
            + "handle_time_seconds,csat,reopened,contact_count,launch_key,sop_key,sop_version";

    @Autowired
    MockMvc mvc;

    @Test
    void theRosterTemplateStartsWithAByteOrderMark() throws Exception {
        for (String path : List.of("/api/v1/agents/imports/template", "/agents/import/template.csv")) {
            byte[] body = mvc.perform(get(path).with(path.startsWith("/api") ? httpBasic("admin", "demo") : user("admin").roles("ADMIN")))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(body).as(path).startsWith(0xEF, 0xBB, 0xBF);
            assertThat(new String(body, StandardCharsets.UTF_8)).as(path).startsWith("\uFEFFexternal_id,full_name,");
        }
    }

    @Test
    void rejectedRowsAreNeutralisedKeepThaiAndImportAgainAsTheyWere() throws Exception {
        String id = "CSV" + UUID.randomUUID().toString().substring(0, 8);
        String file = HEADER + "\n" + id + "-1,2025-01-09T09:00:00+07:00,,,TH,LUMEN,NOPE,chat,\"=HYPERLINK(\"\"http://evil.example\"\")\",600,,,,,,\n"
                + id + "-2,2025-01-09T09:00:00+07:00,,,TH,LUMEN,BKK-1,chat,คืนเงิน,-5,,,,,,\n"
                + id + "-3,2025-01-09T10:00:00+07:00,,,TH,LUMEN,BKK-1,chat,Refund,300,,,,,,\n"
                + id + "-4,2025-01-09T11:00:00+07:00,,,TH,LUMEN,BKK-1,chat,Refund,300,,,,,,\n";
        String answer = mvc.perform(post("/api/v1/tickets/imports?mode=good-rows").with(httpBasic("analyst", "demo"))
                        .contentType("text/csv").content(file.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long importId = JSON.readTree(answer).at("/ticketImport/id").asLong();
        assertThat(JSON.readTree(answer).at("/ticketImport/rowsRejected").asLong()).isEqualTo(2);

        byte[] download = mvc.perform(get("/api/v1/tickets/imports/" + importId + "/rejected-rows").with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(download).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(download, StandardCharsets.UTF_8);
        List<CsvRecord> rows = CsvReader.builder().ofCsvRecord(text.substring(1)).stream().toList();
        assertThat(rows.get(0).getFields()).startsWith("ticket_id", "created_at").endsWith("rejected_row", "rejected_column", "rejected_reason");
        assertThat(rows.get(1).getField(8)).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(rows.get(2).getField(8)).isEqualTo("คืนเงิน");
        assertThat(rows.get(2).getField(9)).as("a negative number stays a number").isEqualTo("-5");
        assertThat(rows.get(2).getField(17)).isEqualTo("handle_time_seconds");

        // the download, corrected, imports again: the apostrophe before the formula trigger is taken off
        String corrected = text.replace(",NOPE,", ",BKK-1,").replace(",-5,", ",300,");
        mvc.perform(post("/api/v1/tickets/imports").with(httpBasic("analyst", "demo")).contentType("text/csv")
                        .content(corrected.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated());
        String tickets = mvc.perform(get("/api/v1/tickets?from=2025-01-09&to=2025-01-09&market=TH&size=200").with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tickets).contains(id + "-1").contains("=HYPERLINK(\\\"http://evil.example\\\")").doesNotContain("'=HYPERLINK");
    }
}
