package dev.launchdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The pages agents use speak the browser's language where LaunchDesk has it (Bahasa Indonesia, Thai), and English
 * otherwise; the other pages stay English. Only pages are read here: nothing is acknowledged.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgentLanguagesWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void mySopsInThaiIndonesianAndEnglish() throws Exception {
        assertThat(page(asAgent(get("/my/sops")).header(HttpHeaders.ACCEPT_LANGUAGE, "th-TH,th;q=0.9")))
                .contains("lang=\"th\"", "<h1>SOP ของฉัน</h1>", "ขั้นตอนที่มีผลบังคับใช้สำหรับ Nusantara Contact Solutions ใน ID", "ฉันอ่านแล้ว", "ออกจากระบบ")
                .doesNotContain("I have read it");
        assertThat(page(asAgent(get("/my/sops")).header(HttpHeaders.ACCEPT_LANGUAGE, "id")))
                .contains("lang=\"id\"", "<h1>SOP saya</h1>", "Prosedur yang berlaku untuk Nusantara Contact Solutions di ID.", "Sudah saya baca", "Keluar");
        assertThat(page(asAgent(get("/my/sops"))))
                .contains("lang=\"en\"", "<h1>My SOPs</h1>", "The procedures in force for Nusantara Contact Solutions in ID.", "I have read it", "Sign out");
        assertThat(page(asAgent(get("/my/sops")).header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE")))
                .as("a language LaunchDesk does not have").contains("lang=\"en\"", "<h1>My SOPs</h1>");
    }

    @Test
    void searchAndSignInInTheAgentsLanguages() throws Exception {
        assertThat(page(asAgent(get("/sops/search").param("q", "refund")).header(HttpHeaders.ACCEPT_LANGUAGE, "th")))
                .contains("<h1>ค้นหา SOP</h1>", "ขั้นตอนที่เผยแพร่แล้ว ในทุกภาษาที่มีการแปล", "มิลลิวินาที");
        assertThat(page(asAgent(get("/sops/search").param("q", "refund")).header(HttpHeaders.ACCEPT_LANGUAGE, "id")))
                .contains("<h1>Cari SOP</h1>", "hasil dalam");
        assertThat(page(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "id"))).contains("Masuk ke LaunchDesk", "Kata sandi");
        assertThat(page(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "th"))).contains("เข้าสู่ระบบ LaunchDesk", "รหัสผ่าน");
    }

    @Test
    void pagesOutsideTheAgentsOnesStayEnglish() throws Exception {
        assertThat(page(get("/markets").with(user(users.loadUserByUsername("viewer"))).header(HttpHeaders.ACCEPT_LANGUAGE, "th")))
                .as("navigation in Thai, the page itself in English").contains(">ตลาด</a>", "<h1>Markets</h1>");
    }

    private MockHttpServletRequestBuilder asAgent(MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername("agent")));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
