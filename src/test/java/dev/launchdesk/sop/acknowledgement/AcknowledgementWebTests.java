package dev.launchdesk.sop.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.library.SopStatus;

/** Agents read and acknowledge the SOPs in force for them; managers see who has not. */
@SpringBootTest
@AutoConfigureMockMvc
class AcknowledgementWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AcknowledgementDesk desk;

    @Autowired
    SopLibrary library;

    private Actor agent() {
        return (Actor) users.loadUserByUsername("agent");
    }

    private SopDocument variant(String key, String market) {
        SopDocument master = library.masters().stream().map(SopLibrary.MasterRow::document).filter(d -> d.key().equals(key))
                .findFirst().orElseThrow();
        return library.variantsOf(master.id(), VendorScope.all()).stream().filter(v -> market.equals(v.marketCode())).findFirst().orElseThrow();
    }

    @Test
    void anAgentSeesTheSopsInForceForTheirMarketAndAcknowledgesOnce() throws Exception {
        List<AcknowledgementDesk.AgentSop> sops = desk.sopsOf(desk.agentOf(agent()));
        // one per master that is in force anywhere; other tests add masters to the shared database, drafts among them
        assertThat(sops).hasSize((int) library.masters().stream().filter(m -> m.published() != null).count());
        assertThat(sops).allSatisfy(s -> assertThat(s.version().status()).isEqualTo(SopStatus.PUBLISHED));
        assertThat(sops).filteredOn(s -> s.document().key().equals("SPS-ACC-001")).singleElement()
                .satisfies(s -> assertThat(s.document().scope()).isEqualTo("ID"));
        AcknowledgementDesk.AgentSop first = sops.stream().filter(s -> s.acknowledgedAt() == null).findFirst().orElseThrow();

        mvc.perform(get("/my/sops").with(user(users.loadUserByUsername("agent")))).andExpect(status().isOk());
        mvc.perform(get("/my/sops/" + first.version().id()).with(user(users.loadUserByUsername("agent")))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/me/sops/" + first.version().id() + "/acknowledgement").with(httpBasic("agent", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledgedAt").isNotEmpty());
        mvc.perform(post("/my/sops/" + first.version().id() + "/acknowledgement").with(user(users.loadUserByUsername("agent"))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(desk.sopsOf(desk.agentOf(agent()))).filteredOn(s -> s.version().id().equals(first.version().id())).singleElement()
                .satisfies(s -> assertThat(s.acknowledgedAt()).isNotNull());
    }

    @Test
    void aVersionNotInForceForTheAgentCannotBeAcknowledged() throws Exception {
        SopDocument gb = variant("SPS-ACC-001", "GB");
        var version = library.published(gb.id()).orElseThrow();
        mvc.perform(post("/api/v1/me/sops/" + version.id() + "/acknowledgement").with(httpBasic("agent", "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me/sops").with(httpBasic("viewer", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/my/sops").with(user(users.loadUserByUsername("gtm")))).andExpect(status().isForbidden());
    }

    /** The problem an agent meets is in the language their browser asks for: agent-messages_id, agent-messages_th. */
    @Test
    void anAgentReadsTheProblemInTheirLanguage() throws Exception {
        var version = library.published(variant("SPS-ACC-001", "GB").id()).orElseThrow();
        String acknowledge = "/api/v1/me/sops/" + version.id() + "/acknowledgement";
        mvc.perform(post(acknowledge).with(httpBasic("agent", "demo")).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("SOP version in force for you " + version.id() + " was not found"));
        mvc.perform(post(acknowledge).with(httpBasic("agent", "demo")).header("Accept-Language", "id-ID,id;q=0.9"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Versi SOP yang berlaku untuk Anda " + version.id() + " tidak ditemukan"));
        mvc.perform(post(acknowledge).with(httpBasic("agent", "demo")).header("Accept-Language", "th"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("ไม่พบฉบับ SOP ที่มีผลสำหรับคุณ " + version.id()));
    }

    @Test
    void managersSeeWhoHasNotAcknowledgedPerSite() throws Exception {
        SopDocument id = variant("SPS-ACC-002", "ID");
        AcknowledgementDesk.Progress progress = desk.progress(id, VendorScope.all());
        assertThat(progress.total()).isGreaterThan(50);
        assertThat(progress.acknowledged()).isBetween(progress.total() / 2, progress.total() - 1);
        assertThat(progress.pending()).hasSize(progress.total() - progress.acknowledged())
                .anySatisfy(a -> assertThat(a.externalId()).isEqualTo("NCS-10001"));
        assertThat(progress.bySite().values().stream().mapToInt(c -> c[1]).sum()).isEqualTo(progress.total());

        mvc.perform(get("/sops/" + id.id() + "/acknowledgements").with(user(users.loadUserByUsername("gtm")))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/sops/" + id.id() + "/acknowledgements").with(httpBasic("vendorlead", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pending[*].vendorName").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("Nusantara Contact Solutions"))));
        mvc.perform(get("/api/v1/sops/" + id.id() + "/acknowledgements").with(httpBasic("agent", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sops/" + id.masterId() + "/acknowledgements").with(httpBasic("gtm", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "agents acknowledge the regional variants of SPS-ACC-002; ask for a variant's acknowledgements"));
    }
}
