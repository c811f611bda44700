package dev.launchdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Guessing passwords is throttled per username and per client address, for the login form, HTTP Basic and API
 * tokens alike: after 5 wrong passwords for one user (or 20 failures from one address) sign-ins are refused for a
 * minute, doubling with each further failure, with a message saying how long to wait (429 for the API). The counts
 * live in the database, so every app node sees them. Each test uses its own users and client addresses.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInThrottleWebTests {

    private static final String PASSWORD = "Throttle check of 2026";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignInSettings settings;

    @Test
    void afterFiveWrongPasswordsTheLoginFormRefusesEvenTheRightOneAndSaysHowLongToWait() throws Exception {
        String username = user();
        RequestPostProcessor client = client();
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(username, "wrong guess " + i, client))
                    .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        }

        mvc.perform(login(username, PASSWORD, client))
                .andExpect(redirectedUrl("/login?locked=1")).andExpect(unauthenticated());
        mvc.perform(get("/login").param("locked", "1"))
                .andExpect(content().string(containsString("Too many failed sign-ins; try again in 1 minute.")));
        mvc.perform(login(user(), PASSWORD, client)).andExpect(authenticated());
    }

    @Test
    void httpBasicIsThrottledPerUserWith429AndRetryAfter() throws Exception {
        String username = user();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(username, "wrong guess " + i)).with(client())).andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(client()))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]?")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value("Too many failed sign-ins; try again in 1 minute."));
    }

    @Test
    void aSuccessfulSignInClearsTheUsersFailures() throws Exception {
        String username = user();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                mvc.perform(get("/api/v1/me").with(httpBasic(username, "wrong guess " + i)).with(client())).andExpect(status().isUnauthorized());
            }
            mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(client())).andExpect(status().isOk());
        }
    }

    @Test
    void oneAddressTryingManyUsernamesIsThrottledWhileOtherAddressesAreNot() throws Exception {
        RequestPostProcessor sprayer = client();
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic("nobody-" + UUID.randomUUID(), "Summer2026!")).with(sprayer))
                    .andExpect(status().isUnauthorized());
        }
        String username = user();

        mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(sprayer)).andExpect(status().isTooManyRequests());
        mvc.perform(login(username, PASSWORD, sprayer)).andExpect(redirectedUrl("/login?locked=1"));
        mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(client())).andExpect(status().isOk());
    }

    @Test
    void guessingApiTokensIsThrottledPerAddress() throws Exception {
        String token = issueToken(user());
        RequestPostProcessor guesser = client();
        for (int i = 0; i < 20; i++) {
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer ldt_" + UUID.randomUUID()).with(guesser))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token).with(guesser))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value("Too many failed sign-ins; try again in 1 minute."));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token).with(client())).andExpect(status().isOk());
    }

    @Test
    void anotherAppNodeOnTheSameDatabaseSeesTheLock() throws Exception {
        String username = user();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(username, "wrong guess " + i)).with(client())).andExpect(status().isUnauthorized());
        }

        SignInThrottle otherNode = new SignInThrottle(jdbc, settings, Clock.systemUTC());
        assertThatThrownBy(() -> otherNode.checkAllowed(username, "192.0.2.99")).isInstanceOf(SignInThrottled.class);
        SignInThrottle aMinuteLater = new SignInThrottle(jdbc, settings, Clock.offset(Clock.systemUTC(), Duration.ofSeconds(61)));
        aMinuteLater.checkAllowed(username, "192.0.2.99");
    }

    @Test
    void eachFailureBeyondTheAllowedDoublesTheLockUpToFifteenMinutes() {
        SignInThrottle throttle = new SignInThrottle(jdbc, settings, Clock.systemUTC());

        assertThat(throttle.lockFor(4, 5)).isEmpty();
        assertThat(throttle.lockFor(5, 5)).contains(Duration.ofMinutes(1));
        assertThat(throttle.lockFor(6, 5)).contains(Duration.ofMinutes(2));
        assertThat(throttle.lockFor(8, 5)).contains(Duration.ofMinutes(8));
        assertThat(throttle.lockFor(9, 5)).contains(Duration.ofMinutes(15));
        assertThat(throttle.lockFor(483, 5)).contains(Duration.ofMinutes(15));
    }

    /** The login form as a browser posts it, from this client. */
    private static MockHttpServletRequestBuilder login(String username, String password, RequestPostProcessor client) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(client);
    }

    /** A fresh user with a strong password, created by the admin. */
    private String user() throws Exception {
        String username = "t" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/v1/users").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"displayName\":\"Throttle Check\",\"role\":\"VIEWER\",\"password\":\""
                                + PASSWORD + "\"}"))
                .andExpect(status().isCreated());
        return username;
    }

    private String issueToken(String username) throws Exception {
        String answer = mvc.perform(post("/api/v1/me/tokens").with(httpBasic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"throttle check\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return answer.replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
    }

    /** A client address of its own (TEST-NET-3, never routed), so tests do not share counts. */
    private static RequestPostProcessor client() {
        String address = "203.0.113." + (ADDRESSES.incrementAndGet() % 250 + 1);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
