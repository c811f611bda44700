package dev.launchdesk.sop.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;

/** Handbook downloads and the XLIFF exchange through the pages and the API. */
@SpringBootTest
@AutoConfigureMockMvc
class SopExportWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    SopLibrary library;

    private SopDocument variant(String key, String market) {
        SopDocument master = library.masters().stream().map(SopLibrary.MasterRow::document).filter(d -> d.key().equals(key))
                .findFirst().orElseThrow();
        return library.variantsOf(master.id(), VendorScope.all()).stream().filter(v -> market.equals(v.marketCode())).findFirst().orElseThrow();
    }

    @Test
    void aMarketHandbookIsAPdfWithEverySopInForceAndItsPolicyValues() throws Exception {
        mvc.perform(get("/sops/handbooks").with(user(users.loadUserByUsername("vendorlead")))).andExpect(status().isOk());
        mvc.perform(get("/sops/handbooks/download?market=id&format=pdf").with(user(users.loadUserByUsername("gtm"))))
                .andExpect(redirectedUrl("/sops/handbooks/ID.pdf"));
        byte[] pdf = mvc.perform(get("/api/v1/sop-handbooks/ID.pdf").with(httpBasic("gtm", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("SPS-RFD-001", "SPS-ACC-001", "Indonesia").doesNotContain("{{refund.window.days}}");
            // other tests add SOPs to the shared database, drafts among them: count the ones in force in Indonesia
            assertThat(document.getNumberOfPages()).isGreaterThan(library.inForceFor("ID", null).size());
        }
    }

    @Test
    void theHtmlHandbookUsesTheMarketVariantAndResolvesParameters() throws Exception {
        String html = mvc.perform(get("/api/v1/sop-handbooks/ID.html").with(httpBasic("agent", "demo")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("SiCepat").contains("15 days").doesNotContain("{{");
        mvc.perform(get("/api/v1/sop-handbooks/ID.docx").with(httpBasic("gtm", "demo"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/sop-handbooks/XX.pdf").with(httpBasic("gtm", "demo"))).andExpect(status().isNotFound());
    }

    @Test
    void editorsExchangeXliffAndBadFilesAreRejectedWithTheProblemsNamed() throws Exception {
        SopDocument th = variant("SPS-LOG-002", "MY");
        mvc.perform(get("/api/v1/sops/" + th.id() + "/translations").with(httpBasic("viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].language").value(org.hamcrest.Matchers.containsInAnyOrder("ms", "zh")));
        mvc.perform(post("/api/v1/sops/" + th.id() + "/translations/ms/exports").with(httpBasic("viewer", "demo"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sops/" + th.id() + "/translations/ms/exports").with(httpBasic("sopeditor", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/xliff+xml"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("trgLang=\"ms\"")));
        mvc.perform(post("/api/v1/sops/" + th.id() + "/translations/ms/xliff").with(httpBasic("sopeditor", "demo"))
                        .contentType("application/xliff+xml")
                        .content("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xliff>&e;</xliff>"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].kind").value("DOCTYPE_FORBIDDEN"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("root:"))));
        mvc.perform(post("/api/v1/sops/" + th.id() + "/translations/de/exports").with(httpBasic("sopeditor", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("language"));
    }
}
