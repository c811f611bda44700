package dev.launchdesk.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import dev.launchdesk.identity.UserAdministration;
import dev.launchdesk.identity.UserView;
import dev.launchdesk.reference.PolicyLookup;
import dev.launchdesk.shared.Role;
import dev.launchdesk.sop.authoring.DraftForm;
import dev.launchdesk.sop.authoring.NewSopForm;
import dev.launchdesk.sop.authoring.PublishForm;
import dev.launchdesk.sop.variant.RegionalVariants;
import dev.launchdesk.sop.authoring.SopAuthoring;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.markdown.SopParameters;
import dev.launchdesk.sop.library.SopVersion;

/**
 * The demo SOP library (src/main/resources/demo/sops): each master is written by the SOP editor, approved by
 * the admin (four eyes) and published; variants for ID, MY, TH, GB and US are derived, adapted where a
 * variant file says so, and published; then a new version of SPS-RFD-001 is published, so its variants get
 * proposed updates — clean ones, and a conflict in Indonesia.
 */
@Component
class DemoSops {

    static final List<String> VARIANT_MARKETS = List.of("ID", "MY", "TH", "GB", "US");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    /** Malaysia asks for an unboxing video before refunding a wrong or missing item (the demo's ticket problem starts here). */
    static final LocalDate REGIONAL_CHANGE_DAY = LocalDate.of(2026, 11, 9);

    /** A published version of a market's variant: its number and the day it took effect. */
    record PublishedVersion(int number, LocalDate effective) {
    }

    private final SopAuthoring authoring;
    private final RegionalVariants variants;
    private final SopLibrary library;
    private final PolicyLookup policies;
    private final UserAdministration users;
    private final dev.launchdesk.sop.acknowledgement.AcknowledgementDesk acknowledgements;
    private final dev.launchdesk.reference.AgentDirectory agentDirectory;
    private final dev.launchdesk.sop.translation.SopTranslationDesk translations;
    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    DemoSops(SopAuthoring authoring, RegionalVariants variants, SopLibrary library, PolicyLookup policies, UserAdministration users,
             dev.launchdesk.sop.acknowledgement.AcknowledgementDesk acknowledgements, dev.launchdesk.reference.AgentDirectory agentDirectory,
             dev.launchdesk.sop.translation.SopTranslationDesk translations) {
        this.translations = translations;
        this.acknowledgements = acknowledgements;
        this.agentDirectory = agentDirectory;
        this.authoring = authoring;
        this.variants = variants;
        this.library = library;
        this.policies = policies;
        this.users = users;
    }

    record DemoFile(String key, String title, String category, String body) {
    }

    void load() {
        DemoActor editor = actor("sopeditor");
        DemoActor reviewer = actor("admin");
        List<DemoFile> masters = files("classpath:demo/sops/*.md");
        int index = 0;
        for (DemoFile file : masters) {
            LocalDate effective = effectiveDate(index++);
            SopDocument master = authoring.createMaster(new NewSopForm(file.key(), file.title(), file.category(), file.body(),
                    "First version"), editor);
            SopVersion first = library.versionsOf(master, reviewer).get(0);
            publish(first.id(), effective, editor, reviewer);
            deriveVariants(master, file, effective, editor, reviewer);
        }
        publishRegionalChange("SPS-RFD-001", "MY", REGIONAL_CHANGE_DAY, editor, reviewer);
        files("classpath:demo/sops/changes/*.md").forEach(change -> publishChange(change, editor, reviewer));
        translate(editor);
        recordAcknowledgements();
    }

