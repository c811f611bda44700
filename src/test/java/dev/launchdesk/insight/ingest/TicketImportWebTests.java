package dev.launchdesk.insight.ingest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The import pages and API: who may import, what a good, a bad and an oversized file answer, and the rejected-rows download. */
@SpringBootTest
@AutoConfigureMockMvc
class TicketImportWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    private String goodFile() {
        LocalDate day = TicketFiles.freshDay();
        String p = TicketFiles.prefix();
        return TicketFiles.HEADER + p + "-1," + day + "T09:00:00+07:00,,,ID,NCS,JKT-1,chat,Refund,600,,,,,,\n";
    }

    @Test
    void anAnalystImportsTicketsAsTheRequestBody() throws Exception {
        mvc.perform(post("/api/v1/tickets/imports").with(httpBasic("analyst", "demo")).contentType("text/csv")
                        .content(goodFile()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/tickets/imports/\\d+")))
                .andExpect(jsonPath("$.ticketImport.status").value("COMPLETED"))
                .andExpect(jsonPath("$.ticketImport.rowsImported").value(1))
                .andExpect(jsonPath("$.ticketImport.source").value("API"));
    }

    @Test
    void aFileWithBadRowsAnswers422WithRowColumnAndReason() throws Exception {
        String file = TicketFiles.HEADER + "X-1,not-a-date,,,ID,NCS,JKT-1,chat,Refund,600,,,,,,\n";
        mvc.perform(post("/api/v1/tickets/imports?mode=all-or-nothing").with(httpBasic("admin", "demo"))
                        .contentType("text/csv").content(file))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.title").value("Import rejected"))
                .andExpect(jsonPath("$.rejectedRows[0].row").value(2))
                .andExpect(jsonPath("$.rejectedRows[0].column").value("created_at"));
    }

    @Test
    void goodRowsModeKeepsTheBadRowsForDownload() throws Exception {
        String file = goodFile() + "X-2,2025-01-01T00:00:00Z,,,ID,NCS,NOPE,chat,Refund,600,,,,,,\n";
        String location = mvc.perform(multipart("/api/v1/tickets/imports?mode=good-rows")
                        .file(new MockMultipartFile("file", "export.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("analyst", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ticketImport.rowsRejected").value(1))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location + "/rejected-rows").with(httpBasic("analyst", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("X-2,2025-01-01T00:00:00Z")))
                .andExpect(content().string(containsString(",3,site,'NOPE' is not a site of vendor NCS")));
    }

    @Test
    void badParametersAndOversizedFilesAreNamed() throws Exception {
        mvc.perform(post("/api/v1/tickets/imports?mode=sometimes").with(httpBasic("analyst", "demo")).contentType("text/csv").content(goodFile()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mode"));
        byte[] tooLarge = new byte[9 * 1024 * 1024]; // the test limit is 8 MB
        java.util.Arrays.fill(tooLarge, (byte) 'x');
        mvc.perform(post("/api/v1/tickets/imports").with(httpBasic("analyst", "demo")).contentType("text/csv").content(tooLarge))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value(containsString("larger than the import limit")));
        mvc.perform(post("/api/v1/order-volumes/imports").with(httpBasic("analyst", "demo")).contentType("text/csv")
                        .content("market,date\nID,2025-01-01\n"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("lacks the required column orders")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gtm", "sopeditor", "trainer", "vendorlead", "agent", "viewer"})
    void onlyAdminsAndAnalystsImport(String username) throws Exception {
        mvc.perform(post("/api/v1/tickets/imports").with(httpBasic(username, "demo")).contentType("text/csv").content(goodFile()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tickets/imports").with(httpBasic(username, "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/insights/imports").with(as(username))).andExpect(status().isForbidden());
    }

    @Test
    void anonymousCallersAreSentToSignIn() throws Exception {
        mvc.perform(post("/api/v1/tickets/imports").contentType("text/csv").content(goodFile())).andExpect(status().isUnauthorized());
        mvc.perform(get("/insights/imports")).andExpect(status().is3xxRedirection());
    }

    @Test
    void thePageUploadsAFileAndShowsTheOutcome() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "week.csv", "text/csv", goodFile().getBytes(StandardCharsets.UTF_8));
        String target = mvc.perform(multipart("/insights/imports").file(file).param("kind", "tickets").param("mode", "good-rows")
                        .with(as("analyst")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/insights/imports/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(target).with(as("analyst")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Completed")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">COMPLETED<"))))
                .andExpect(content().string(containsString("week.csv")));
        mvc.perform(multipart("/insights/imports").file(file).with(as("analyst"))).andExpect(status().isForbidden());
        mvc.perform(get("/insights/imports").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("week.csv")));
        mvc.perform(get("/insights/imports/999999").with(as("admin"))).andExpect(status().isNotFound());
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }
}
