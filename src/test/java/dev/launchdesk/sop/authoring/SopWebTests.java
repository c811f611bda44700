package dev.launchdesk.sop.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.library.SopVersion;
import dev.launchdesk.sop.variant.RegionalVariants;

/** Every SOP page renders for the roles that may see it; writes are refused to the others; the merge tool answers. */
@SpringBootTest
@AutoConfigureMockMvc
class SopWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    SopLibrary library;

    @Autowired
    RegionalVariants variants;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private SopLibrary.MasterRow refunds() {
        return library.masters().stream().filter(m -> m.document().key().equals("SPS-RFD-001")).findFirst().orElseThrow();
    }

    @Test
    void everySopPageRendersForAnEditor() throws Exception {
        SopLibrary.MasterRow master = refunds();
        SopDocument id = library.variantsOf(master.document().id(), VendorScope.all()).stream()
                .filter(v -> v.scope().equals("ID")).findFirst().orElseThrow();
        List<SopVersion> versions = library.versionsOf(id, (dev.launchdesk.shared.Actor) users.loadUserByUsername("admin"));
        SopVersion conflicted = versions.get(0);
        assertThat(conflicted.hasConflicts()).as("the demo data's pending master change conflicts in ID").isTrue();

        for (String page : List.of("/sops", "/sops/matrix", "/sops/due", "/sops/new", "/sops/" + master.document().id(), "/sops/" + id.id(),
                "/sops/versions/" + conflicted.id(), "/sops/versions/" + conflicted.id() + "/edit",
                "/sops/versions/" + conflicted.id() + "/resolve",
                "/sops/" + id.id() + "/diff?from=" + versions.get(1).id() + "&to=" + conflicted.id(),
                "/sops/" + id.id() + "/diff?mode=inline&from=" + versions.get(1).id() + "&to=" + conflicted.id())) {
            mvc.perform(get(page).with(as("sopeditor"))).andExpect(status().isOk());
        }
        mvc.perform(get("/sops/versions/" + conflicted.id() + "/resolve").with(as("sopeditor")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("J&amp;T or SiCepat")));
        mvc.perform(get("/sops/new").with(as("sopeditor")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"First version\"")));
        mvc.perform(get("/").with(as("sopeditor"))) // the home page's regions: region.* of the bundle
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<td>South-East Asia</td>")));
    }

    @Test
    void readersSeeSopsButCannotWrite() throws Exception {
        SopLibrary.MasterRow master = refunds();
        mvc.perform(get("/sops/" + master.document().id()).with(as("viewer"))).andExpect(status().isOk());
        mvc.perform(get("/sops/new").with(as("viewer"))).andExpect(status().isForbidden());
        mvc.perform(post("/sops/" + master.document().id() + "/revisions").with(as("trainer")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/sops/" + master.document().id() + "/revisions").with(as("sopeditor"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sops").with(httpBasic("analyst", "demo")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void vendorScopedUsersSeeOnlyPublishedVersions() throws Exception {
        SopLibrary.MasterRow master = refunds();
        SopDocument id = library.variantsOf(master.document().id(), VendorScope.all()).stream()
                .filter(v -> v.scope().equals("ID")).findFirst().orElseThrow();
        SopVersion draft = library.versionsOf(id, (dev.launchdesk.shared.Actor) users.loadUserByUsername("admin")).get(0);
        mvc.perform(get("/api/v1/sop-versions/" + draft.id()).with(httpBasic("agent", "demo"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sops/" + id.id()).with(httpBasic("agent", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[*].status").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("PUBLISHED"))));
    }

    @Test
    void theMergeToolAnswersLikeGit() throws Exception {
        mvc.perform(post("/api/v1/sop-merges/preview").with(httpBasic("sopeditor", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"base": "a\\nb\\nc\\nd\\ne\\n", "regional": "A\\nb\\nc\\nd\\ne\\n", "master": "a\\nb\\nc\\nd\\nE\\n"}
                                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clean").value(true))
                .andExpect(jsonPath("$.merged").value("A\nb\nc\nd\nE\n"))
                .andExpect(jsonPath("$.conflicts").isEmpty());
        mvc.perform(post("/api/v1/sop-merges/preview").with(httpBasic("sopeditor", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"base": "a\\nb\\n", "regional": "x\\nb\\n", "master": "y\\nb\\n"}
                                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clean").value(false))
                .andExpect(jsonPath("$.merged").value("<<<<<<< regional\nx\n=======\ny\n>>>>>>> master\nb\n"))
                .andExpect(jsonPath("$.conflicts[0].baseStart").value(1))
                .andExpect(jsonPath("$.conflicts[0].regional[0]").value("x"))
                .andExpect(jsonPath("$.conflicts[0].master[0]").value("y"));
        mvc.perform(post("/api/v1/sop-merges/preview").with(httpBasic("sopeditor", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"base\": \"a\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("regional", "master")));
    }

    @Test
    void publishingAConflictedMergeIsRefusedWithAClearMessage() throws Exception {
        SopDocument id = library.variantsOf(refunds().document().id(), VendorScope.all()).stream()
                .filter(v -> v.scope().equals("ID")).findFirst().orElseThrow();
        SopVersion draft = library.versionsOf(id, (dev.launchdesk.shared.Actor) users.loadUserByUsername("admin")).get(0);
        mvc.perform(post("/api/v1/sop-versions/" + draft.id() + "/submit").with(httpBasic("sopeditor", "demo")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("resolve the merge conflicts")));
        mvc.perform(post("/api/v1/sop-versions/" + UUID.randomUUID() + "/submit").with(httpBasic("sopeditor", "demo")))
                .andExpect(status().isNotFound());
    }
}
