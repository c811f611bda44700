package dev.launchdesk.insight;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RootCauseApiWebTests {

    /** Refund tickets at vendor A in Indonesia tripled; everything else is on forecast. */
    static final String CUBE = """
            market,vendor,category,real,predict
            ID,A,refund,300,100
            ID,A,late,100,100
            ID,B,refund,100,100
            ID,B,late,100,100
            MY,A,refund,100,100
            MY,A,late,100,100
            MY,B,refund,100,100
            MY,B,late,100,100
            """;

    @Autowired
    MockMvc mvc;

    @Test
    void findsTheLeafBehindTheSpikeFromACsvBody() throws Exception {
        mvc.perform(post("/api/v1/insights/rca").with(httpBasic("analyst", "demo")).contentType("text/csv").content(CUBE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rootCauses.length()").value(1))
                .andExpect(jsonPath("$.rootCauses[0].dimensions.market").value("ID"))
                .andExpect(jsonPath("$.rootCauses[0].dimensions.vendor").value("A"))
                .andExpect(jsonPath("$.rootCauses[0].dimensions.category").value("refund"))
                .andExpect(jsonPath("$.rootCauses[0].explains").value(1.0));
    }

    @Test
    void acceptsAMultipartUpload() throws Exception {
        mvc.perform(multipart("/api/v1/insights/rca").file(new MockMultipartFile("file", "cube.csv", "text/csv", CUBE.getBytes()))
                        .with(httpBasic("gtm", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leaves").value(8));
    }

    @Test
    void namesTheRowAndColumnOfBadInput() throws Exception {
        mvc.perform(post("/api/v1/insights/rca").with(httpBasic("analyst", "demo")).contentType("text/csv")
                        .content("market,real,predict\nID,12,abc\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("predict"));
    }

    @Test
    void isForAnalystsAndManagersOnly() throws Exception {
        mvc.perform(post("/api/v1/insights/rca").with(httpBasic("agent", "demo")).contentType("text/csv").content(CUBE))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/insights/rca").contentType("text/csv").content(CUBE)).andExpect(status().isUnauthorized());
    }
}
