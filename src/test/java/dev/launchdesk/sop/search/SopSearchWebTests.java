package dev.launchdesk.sop.search;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Search over the demo SOP library through the page and the API. */
@SpringBootTest
@AutoConfigureMockMvc
class SopSearchWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void anAgentFindsTheLocalProcedureInOneQuery() throws Exception {
        mvc.perform(get("/api/v1/sop-search").param("q", "SiCepat pickup receipt").param("market", "ID").with(httpBasic("agent", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].sopKey").value("SPS-RFD-001"))
                .andExpect(jsonPath("$.hits[0].marketCode").value("ID"))
                .andExpect(jsonPath("$.hits[0].snippet").value(Matchers.containsString("<mark>")));
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() throws Exception {
        mvc.perform(get("/api/v1/sop-search").param("q", "refunding").param("market", "GLOBAL").with(httpBasic("viewer", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[*].sopKey").value(Matchers.hasItem("SPS-RFD-001")));
    }

    @Test
    void filtersAndOddInputNeverFail() throws Exception {
        mvc.perform(get("/api/v1/sop-search").param("q", "voucher").param("category", "Campaigns").with(httpBasic("gtm", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[*].category").value(Matchers.everyItem(Matchers.is("Campaigns"))));
        for (String odd : new String[] {"\"", "AND", "*", "(", "", "title:[a TO", "<script>"}) {
            mvc.perform(get("/api/v1/sop-search").param("q", odd).with(httpBasic("gtm", "demo"))).andExpect(status().isOk());
        }
    }

    @Test
    void theSearchPageShowsHighlightedSnippets() throws Exception {
        mvc.perform(get("/sops/search").param("q", "lost parcel").with(user(users.loadUserByUsername("trainer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("SPS-LOG-001")))
                .andExpect(content().string(Matchers.containsString("<mark>")));
        mvc.perform(get("/sops/search").with(user(users.loadUserByUsername("agent")))).andExpect(status().isOk());
    }

    @Test
    void anAgentFindsTheIndonesianTextWithAnIndonesianQuery() throws Exception {
        String page = mvc.perform(get("/sops/search").param("q", "paket hilang").with(user(users.loadUserByUsername("agent"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page).as("the agent's own market, Indonesia, searched by default")
                .contains("SPS-LOG-001", "<mark>paket</mark> <mark>hilang</mark>");
        mvc.perform(get("/api/v1/sop-search").param("q", "pengembalian dana pembeli kurir").param("market", "ID").with(httpBasic("agent", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[0].sopKey").value("SPS-LOG-001"))
                .andExpect(jsonPath("$.hits[0].language").value("id"))
                .andExpect(jsonPath("$.hits[0].title").value("Klaim paket hilang ke kurir"))
                .andExpect(jsonPath("$.hits[0].snippet").value(Matchers.containsString("<mark>")));
    }

    @Test
    void anAgentsHitOpensTheReadingViewOfTheSopInForceForThemAnEditorsTheSopPage() throws Exception {
        String agentPage = mvc.perform(get("/sops/search").param("q", "paket hilang").with(user(users.loadUserByUsername("agent"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String link = firstHitLink(agentPage);
        org.assertj.core.api.Assertions.assertThat(link).startsWith("/sops/read/");
        String reading = mvc.perform(get(link.replace("&amp;", "&")).with(user(users.loadUserByUsername("agent"))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        org.assertj.core.api.Assertions.assertThat(reading).startsWith("/my/sops/");
        mvc.perform(get(reading).with(user(users.loadUserByUsername("agent"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Klaim paket hilang ke kurir")))
                .andExpect(content().string(Matchers.containsString("I have read it")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Versions"))));

        String viewerPage = mvc.perform(get("/sops/search").param("q", "paket hilang").param("market", "ID")
                        .with(user(users.loadUserByUsername("viewer"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(get(firstHitLink(viewerPage).replace("&amp;", "&")).with(user(users.loadUserByUsername("viewer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Klaim paket hilang ke kurir")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("I have read it"))));

        String editorPage = mvc.perform(get("/sops/search").param("q", "paket hilang").param("market", "ID")
                        .with(user(users.loadUserByUsername("sopeditor"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(firstHitLink(editorPage)).startsWith("/sops/versions/");
    }

    /** The link of the first search hit on the page. */
    private static String firstHitLink(String page) {
        java.util.regex.Matcher hit = java.util.regex.Pattern.compile("class=\"card search-hit\">\\s*<h2[^>]*>\\s*<a[^>]*href=\"([^\"]+)\"")
                .matcher(page);
        org.assertj.core.api.Assertions.assertThat(hit.find()).as("a hit on the page").isTrue();
        return hit.group(1);
    }

    @Test
    void onlyAdminsRebuildTheIndex() throws Exception {
        mvc.perform(post("/api/v1/sop-search/rebuild").with(httpBasic("gtm", "demo"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sop-search/rebuild").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries").value(Matchers.greaterThan(100)));
    }
}
