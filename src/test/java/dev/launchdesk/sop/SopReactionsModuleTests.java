package dev.launchdesk.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.Role;
import dev.launchdesk.sop.authoring.DraftForm;
import dev.launchdesk.sop.authoring.NewSopForm;
import dev.launchdesk.sop.authoring.SopAuthoring;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.library.SopVersion;
import dev.launchdesk.sop.library.VersionOrigin;
import dev.launchdesk.sop.search.SopQuery;
import dev.launchdesk.sop.search.SopSearch;
import dev.launchdesk.sop.search.SopSearchHit;
import dev.launchdesk.sop.variant.RegionalVariants;

/**
 * The SOP module's reactions to a publication, in a context of the SOP module and what it depends on: a master's
 * publication proposes drafts to its variants in the publishing transaction; the search index follows a publication
 * after it has committed, and replaying a publication, even an old one after a newer version went live, changes
 * nothing in the index. (The demo module and what it needs are included so the demo markets and users exist.)
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"demo", "identity", "insight", "notify", "shared", "training"})
class SopReactionsModuleTests {

    record TestActor(UUID userId, String username, String displayName, Role role) implements Actor {
        @Override
        public Optional<UUID> vendorId() {
            return Optional.empty();
        }
    }

    static final Actor PUTRI = new TestActor(UUID.randomUUID(), "putri", "Putri", Role.SOP_EDITOR);
    static final Actor AISHA = new TestActor(UUID.randomUUID(), "aisha", "Aisha", Role.ADMIN);

    @Autowired
    SopAuthoring authoring;

    @Autowired
    RegionalVariants variants;

    @Autowired
    SopLibrary library;

    @Autowired
    SopSearch search;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMasterPublicationIsProposedToItsVariantsInTheSameTransaction(Scenario scenario) {
        SopDocument master = authoring.createMaster(new NewSopForm(key(), "Courier claims", "Logistics", body("courier claims"), null), PUTRI);
        steps().publish(steps().latest(master).id());
        SopDocument gb = variants.derive(master.id(), "GB", null, PUTRI);
        steps().publish(steps().latest(gb).id());
        SopVersion v2 = steps().revise(master, body("courier claims with the parcel photo"));

        scenario.stimulate(() -> steps().publish(v2.id()))
                .andWaitForEventOfType(SopVersionPublished.class)
                .matching(published -> published.versionId().equals(new SopVersionId(v2.id())))
                .toArriveAndVerify(published -> assertThat(steps().latest(gb)).satisfies(draft -> {
                    assertThat(draft.origin()).isEqualTo(VersionOrigin.PROPAGATED);
                    assertThat(draft.baseMasterVersionId()).isEqualTo(v2.id());
                    assertThat(draft.body()).contains("parcel photo");
                }));
    }

    @Test
    void aPublicationIsSearchableOnceItHasCommittedAndAReplayChangesNothing(Scenario scenario) {
        String word = "quillfeather" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9-]", "q");
        SopDocument master = authoring.createMaster(new NewSopForm(key(), "Seller " + word, "Account", body(word + " checks"), null), PUTRI);
        SopVersion v1 = steps().latest(master);

        scenario.stimulate(() -> steps().publish(v1.id()))
                .andWaitForStateChange(() -> hits(word), hits -> !hits.isEmpty())
                .andVerify(hits -> assertThat(hits).containsExactly(v1.id().toString()));

        SopVersion v2 = steps().revise(master, body(word + " checks twice"));
        scenario.stimulate(() -> steps().publish(v2.id()))
                .andWaitForStateChange(() -> hits(word), hits -> hits.contains(v2.id().toString()))
                .andVerify(hits -> assertThat(hits).containsExactly(v2.id().toString()));

        SopVersionPublished first = new SopVersionPublished(master.id(), new SopVersionId(v1.id()), master.key(), null, null, 1, v1.effectiveDate(), List.of());
        scenario.publish(first)
                .andWaitForStateChange(this::unfinishedPublications, unfinished -> unfinished == 0)
                .andVerify(unfinished -> assertThat(hits(word)).as("v1 superseded: not indexed again").containsExactly(v2.id().toString()));
    }

    private long unfinishedPublications() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and event_type like '%SopVersionPublished'")
                .query(Long.class).single();
    }

    private List<String> hits(String word) {
        return search.search(SopQuery.of(word), AISHA).hits().stream().map(SopSearchHit::versionId).toList();
    }

    private static String body(String what) {
        return "# " + what + "\n## Steps\n1. Open the order.\n2. Check the " + what + ".\n";
    }

    private static String key() {
        return "MOD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replaceAll("[^A-Z0-9]", "X") + "-001";
    }

    private SopSteps steps() {
        return new SopSteps(authoring, library, PUTRI, AISHA);
    }
}
