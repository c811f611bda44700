package dev.launchdesk.sop.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import dev.launchdesk.sop.SopSteps;
import dev.launchdesk.sop.authoring.DraftForm;
import dev.launchdesk.sop.authoring.NewSopForm;
import dev.launchdesk.sop.authoring.SopAuthoring;
import dev.launchdesk.sop.authoring.SopWorkflowIntegrationTests;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.library.SopVersion;
import dev.launchdesk.sop.library.TranslationStatus;
import dev.launchdesk.sop.variant.RegionalVariants;


@SpringBootTest
class SopTranslationIntegrationTests {

    static final String XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0";
    static final String BODY = """
            # Shop vacation mode
            ## Steps
            1. Open the shop in Seller Centre.
            2. Check that no order is waiting for shipment.
            ## Escalation
            Escalate to Tier 2 after {{sla.resolution.hours}} hours.
            """;

    @Autowired
    SopAuthoring authoring;

    @Autowired
    RegionalVariants variants;

    @Autowired
    SopLibrary library;

    @Autowired
    SopTranslationDesk desk;

    @Test
    void aVariantIsTranslatedThroughXliffAndAMasterChangeFlagsTheChangedSegments() throws Exception {
        SopDocument master = authoring.createMaster(new NewSopForm("TRL-" + suffix() + "-001", "Shop vacation mode", "Account health",
                BODY, null), SopWorkflowIntegrationTests.PUTRI);
        steps().publish(steps().latest(master).id());
        SopDocument th = variants.derive(master.id(), "TH", null, SopWorkflowIntegrationTests.PUTRI);
        steps().publish(steps().latest(th).id());

        assertThat(desk.languagesOf(th)).containsExactly("th");
        assertThat(desk.statuses(th)).singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(TranslationStatus.NEW));

        String xliff = desk.exportXliff(th.id(), "th", SopWorkflowIntegrationTests.PUTRI);
        assertThat(desk.statuses(th).get(0).status()).isEqualTo(TranslationStatus.IN_TRANSLATION);

        var result = desk.importXliff(th.id(), "th", translated(xliff, "ไทย: "), SopWorkflowIntegrationTests.PUTRI);
        assertThat(result.status()).isEqualTo(TranslationStatus.UP_TO_DATE);
        assertThat(result.untranslated()).isZero();
        assertThat(desk.translated(th, "th").markdown()).contains("ไทย: Open the shop in Seller Centre.", "{{sla.resolution.hours}}");

        SopVersion v2 = authoring.startRevision(master.id(), SopWorkflowIntegrationTests.PUTRI);
        authoring.editDraft(v2.id(), new DraftForm("Shop vacation mode", BODY.replace("Seller Centre", "Seller Centre (Shop settings)"), null,
                v2.lockVersion()), SopWorkflowIntegrationTests.PUTRI);
        steps().publish(v2.id());
        steps().publish(steps().latest(th).id());

        SopTranslationDesk.LanguageStatus afterChange = desk.statuses(th).get(0);
        assertThat(afterChange.status()).isEqualTo(TranslationStatus.SOURCE_UPDATED);
        assertThat(afterChange.total() - afterChange.translated()).isEqualTo(1);
        String onlyTheChange = desk.exportXliff(th.id(), "th", SopWorkflowIntegrationTests.PUTRI);
        assertThat(units(onlyTheChange)).isEqualTo(1);
        assertThat(onlyTheChange).contains("Shop settings");
    }

    @Test
    void aStaleFileIsRejectedWholeAndChangesNothing() throws Exception {
        SopDocument master = authoring.createMaster(new NewSopForm("TRL-" + suffix() + "-002", "Shop vacation mode", "Account health",
                BODY, null), SopWorkflowIntegrationTests.PUTRI);
        steps().publish(steps().latest(master).id());
        SopDocument th = variants.derive(master.id(), "TH", null, SopWorkflowIntegrationTests.PUTRI);
        steps().publish(steps().latest(th).id());
        String oldExport = desk.exportXliff(th.id(), "th", SopWorkflowIntegrationTests.PUTRI);

        SopVersion v2 = authoring.startRevision(th.id(), SopWorkflowIntegrationTests.PUTRI);
        authoring.editDraft(v2.id(), new DraftForm("Shop vacation mode", BODY.replace("no order", "no paid order"), null,
                v2.lockVersion()), SopWorkflowIntegrationTests.PUTRI);
        steps().publish(v2.id());

        assertThatThrownBy(() -> desk.importXliff(th.id(), "th", translated(oldExport, "ไทย: "), SopWorkflowIntegrationTests.PUTRI))
                .isInstanceOf(XliffRejectedException.class);
        assertThat(desk.statuses(th).get(0).translated()).isZero();
        assertThatThrownBy(() -> desk.exportXliff(th.id(), "de", SopWorkflowIntegrationTests.PUTRI))
                .hasMessageContaining("not a language of TH");
    }

    /** Fills every segment's target with its source, prefixed — what a translator's tool sends back. */
    static byte[] translated(String xliff, String prefix) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xliff.getBytes(StandardCharsets.UTF_8)));
        NodeList segments = doc.getElementsByTagNameNS(XLIFF_NS, "segment");
        for (int i = 0; i < segments.getLength(); i++) {
            Element segment = (Element) segments.item(i);
            Element source = (Element) segment.getElementsByTagNameNS(XLIFF_NS, "source").item(0);
            Element target = doc.createElementNS(XLIFF_NS, "target");
            target.appendChild(doc.createTextNode(prefix));
            for (Node child = source.getFirstChild(); child != null; child = child.getNextSibling()) {
                target.appendChild(child.cloneNode(true));
            }
            NodeList oldTargets = segment.getElementsByTagNameNS(XLIFF_NS, "target");
            for (int t = oldTargets.getLength() - 1; t >= 0; t--) {
                segment.removeChild(oldTargets.item(t));
            }
            segment.appendChild(target);
        }
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int units(String xliff) {
        return xliff.split("<unit ", -1).length - 1;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 5).toUpperCase().replaceAll("[^A-Z0-9]", "X");
    }

    private SopSteps steps() {
        return new SopSteps(authoring, library, SopWorkflowIntegrationTests.PUTRI, SopWorkflowIntegrationTests.AISHA);
    }
}