    /**
     * The translations the demo's markets read (demo/sops/translations/KEY.MARKET.language.md, written block for block
     * against the variant in force), e.g. Indonesia's lost-parcel SOP in Indonesian, so agents find it with
     * {@code paket hilang}.
     */
    private void translate(DemoActor editor) {
        try {
            for (Resource file : resources.getResources("classpath:demo/sops/translations/*.md")) {
                String[] name = file.getFilename().split("\\.");
                translations.importTranslatedDocument(variant(name[0], name[1]).id(), name[2],
                        file.getContentAsString(StandardCharsets.UTF_8), editor);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Most Indonesian agents have acknowledged three SOPs (as their vendor's learning system reported); some have not yet. */
    private void recordAcknowledgements() {
        java.util.Random random = new java.util.Random(1111);
        List<dev.launchdesk.reference.AgentDirectory.AgentRef> agents = agentDirectory.activeAgentsIn("ID");
        for (String key : List.of("SPS-ACC-002", "SPS-LOG-001", "SPS-PAY-004")) {
            SopDocument master = library.masters().stream().map(SopLibrary.MasterRow::document).filter(d -> d.key().equals(key))
                    .findFirst().orElseThrow();
            SopDocument variant = library.variantsOf(master.id(), dev.launchdesk.shared.VendorScope.all()).stream()
                    .filter(v -> "ID".equals(v.marketCode())).findFirst().orElseThrow();
            UUID version = library.published(variant.id()).orElseThrow().id();
            agents.stream().filter(a -> !a.externalId().equals("NCS-10001") && random.nextInt(100) < 78)
                    .forEach(a -> acknowledgements.recordOnBehalf(version, a.id(), "vendorlead"));
        }
    }

    private void deriveVariants(SopDocument master, DemoFile file, LocalDate effective, DemoActor editor, DemoActor reviewer) {
        for (String market : VARIANT_MARKETS) {
            if (!resolvesIn(file.body(), market)) {
                continue;
            }
            SopDocument variant = variants.derive(master.id(), market, null, editor);
            SopVersion draft = library.versionsOf(variant, reviewer).get(0);
            Optional<String> adapted = text("classpath:demo/sops/variants/" + file.key() + "." + market + ".md");
            if (adapted.isPresent()) {
                draft = authoring.editDraft(draft.id(), new DraftForm(draft.title(), adapted.get(), "Local adaptation for " + market,
                        draft.lockVersion()), editor);
            }
            publish(draft.id(), effective.plusDays(7), editor, reviewer);
        }
    }

    /** A regional revision of a market's variant, written locally (not merged from the master). */
    private void publishRegionalChange(String key, String market, LocalDate effective, DemoActor editor, DemoActor reviewer) {
        SopDocument variant = variant(key, market);
        SopVersion draft = authoring.startRevision(variant.id(), editor);
        String body = text("classpath:demo/sops/regional/" + key + "." + market + ".md").orElseThrow();
        authoring.editDraft(draft.id(), new DraftForm(draft.title(), body, "Unboxing video before refunding a wrong or missing item",
                draft.lockVersion()), editor);
        publish(draft.id(), effective, editor, reviewer);
    }

    /** The published (or since superseded) versions of a market's variant of an SOP, oldest first. */
    List<PublishedVersion> publishedVersions(String key, String market) {
        return library.versionsOf(variant(key, market), actor("admin")).stream()
                .filter(v -> v.effectiveDate() != null)
                .map(v -> new PublishedVersion(v.number(), v.effectiveDate()))
                .sorted(Comparator.comparing(PublishedVersion::effective)).toList();
    }

    private SopDocument variant(String key, String market) {
        SopDocument master = library.masters().stream().map(SopLibrary.MasterRow::document).filter(d -> d.key().equals(key))
                .findFirst().orElseThrow();
        return library.variantsOf(master.id(), dev.launchdesk.shared.VendorScope.all()).stream()
                .filter(v -> market.equals(v.marketCode()) && v.vendorId() == null).findFirst().orElseThrow();
    }

    private void publishChange(DemoFile change, DemoActor editor, DemoActor reviewer) {
        SopDocument master = library.masters().stream().map(SopLibrary.MasterRow::document)
                .filter(d -> d.key().equals(change.key())).findFirst().orElseThrow();
        SopVersion draft = authoring.startRevision(master.id(), editor);
        draft = authoring.editDraft(draft.id(), new DraftForm(change.title(), change.body(), "Evidence rules tightened for 12.12",
                draft.lockVersion()), editor);
        publish(draft.id(), TODAY.minusDays(2), editor, reviewer);
    }

    private void publish(UUID versionId, LocalDate effective, DemoActor author, DemoActor reviewer) {
        authoring.submit(versionId, author);
        authoring.approve(versionId, "Checked against policy", reviewer);
        authoring.publish(versionId, new PublishForm(effective, null), reviewer);
    }

    /** Most SOPs were published in the last months; every fifth one more than 180 days ago, so it is due for review. */
    private static LocalDate effectiveDate(int index) {
        return index % 5 == 4 ? LocalDate.of(2026, 3, 1).plusDays(index) : LocalDate.of(2026, 7, 1).plusDays(index * 4L);
    }

    private boolean resolvesIn(String body, String market) {
        return policies.valuesInForce(market, TODAY).keySet().containsAll(SopParameters.used(body));
    }

    private DemoActor actor(String username) {
        UserView user = users.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        return new DemoActor(user.id(), user.username(), user.displayName(), user.role());
    }

    private List<DemoFile> files(String pattern) {
        String folder = pattern.substring(0, pattern.lastIndexOf('/') + 1);
        if (!resources.getResource(folder).exists()) {
            return List.of();
        }
        try {
            return Arrays.stream(resources.getResources(pattern))
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(DemoSops::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> text(String location) {
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try {
            return Optional.of(resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file with a front-matter block of "name: value" lines between "---" lines, then the Markdown body. */
    static DemoFile parse(Resource resource) {
        try {
            String content = resource.getContentAsString(StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (!content.startsWith("---\n")) {
                throw new IllegalStateException(resource.getFilename() + " has no front matter");
            }
            int end = content.indexOf("\n---\n", 4);
            Map<String, String> meta = new HashMap<>();
            for (String line : content.substring(4, end).split("\n")) {
                int colon = line.indexOf(':');
                meta.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
            return new DemoFile(meta.get("key"), meta.get("title"), meta.get("category"), content.substring(end + 5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
