package dev.launchdesk.sop.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF is tagged for assistive technology, and its text reads back as it was written. */
class HandbookAccessibilityTest {

    private final HandbookRenderer renderer = new HandbookRenderer();

    @Test
    void theHandbookIsATaggedPdfWithTitleLanguageAndAStructureTree() throws IOException {
        Handbook thai = new Handbook("คู่มือฝ่ายสนับสนุนผู้ขาย — ประเทศไทย", "ประเทศไทย", "TH", null, "th", LocalDate.of(2025, 4, 15),
                List.of(SampleHandbook.COD_REFUSAL));

        try (PDDocument pdf = Loader.loadPDF(renderer.toPdf(thai))) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("th");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("คู่มือฝ่ายสนับสนุนผู้ขาย — ประเทศไทย");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo("คู่มือฝ่ายสนับสนุนผู้ขาย · ประเทศไทย (TH) · ผู้ให้บริการทั้งหมด");

            PDStructureTreeRoot root = catalog.getStructureTreeRoot();
            assertThat(root).isNotNull();
            List<String> types = new ArrayList<>();
            collect(root, types);
            assertThat(types).contains("Document", "H1", "H2", "P", "L", "LI", "Link");
            assertThat(types.stream().filter("H1"::equals).count()).as("cover, contents and the SOP title").isGreaterThanOrEqualTo(3);
            assertThat(pdf.getPage(0).getCOSObject().getInt("StructParents")).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void latinLigaturesExtractAsTheLettersTheyWereSetFrom() throws IOException {
        HandbookSop sop = new HandbookSop("RET-009", "Effective refunds", null, 1, LocalDate.of(2025, 1, 1), null,
                "## Staff office\n\nEffective from the first offline flight: fifty affluent shuffles, *official* and **difficult** fluff.");

        try (PDDocument pdf = Loader.loadPDF(renderer.toPdf(new Handbook("H", "Thailand", "TH", null, "en", LocalDate.of(2025, 1, 1), List.of(sop))))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(pdf);

            assertThat(text).contains("Effective refunds", "Staff office",
                    "Effective from the first offline flight: fifty affluent shuffles, official and difficult fluff.");
            assertThat(text).doesNotContain("\uFB00", "\uFB01", "\uFB02", "\uFB03", "\uFB04");
        }
    }

    private static void collect(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                collect(element, types);
            }
        }
    }
}
