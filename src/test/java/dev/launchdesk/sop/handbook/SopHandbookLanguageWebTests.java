package dev.launchdesk.sop.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/**
 * A market's handbook comes in each of its languages: Thailand's in Thai and in English. An SOP written in English
 * shows its imported Thai translation in the Thai handbook, passage by passage; passages without an up-to-date
 * translation stay in English and are marked.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SopHandbookLanguageWebTests {

    private static final Pattern PLAIN_UNIT = Pattern.compile(
            "<unit id=\"([^\"]+)\">(?:(?!</unit>).)*?<segment state=\"initial\">\\s*<source>([^<]+)</source>", Pattern.DOTALL);
    private static final String THAI_PASSAGE = "เจ้าหน้าที่ต้องตรวจสอบข้อมูลก่อนตอบผู้ขายทุกครั้ง";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    SopLibrary library;

    @Test
    void thailandsHandbookInThaiShowsTheImportedTranslationAndMarksWhatIsStillEnglish() throws Exception {
        SopDocument variant = variant("SPS-CMP-004", "TH");
        String xliff = mvc.perform(post("/api/v1/sops/" + variant.id() + "/translations/th/exports").with(httpBasic("sopeditor", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher unit = PLAIN_UNIT.matcher(xliff);
        assertThat(unit.find()).as("a unit without inline codes in %s", xliff).isTrue();
        String englishSource = unit.group(2);
        String translated = xliff.substring(0, unit.start()) + unit.group().replace("state=\"initial\"", "state=\"translated\"")
                + "\n        <target>" + THAI_PASSAGE + "</target>" + xliff.substring(unit.end());
        mvc.perform(post("/api/v1/sops/" + variant.id() + "/translations/th/xliff").with(httpBasic("sopeditor", "demo"))
                        .contentType("application/xliff+xml").content(translated.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk());

        String thai = mvc.perform(get("/api/v1/sop-handbooks/TH.html?language=th").with(httpBasic("gtm", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String chapter = chapterOf(thai, "SPS-CMP-004");
        assertThat(thai).contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"th\">", "<h1>สารบัญ</h1>", "<title>คู่มือฝ่ายสนับสนุนผู้ขาย — Thailand</title>");
        assertThat(chapter).contains(THAI_PASSAGE, "<span class=\"untranslated\" lang=\"en\">", "ยังไม่ได้แปลเป็นภาษาไทย จึงแสดงเป็นภาษาอังกฤษ")
                .doesNotContain("<span class=\"untranslated\" lang=\"en\">" + englishSource + "</span>");
        assertThat(chapterOf(thai, "SPS-ACC-001")).as("an SOP with no Thai translation at all").contains("<article class=\"sop\" id=\"sop-sps-acc-001\" lang=\"en\">",
                "ยังไม่ได้แปลเป็นภาษาไทย จึงแสดงเป็นภาษาอังกฤษ ซึ่งเป็นภาษาต้นฉบับ");

        byte[] pdf = mvc.perform(get("/api/v1/sop-handbooks/TH.pdf?language=th").with(httpBasic("gtm", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(THAI_PASSAGE, "สารบัญ", "คู่มือฝ่ายสนับสนุนผู้ขาย");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("th");
        }

        String english = mvc.perform(get("/api/v1/sop-handbooks/TH.html?language=en").with(httpBasic("gtm", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("lang=\"en\">", "<h1>Contents</h1>", englishSource).doesNotContain(THAI_PASSAGE, "class=\"untranslated\"");
    }

    @Test
    void aLanguageTheMarketDoesNotUseIsRefusedNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/sop-handbooks/TH.pdf?language=de").with(httpBasic("gtm", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("language"));

        String page = mvc.perform(get("/sops/handbooks/download?market=TH&language=de&format=pdf").with(user(users.loadUserByUsername("gtm"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("&#39;de&#39; is not a language of this market; choose one of th, en.", "<option value=\"TH\" selected=\"selected\">");

        mvc.perform(get("/sops/handbooks/download?market=th&language=th&format=pdf").with(user(users.loadUserByUsername("gtm"))))
                .andExpect(redirectedUrl("/sops/handbooks/TH.pdf?language=th"));
    }

    private static String chapterOf(String html, String key) {
        int start = html.indexOf("<article class=\"sop\" id=\"sop-" + key.toLowerCase() + "\"");
        assertThat(start).as("chapter %s", key).isNotNegative();
        return html.substring(start, html.indexOf("</article>", start));
    }

    private SopDocument variant(String key, String market) {
        SopDocument master = library.masters().stream().map(SopLibrary.MasterRow::document).filter(d -> d.key().equals(key))
                .findFirst().orElseThrow();
        return library.variantsOf(master.id(), VendorScope.all()).stream().filter(v -> market.equals(v.marketCode()) && v.vendorId() == null)
                .findFirst().orElseThrow();
    }
}
