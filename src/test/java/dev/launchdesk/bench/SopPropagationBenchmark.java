package dev.launchdesk.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

import dev.launchdesk.reference.MarketCatalog;
import dev.launchdesk.reference.MarketForm;
import dev.launchdesk.reference.PolicyParameterForm;
import dev.launchdesk.reference.Region;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.Role;
import dev.launchdesk.sop.authoring.DraftForm;
import dev.launchdesk.sop.authoring.NewSopForm;
import dev.launchdesk.sop.variant.RegionalVariants;
import dev.launchdesk.sop.authoring.SopAuthoring;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.markdown.SopParameters;
import dev.launchdesk.sop.translation.SopTranslationDesk;
import dev.launchdesk.sop.library.SopVersion;

/**
 * Benchmark, not a test (Surefire does not pick up *Benchmark): publishing one master change with 50 regional
 * variants of 5 translation languages each, end to end — approval, publication, the three-way merge into every
 * variant, the proposed drafts written, and the translation status of all 250 variant languages recomputed.
 * Run: {@code ./mvnw test -Dtest=SopPropagationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@SpringBootTest(properties = {"launchdesk.demo-data.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:propagation-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class SopPropagationBenchmark {

    record BenchActor(UUID userId, String username, String displayName, Role role) implements Actor {
        @Override
        public java.util.Optional<UUID> vendorId() {
            return java.util.Optional.empty();
        }
    }

    static final Actor EDITOR = new BenchActor(UUID.randomUUID(), "editor", "Editor", Role.SOP_EDITOR);
    static final Actor REVIEWER = new BenchActor(UUID.randomUUID(), "reviewer", "Reviewer", Role.ADMIN);
    static final int VARIANTS = 50;
    static final int ROUNDS = 7;

    @Autowired
    MarketCatalog markets;

    @Autowired
    SopAuthoring authoring;

    @Autowired
    RegionalVariants variants;

    @Autowired
    SopLibrary library;

    @Autowired
    SopTranslationDesk translations;

    @Test
    void publishOneMasterChangeIntoFiftyVariants() throws Exception {
        String body = stripFrontMatter(new ClassPathResource("demo/sops/SPS-RFD-001.md").getContentAsString(StandardCharsets.UTF_8));
        List<String> codes = Arrays.stream(Locale.getISOCountries()).filter(c -> !Set.of("ID", "MY", "TH", "GB", "US").contains(c))
                .limit(VARIANTS).toList();
        for (String code : codes) {
            markets.create(new MarketForm(code, "Market " + code, Region.EU, "UTC", "EUR", "en, fr, de, es, it, pt", null));
            for (String key : SopParameters.used(body)) {
                markets.recordParameter(code, new PolicyParameterForm(key, "14", LocalDate.of(2025, 1, 1), null));
            }
        }
        SopDocument master = authoring.createMaster(new NewSopForm("BENCH-RFD-001", "Refunds", "Returns & refunds", body, null), EDITOR);
        publish(latest(master).id());
        List<SopDocument> regional = new ArrayList<>();
        for (String code : codes) {
            SopDocument variant = variants.derive(master.id(), code, null, EDITOR);
            SopVersion draft = latest(variant);
            authoring.editDraft(draft.id(), new DraftForm(draft.title(), body.replaceFirst("\n", "\nLocal note for " + code + ".\n"), null,
                    draft.lockVersion()), EDITOR);
            publish(draft.id());
            regional.add(variant);
        }

        long[] publishMillis = new long[ROUNDS];
        long[] flagMillis = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            SopVersion revision = authoring.startRevision(master.id(), EDITOR);
            authoring.editDraft(revision.id(), new DraftForm("Refunds", body + "\nRevision " + round + " of the evidence rules.\n", null,
                    revision.lockVersion()), EDITOR);
            authoring.submit(revision.id(), EDITOR);
            long start = System.nanoTime();
            authoring.approve(revision.id(), null, REVIEWER);
            authoring.publish(revision.id(), null, REVIEWER);
            publishMillis[round] = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            int languages = regional.stream().mapToInt(v -> translations.statuses(v).size()).sum();
            flagMillis[round] = (System.nanoTime() - start) / 1_000_000;
            if (languages != VARIANTS * 5) {
                throw new IllegalStateException("expected " + VARIANTS * 5 + " variant languages, got " + languages);
            }
            for (SopDocument variant : regional) {
                SopVersion proposed = latest(variant);
                if (proposed.hasConflicts() || proposed.baseMasterVersionId() == null) {
                    throw new IllegalStateException("propagation did not give a clean draft for " + variant.scope());
                }
            }
        }
        Arrays.sort(publishMillis);
        Arrays.sort(flagMillis);
        System.out.printf("%nSOP propagation benchmark: %d variants x 5 languages, %d rounds%n", VARIANTS, ROUNDS);
        System.out.printf("  approve + publish + merge into %d variants: median %d ms, max %d ms%n", VARIANTS, publishMillis[ROUNDS / 2],
                publishMillis[ROUNDS - 1]);
        System.out.printf("  translation status of %d variant languages:  median %d ms, max %d ms%n", VARIANTS * 5, flagMillis[ROUNDS / 2],
                flagMillis[ROUNDS - 1]);
        System.out.printf("  end to end (median sum): %d ms%n%n", publishMillis[ROUNDS / 2] + flagMillis[ROUNDS / 2]);
    }

    private void publish(UUID versionId) {
        authoring.submit(versionId, EDITOR);
        authoring.approve(versionId, null, REVIEWER);
        authoring.publish(versionId, null, REVIEWER);
    }

    private SopVersion latest(SopDocument document) {
        return library.versionsOf(document, REVIEWER).get(0);
    }

    private static String stripFrontMatter(String content) {
        String text = content.replace("\r\n", "\n");
        return text.substring(text.indexOf("\n---\n", 4) + 5);
    }
}
