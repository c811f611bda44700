package dev.launchdesk.sop;

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
    void onlyAdminsRebuildTheIndex() throws Exception {
        mvc.perform(post("/api/v1/sop-search/rebuild").with(httpBasic("gtm", "demo"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sop-search/rebuild").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries").value(Matchers.greaterThan(100)));
    }
}
