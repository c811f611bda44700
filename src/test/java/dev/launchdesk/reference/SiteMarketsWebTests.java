package dev.launchdesk.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import dev.launchdesk.sop.acknowledgement.AcknowledgementDesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sites serve markets besides their own: the demo's story is "Malaysia × Lumen's Manila team", so the vendors page,
 * the vendor's page, the market's page and the API say that Manila (PH) serves MY, GB and US.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SiteMarketsWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ObjectMapper json;

    @Autowired
    AgentDirectory agents;

    @Autowired
    AcknowledgementDesk acknowledgements;

    @Test
    void theVendorsPagesShowWhichMarketsEachSiteServes() throws Exception {
        String vendors = page("/vendors", "gtm");
        assertThat(row(vendors, "Manila Ortigas")).contains(">PH<", "href=\"/markets/MY\"", "href=\"/markets/GB\"", "href=\"/markets/US\"");
        assertThat(row(vendors, "Jakarta Sudirman")).doesNotContain("href=\"/markets/MY\"");

        JsonNode manila = manila();
        assertThat(manila.get("marketCode").asText()).isEqualTo("PH");
        assertThat(manila.get("servesMarkets").toString()).isEqualTo("[\"GB\",\"MY\",\"US\"]");
        String lumen = page("/vendors/" + manila.get("vendorId").asText(), "gtm");
        assertThat(row(lumen, "Manila Ortigas")).contains("href=\"/markets/MY\"", "href=\"/markets/GB\"", "href=\"/markets/US\"");

        assertThat(page("/markets/MY", "gtm")).contains("Delivery sites serving this market", "Manila Ortigas", "(site in PH)", "Kuala Lumpur Bangsar");
    }

    @Test
    void aSiteRecordsTheMarketsItServesAndRefusesUnknownOnes() throws Exception {
        String vendor = json.readTree(mvc.perform(post("/api/v1/vendors").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"SM" + unique() + "\", \"name\": \"Served markets " + unique() + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asText();
        String created = mvc.perform(post("/api/v1/vendors/" + vendor + "/sites").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"CEB-1\", \"name\": \"Cebu\", \"marketCode\": \"PH\", \"languages\": \"en\", \"servesMarkets\": \"sg, MY, PH\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.servesMarkets[0]").value("MY"))
                .andExpect(jsonPath("$.servesMarkets[1]").value("SG"))
                .andExpect(jsonPath("$.servesMarkets.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        String site = json.readTree(created).get("id").asText();

        mvc.perform(put("/api/v1/sites/" + site).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"CEB-1\", \"name\": \"Cebu\", \"marketCode\": \"PH\", \"languages\": \"en\", \"servesMarkets\": \"MY, XX\", \"version\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("servesMarkets"))
                .andExpect(jsonPath("$.errors[0].message").value("market XX does not exist"));
        mvc.perform(put("/api/v1/sites/" + site).with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"CEB-1\", \"name\": \"Cebu\", \"marketCode\": \"PH\", \"languages\": \"en\", \"servesMarkets\": \"\", \"version\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.servesMarkets.length()").value(0));
    }

    @Test
    void theManilaTeamReadsAndAcknowledgesMalaysiasSopsBecauseItServesMalaysia() throws Exception {
        String myRefunds = sopVariant("SPS-RFD-001", "MY");
        String progress = page("/sops/" + myRefunds + "/acknowledgements", "gtm");
        assertThat(progress).as("agents who must read Malaysia's refund SOP").contains("Lumen BPO · Manila Ortigas", "Nusantara Contact Solutions · Kuala Lumpur Bangsar");
        String idRefunds = sopVariant("SPS-RFD-001", "ID");
        assertThat(page("/sops/" + idRefunds + "/acknowledgements", "gtm")).doesNotContain("Manila Ortigas");
    }

    @Test
    void aManilaAgentReadsEachSopInForceOnceThoughTheSiteServesFourMarkets() throws Exception {
        AgentDirectory.AgentRef agent = agents.activeAgentsIn("PH").stream().filter(a -> a.siteName().equals("Manila Ortigas"))
                .findFirst().orElseThrow();
        List<AcknowledgementDesk.AgentSop> sops = acknowledgements.sopsOf(agent);
        // a master in force in PH, GB and US alike (none has a variant of it) is one SOP to read, not three
        assertThat(sops).extracting(s -> s.version().id()).doesNotHaveDuplicates();
        assertThat(sops).extracting(s -> s.document().id().toString()).contains(sopVariant("SPS-RFD-001", "MY"));
    }

    /** The id of the market's variant of a demo SOP, found through the API. */
    private String sopVariant(String key, String market) throws Exception {
        JsonNode masters = json.readTree(mvc.perform(get("/api/v1/sops").with(httpBasic("gtm", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        for (JsonNode master : masters.has("items") ? masters.get("items") : masters) {
            JsonNode document = master.has("document") ? master.get("document") : master;
            if (document.get("key").asText().equals(key)) {
                JsonNode variants = json.readTree(mvc.perform(get("/api/v1/sops/" + document.get("id").asText() + "/variants")
                        .with(httpBasic("gtm", "demo"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
                for (JsonNode variant : variants) {
                    if (market.equals(variant.get("marketCode").asText()) && variant.get("vendorId").isNull()) {
                        return variant.get("id").asText();
                    }
                }
            }
        }
        throw new AssertionError("no " + market + " variant of " + key);
    }

    private JsonNode manila() throws Exception {
        JsonNode sites = json.readTree(mvc.perform(get("/api/v1/sites").with(httpBasic("gtm", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        for (JsonNode site : sites) {
            if (site.get("code").asText().equals("MNL-1")) {
                return site;
            }
        }
        throw new AssertionError("no MNL-1 site in " + sites);
    }

    /** The table row of the page that names the site. */
    private static String row(String html, String site) {
        int at = html.indexOf(">" + site + "<");
        assertThat(at).as("%s on the page", site).isPositive();
        return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase().replaceAll("[^A-Z0-9]", "X");
    }
}
