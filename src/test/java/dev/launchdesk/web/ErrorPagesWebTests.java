package dev.launchdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.RequestDispatcher;

/**
 * What the servlet container's errors look like: the API's problem title is the bundle's {@code problem.web.status.<code>},
 * the page's heading is {@code error.<code>.title} in the reader's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ErrorPagesWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Test
    void anApiErrorIsTitledFromTheBundle() throws Exception {
        mvc.perform(error(404, "/api/v1/no-such-thing"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value(text("problem.web.status.404")))
                .andExpect(jsonPath("$.detail").value(text("problem.web.no-such-resource")));
        mvc.perform(error(405, "/api/v1/markets"))
                .andExpect(jsonPath("$.title").value(text("problem.web.status.405")))
                .andExpect(jsonPath("$.detail").value(text("problem.web.method-not-allowed")));
    }

    @Test
    void aCodeWithoutATextInTheBundleFallsBackToItsReasonPhrase() throws Exception {
        mvc.perform(error(418, "/api/v1/teapot"))
                .andExpect(jsonPath("$.title").value("I'm a teapot"))
                .andExpect(jsonPath("$.detail").value("I'm a teapot"));
    }

    @Test
    void aClientErrorWithoutItsOwnDetailIsDescribedByItsBundledTitle() throws Exception {
        mvc.perform(error(415, "/api/v1/markets"))
                .andExpect(jsonPath("$.title").value(text("problem.web.status.415")))
                .andExpect(jsonPath("$.detail").value(text("problem.web.status.415")));
    }

    @Test
    void thePageShowsTheBundledHeadingInTheReadersLanguage() throws Exception {
        assertThat(page(error(404, "/no-such-page").header(HttpHeaders.ACCEPT_LANGUAGE, "th"), 404))
                .contains("<h1>ไม่พบข้อมูล</h1>", "กลับไปหน้าแรก").doesNotContain("Not Found");
        assertThat(page(error(403, "/admin/nothing").header(HttpHeaders.ACCEPT_LANGUAGE, "id"), 403))
                .contains("<h1>Tidak diizinkan</h1>").doesNotContain("Forbidden");
        assertThat(page(error(404, "/no-such-page"), 404)).contains("<h1>" + messages.getMessage("error.404.title", null, Locale.ENGLISH) + "</h1>");
    }

    private String page(MockHttpServletRequestBuilder request, int code) throws Exception {
        return mvc.perform(request).andExpect(status().is(code)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder error(int code, String uri) {
        return get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code).requestAttr(RequestDispatcher.ERROR_REQUEST_URI, uri)
                .accept(MediaType.TEXT_HTML);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
