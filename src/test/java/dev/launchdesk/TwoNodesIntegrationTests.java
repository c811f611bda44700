package dev.launchdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.launchdesk.insight.anomaly.ScheduledScanOnNode;
import dev.launchdesk.insight.ingest.InboxOnNode;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.Role;
import dev.launchdesk.sop.authoring.NewSopForm;
import dev.launchdesk.sop.authoring.SopAuthoring;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.search.SopSearch;
import dev.launchdesk.sop.search.SopQuery;

/**
 * Two app nodes on one database behave as one: each is a whole application (own web server on a random port, own
 * search index folder) on the database of the test run (H2 in memory, shared within the JVM; PostgreSQL in the
 * postgres run), watching one shared inbox folder. A scheduled job runs on one node only; a file in the inbox is
 * imported by exactly one node; an SOP published on one node is found on the other within seconds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIntegrationTests {

    record TestActor(UUID userId, String username, String displayName, Role role) implements Actor {
        @Override
        public Optional<UUID> vendorId() {
            return Optional.empty();
        }
    }

    static final Actor PUTRI = new TestActor(UUID.randomUUID(), "putri", "Putri", Role.SOP_EDITOR);
    static final Actor AISHA = new TestActor(UUID.randomUUID(), "aisha", "Aisha", Role.ADMIN);

    @TempDir
    static Path inbox;

    ConfigurableApplicationContext nodeA;
    ConfigurableApplicationContext nodeB;

    @BeforeAll
    void startTwoNodes() {
        nodeA = node("a");
        nodeB = node("b");
    }

    @AfterAll
    void stopThem() {
        Stream.of(nodeB, nodeA).filter(n -> n != null).forEach(ConfigurableApplicationContext::close);
    }

    private ConfigurableApplicationContext node(String name) {
        // command-line arguments: they override the configuration files, as on a real node
        return new SpringApplicationBuilder(LaunchDeskApplication.class).run(
                "--server.port=0",
                "--launchdesk.search.index-folder=target/search-index/node-" + name + "-" + UUID.randomUUID(),
                "--launchdesk.insight.import.watch-folder=" + inbox,
                "--launchdesk.insight.import.watch-every=PT1H",
                "--launchdesk.search.follow-every=PT1S");
    }

    @Test
    void aScheduledJobRunsOnOneNodeOnly() {
        long scansBefore = ScheduledScanOnNode.scans(nodeA) + ScheduledScanOnNode.scans(nodeB);

        ScheduledScanOnNode.run(nodeA);
        ScheduledScanOnNode.run(nodeB);

        assertThat(ScheduledScanOnNode.scans(nodeA) + ScheduledScanOnNode.scans(nodeB) - scansBefore)
                .as("the second node finds the hourly scan's lock taken").isEqualTo(1);
    }

    @Test
    void eachFileOfTheInboxIsImportedByExactlyOneNode() throws Exception {
        for (int i = 0; i < 6; i++) {
            InboxOnNode.drop(inbox, "export-" + i + ".csv");
        }
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<List<String>> byA = CompletableFuture.supplyAsync(() -> pollTogether(nodeA, together));
        CompletableFuture<List<String>> byB = CompletableFuture.supplyAsync(() -> pollTogether(nodeB, together));

        List<String> imported = new ArrayList<>(byA.get());
        imported.addAll(byB.get());

        assertThat(imported).containsExactlyInAnyOrder("export-0.csv COMPLETED", "export-1.csv COMPLETED", "export-2.csv COMPLETED",
                "export-3.csv COMPLETED", "export-4.csv COMPLETED", "export-5.csv COMPLETED");
        try (Stream<Path> done = Files.list(inbox.resolve("tickets/done"))) {
            assertThat(done.filter(f -> f.toString().endsWith(".csv"))).hasSize(6);
        }
    }

    private static List<String> pollTogether(ConfigurableApplicationContext node, CyclicBarrier together) {
        try {
            together.await();
            return InboxOnNode.poll(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anSopPublishedOnOneNodeIsFoundOnTheOtherWithinSeconds() {
        String word = "brambleworth" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        SopAuthoring authoring = nodeA.getBean(SopAuthoring.class);
        String key = "TWO-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replaceAll("[^A-Z0-9]", "X") + "-001";
        SopDocument master = authoring.createMaster(new NewSopForm(key, "Seller " + word, "Account",
                "# Seller " + word + "\n## Steps\n1. Check the " + word + " form.\n", null), PUTRI);
        UUID version = nodeA.getBean(SopLibrary.class).versionsOf(master, AISHA).get(0).id();
        authoring.submit(version, PUTRI);
        authoring.approve(version, null, AISHA);
        authoring.publish(version, null, AISHA);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(nodeB.getBean(SopSearch.class)
                .search(SopQuery.of(word), AISHA).hits()).extracting(hit -> hit.versionId()).containsExactly(version.toString()));
    }
}
