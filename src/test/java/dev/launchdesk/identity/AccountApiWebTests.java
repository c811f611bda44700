package dev.launchdesk.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.ObjectMapper;

@SpringBootTest
@AutoConfigureMockMvc
class AccountApiWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void aTokenWorksButCannotIssueFurtherTokens() throws Exception {
        String answer = mvc.perform(post("/api/v1/me/tokens").with(httpBasic("analyst", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"one day\",\"validDays\":1}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String secret = json.readTree(answer).get("secret").asText();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/me/tokens").header("Authorization", "Bearer " + secret).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"forever\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPasswordOfMoreThan72BytesIsRefusedNotCrashed() throws Exception {
        String thai = "ก".repeat(30);
        mvc.perform(post("/api/v1/users").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"long-pass\",\"displayName\":\"Long\",\"role\":\"VIEWER\",\"password\":\"" + thai + "\"}"))
                .andExpect(status().isBadRequest());
    }
}
