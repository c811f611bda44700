package dev.launchdesk.insight.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What imports may take from everybody else: twenty clients sending the same file at once get 201 or a 429 that
 * says what to do, never a 500, while other users are served; and a good-rows import keeps only the first rejected
 * rows (tests keep 100, see src/test/resources/config/application.yml) and refuses a file that is mostly bad.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportLimitsWebTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twentyParallelImportsOfOneFileAnswer201Or429AndOtherUsersAreServed() throws Exception {
        LocalDate day = TicketFiles.freshDay();
        String p = TicketFiles.prefix();
        StringBuilder file = new StringBuilder(TicketFiles.HEADER);
        for (int i = 0; i < 5_000; i++) {
            file.append(p).append('-').append(i).append(',').append(day).append("T09:00:00+07:00,,,ID,NCS,JKT-1,chat,Refund,600,,,,,,\n");
        }
        String body = file.toString();
        ExecutorService clients = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                answers.add(clients.submit(() -> {
                    go.await();
                    return mvc.perform(post("/api/v1/tickets/imports").with(httpBasic("analyst", "demo")).contentType("text/csv")
                            .content(body)).andReturn().getResponse();
                }));
            }
            go.countDown();
            // another user while the imports run
            mvc.perform(get("/api/v1/markets").with(httpBasic("viewer", "demo"))).andExpect(status().isOk());
            mvc.perform(get("/api/v1/tickets/imports").with(httpBasic("analyst", "demo"))).andExpect(status().isOk());

            int created = 0;
            for (Future<MockHttpServletResponse> answer : answers) {
                MockHttpServletResponse response = answer.get(5, TimeUnit.MINUTES);
                assertThat(response.getStatus()).as(response.getContentAsString()).isIn(201, 429);
                if (response.getStatus() == 429) {
                    JsonNode problem = JSON.readTree(response.getContentAsString());
                    assertThat(problem.get("title").asText()).isEqualTo("Imports busy");
                    assertThat(problem.get("detail").asText()).contains("send the file again when it has finished");
                    assertThat(response.getHeader("Retry-After")).isEqualTo("30");
                } else {
                    created++;
                }
            }
            assertThat(created).isGreaterThanOrEqualTo(1);
        } finally {
            clients.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from ticket where ticket_id like :p").param("p", p + "-%").query(Long.class).single())
                .isEqualTo(5_000);
        assertThat(jdbc.sql("select sum(tickets) from ticket_day where created_day = :day and market_code = 'ID'").param("day", day)
                .query(Long.class).single()).isEqualTo(5_000);
    }

    @Test
    void goodRowsKeepsTheFirstRejectedRowsForDownloadAndCountsTheRest() throws Exception {
        LocalDate day = TicketFiles.freshDay();
        String p = TicketFiles.prefix();
        StringBuilder file = new StringBuilder(TicketFiles.HEADER);
        for (int i = 0; i < 400; i++) {
            String created = i % 10 < 3 ? "not-a-date" : day + "T09:00:00+07:00";
            file.append(p).append('-').append(i).append(',').append(created).append(",,,ID,NCS,JKT-1,chat,Refund,600,,,,,,\n");
        }

        String answer = mvc.perform(post("/api/v1/tickets/imports?mode=good-rows").with(httpBasic("analyst", "demo"))
                        .contentType("text/csv").content(file.toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ticketImport.rowsImported").value(280))
                .andExpect(jsonPath("$.ticketImport.rowsRejected").value(120))
                .andExpect(jsonPath("$.ticketImport.message").value("280 of 400 rows imported, 120 rejected (the first 100 kept for download)"))
                .andReturn().getResponse().getContentAsString();
        long id = JSON.readTree(answer).at("/ticketImport/id").asLong();

        String download = mvc.perform(get("/api/v1/tickets/imports/" + id + "/rejected-rows").with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(download.lines().count()).isEqualTo(1 + 100);
        assertThat(jdbc.sql("select count(*) from ticket_import_rejection where import_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(100);
    }

    @Test
    void goodRowsRefusesAFileThatIsMostlyGarbageWithoutReadingItAll() throws Exception {
        StringBuilder file = new StringBuilder(TicketFiles.HEADER);
        String p = TicketFiles.prefix();
        for (int i = 0; i < 5_000; i++) {
            file.append(p).append('-').append(i).append(",garbage,,,??,??,??,??,??,??,,,,,,\n");
        }

        String answer = mvc.perform(post("/api/v1/tickets/imports?mode=good-rows").with(httpBasic("analyst", "demo"))
                        .contentType("text/csv").content(file.toString()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.ticketImport.status").value("REJECTED"))
                .andExpect(jsonPath("$.ticketImport.rowsImported").value(0))
                .andReturn().getResponse().getContentAsString();
        JsonNode problem = JSON.readTree(answer);
        assertThat(problem.get("detail").asText()).contains("101 of the first 101 rows are not valid")
                .contains("at most 50 % of its rows are bad").contains("nothing was imported");
        long id = problem.at("/ticketImport/id").asLong();
        assertThat(jdbc.sql("select count(*) from ticket where ticket_id like :p").param("p", p + "-%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from ticket_import_rejection where import_id = :id").param("id", id)
                .query(Long.class).single()).isBetween(1L, 101L);
    }
}
