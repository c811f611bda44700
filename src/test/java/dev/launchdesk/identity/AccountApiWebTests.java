package dev.launchdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.ObjectMapper;

@SpringBootTest
@AutoConfigureMockMvc
class AccountApiWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    UserDetailsService userDetails;

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
    void aTokenIssuedWithoutAValidityExpiresAfter90Days() throws Exception {
        String answer = mvc.perform(post("/api/v1/me/tokens").with(httpBasic("analyst", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"nightly export\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var token = json.readTree(answer).get("token");

        Instant created = Instant.parse(token.get("createdAt").asText());
        assertThat(token.get("expiresAt").isNull()).as("expiresAt is set").isFalse();
        assertThat(Duration.between(created, Instant.parse(token.get("expiresAt").asText()))).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void noTokenIsValidForMoreThanAYear() throws Exception {
        mvc.perform(post("/api/v1/me/tokens").with(httpBasic("analyst", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"forever\",\"validDays\":3650}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("validDays"))
                .andExpect(jsonPath("$.errors[0].message").value("must be between 1 and 366 days; leave it out for 90 days"));
        mvc.perform(post("/api/v1/me/tokens").with(httpBasic("analyst", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"a year\",\"validDays\":366}"))
                .andExpect(status().isCreated());
    }

    @Test
    void aTrivialPasswordIsRefusedForANewUserAndOnTheAccountPage() throws Exception {
        mvc.perform(post("/api/v1/users").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"trivial\",\"displayName\":\"Trivial\",\"role\":\"VIEWER\",\"password\":\"aaaaaaaaaa\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("is too easy to guess")));

        mvc.perform(post("/account/password").with(csrf()).with(user(userDetails.loadUserByUsername("viewer")))
                        .param("currentPassword", "demo").param("newPassword", "aaaaaaaaaa"))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("newPassword: is too easy to guess")));
        mvc.perform(get("/api/v1/me").with(httpBasic("viewer", "demo"))).andExpect(status().isOk());
    }

    @Test
    void aPasswordOfMoreThan72BytesIsRefusedNotCrashed() throws Exception {
        String thai = "ก".repeat(30);
        mvc.perform(post("/api/v1/users").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"long-pass\",\"displayName\":\"Long\",\"role\":\"VIEWER\",\"password\":\"" + thai + "\"}"))
                .andExpect(status().isBadRequest());
    }
}
