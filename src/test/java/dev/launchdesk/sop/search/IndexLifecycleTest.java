package dev.launchdesk.sop.search;

import static dev.launchdesk.sop.search.SearchFixture.versionIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuild, upsert and remove, on disk and while searches run. */
class IndexLifecycleTest {

    @TempDir
    Path folder;
    SopSearchIndex index;

    @BeforeEach
    void indexCorpus() {
        index = SearchFixture.corpusIndex(folder);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void rebuildReplacesTheWholeContent() {
        assertThat(index.size()).isEqualTo(36);

        index.rebuild(SopCorpus.english().stream());

        assertThat(index.size()).isEqualTo(6);
        assertThat(index.search(SopQuery.of("คืนเงิน")).hits()).isEmpty();
        assertThat(versionIds(index.search(SopQuery.of("refund")))).startsWith("SG-RET-001");
    }

    @Test
    void rebuildKeepsOneVersionPerId() {
        SearchableSop first = SopCorpus.english().get(0);
        SearchableSop renamed = new SearchableSop(first.versionId(), first.sopKey(), "Chargebacks", first.category(),
                first.marketCode(), null, "en", "PUBLISHED", "Chargebacks only.", SopCorpus.EFFECTIVE);

        index.rebuild(Stream.of(first, renamed));

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.search(SopQuery.of("chargebacks")).hits()).extracting(SopSearchHit::title).containsExactly("Chargebacks");
    }

    @Test
    void upsertReplacesTheEntryOfTheSameVersion() {
        SearchableSop payouts = SopCorpus.english().get(5);
        index.upsert(new SearchableSop(payouts.versionId(), payouts.sopKey(), "Seller settlements", payouts.category(),
                payouts.marketCode(), null, "en", "PUBLISHED", "Settlements are paid every Friday.", SopCorpus.EFFECTIVE));

        assertThat(versionIds(index.search(SopQuery.of("settlements")))).containsExactly("SG-PAY-006");
        assertThat(versionIds(index.search(SopQuery.of("payout failed")))).doesNotContain("SG-PAY-006");
        assertThat(index.size()).isEqualTo(36);
    }

    @Test
    void removeTakesTheVersionOut() {
        index.remove("SG-PAY-006");
        index.remove("no-such-version");

        assertThat(versionIds(index.search(SopQuery.of("payout")))).doesNotContain("SG-PAY-006");
        assertThat(index.size()).isEqualTo(35);
    }

    @Test
    void theIndexSurvivesARestart() throws IOException {
        index.remove("SG-PAY-006");
        index.close();

        index = new SopSearchIndex(new SopSearchSettings(folder));

        assertThat(index.size()).isEqualTo(35);
        assertThat(versionIds(index.search(SopQuery.of("refunding")))).startsWith("SG-RET-001");
    }

    @Test
    void aRebuildLeavesOneGenerationOnDisk() throws IOException {
        index.rebuild(SopCorpus.thai().stream());
        index.rebuild(SopCorpus.spanish().stream());

        try (Stream<Path> children = Files.list(folder)) {
            assertThat(children.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("CURRENT", "generation-4");
        }
    }

    @Test
    void searchesAnswerFromTheOldContentWhileARebuildRuns() throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        CompletableFuture<Void> rebuild = CompletableFuture.runAsync(() -> index.rebuild(
                pausedAfterFirst(SopCorpus.spanish(), halfway, goOn)));
        assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(versionIds(index.search(SopQuery.of("refunding")))).startsWith("SG-RET-001");
        assertThat(index.size()).isEqualTo(36);

        goOn.countDown();
        rebuild.get(10, TimeUnit.SECONDS);
        assertThat(index.search(SopQuery.of("refunding")).hits()).isEmpty();
        assertThat(index.size()).isEqualTo(6);
    }

    @Test
    void writesDuringARebuildAreKept() throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        CompletableFuture<Void> rebuild = CompletableFuture.runAsync(() -> index.rebuild(
                pausedAfterFirst(SopCorpus.spanish(), halfway, goOn)));
        assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();

        index.upsert(new SearchableSop("SG-NEW-1", "NEW-1", "Chargebacks", "Payments", "SG", null, "en", "PUBLISHED",
                "A bank reversed the payment.", SopCorpus.EFFECTIVE));
        index.remove("MX-PAY-006");
        assertThat(versionIds(index.search(SopQuery.of("chargebacks")))).containsExactly("SG-NEW-1");

        goOn.countDown();
        rebuild.get(10, TimeUnit.SECONDS);
        assertThat(versionIds(index.search(SopQuery.of("chargebacks")))).containsExactly("SG-NEW-1");
        assertThat(versionIds(index.search(SopQuery.of("pagos retenidos")))).doesNotContain("MX-PAY-006");
        assertThat(index.size()).isEqualTo(6);
    }

    @Test
    void aFailedRebuildKeepsTheOldContent() throws IOException {
        Stream<SearchableSop> failing = Stream.concat(SopCorpus.thai().stream(),
                Stream.<SearchableSop>generate(() -> {
                    throw new IllegalStateException("database gone");
                }).limit(1));

        assertThatThrownBy(() -> index.rebuild(failing)).hasMessage("database gone");

        assertThat(index.size()).isEqualTo(36);
        assertThat(versionIds(index.search(SopQuery.of("refunding")))).startsWith("SG-RET-001");
        try (Stream<Path> children = Files.list(folder)) {
            assertThat(children.filter(Files::isDirectory)).hasSize(1);
        }
    }

    /** The SOPs, pausing after the first until {@code goOn}, having signalled {@code halfway}. */
    private static Stream<SearchableSop> pausedAfterFirst(List<SearchableSop> sops, CountDownLatch halfway, CountDownLatch goOn) {
        return sops.stream().peek(sop -> {
            if (sop != sops.get(0)) {
                return;
            }
            halfway.countDown();
            try {
                goOn.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
