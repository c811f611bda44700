package dev.launchdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Files sent as the request body meet the same 20 MB cap as multipart uploads: a larger body is answered 413 with a
 * problem detail naming the limit, before it is read into memory, and nothing is written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UploadLimitWebTests {

    /** Just over 20 MB. */
    private static final int OVER_THE_CAP = 20 * 1024 * 1024 + 1;

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
            "/api/v1/agents/imports, text/csv, admin",
            "/api/v1/agents/imports, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, vendorlead",
            "/api/v1/insights/rca, text/csv, analyst",
            "/api/v1/sops/00000000-0000-0000-0000-000000000000/translations/id/xliff, application/xliff+xml, sopeditor",
            "/api/v1/sop-merges/preview, application/json, sopeditor"})
    void aBodyOverTwentyMegabytesIsAnswered413NamingTheLimit(String path, String contentType, String username) throws Exception {
        long auditBefore = new AdminApi(mvc).auditEntries();
        byte[] body = new byte[OVER_THE_CAP];
        Arrays.fill(body, (byte) 'a');

        mvc.perform(post(path).with(httpBasic(username, "demo")).contentType(contentType).content(body))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.detail").value(containsString("limit of 20 MB")))
                .andExpect(jsonPath("$.limitBytes").value(20 * 1024 * 1024));

        assertThat(new AdminApi(mvc).auditEntries()).isEqualTo(auditBefore);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/agents/imports", "/api/v1/insights/rca"})
    void aBodyUnderTheCapIsStillRead(String path) throws Exception {
        byte[] small = "not,a,valid\nfile,at,all\n".getBytes(StandardCharsets.UTF_8);

        mvc.perform(post(path).with(httpBasic("admin", "demo")).contentType("text/csv").content(small))
                .andExpect(status().isBadRequest());
    }
}
