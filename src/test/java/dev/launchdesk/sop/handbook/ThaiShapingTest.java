package dev.launchdesk.sop.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Thai in a handbook PDF: marks where a browser puts them, text that reads back as written. */
class ThaiShapingTest {

    private static final String STAFF = "เจ้าหน้าที่";

    private final HandbookRenderer renderer = new HandbookRenderer();

    @Test
    void theToneMarkOfTheLastSyllableSitsAboveItsUpperVowelNotInsideIt() throws IOException {
        // ที่ : tho thahan, sara ii (upper vowel), mai ek (tone mark). Drawn large and alone on its page.
        BufferedImage page = render(HandbookRenderer.pdf(largeText("ที่")), 0, 144);
        List<Ink.Blob> blobs = Ink.blobs(page, 20);

        assertThat(blobs).as("consonant, vowel and tone mark are separate shapes").hasSize(3);
        Ink.Blob consonant = blobs.stream().max((a, b) -> Integer.compare(a.area(), b.area())).orElseThrow();
        List<Ink.Blob> marks = blobs.stream().filter(b -> b != consonant).sorted((a, b) -> Integer.compare(a.top(), b.top())).toList();
        Ink.Blob tone = marks.get(0);
        Ink.Blob vowel = marks.get(1);
        assertThat(vowel.bottom()).as("the vowel sits on the consonant").isLessThanOrEqualTo(consonant.top() + 2);
        assertThat(tone.bottom()).as("the tone mark is wholly above the vowel").isLessThan(vowel.top());
    }

    @Test
    void extractedTextIsTheSourceText() throws IOException {
        String body = "## ขั้นตอน\n\n" + STAFF + "ต้องตรวจสอบสถานะพัสดุในระบบขนส่ง น้ำหนักพัสดุ ปั้น ญี่ปุ่น ฐานข้อมูล กุ้ง ผู้ใหญ่ ทำ ค่ำ\n\n"
                + "- " + STAFF + "แจ้งผู้ขาย\n";
        HandbookSop sop = new HandbookSop("COD-010", "การยืนยัน" + STAFF, null, 1, LocalDate.of(2025, 1, 1), null, body);

        String text = text(renderer.toPdf(new Handbook("คู่มือ", "ประเทศไทย", "TH", null, "th", LocalDate.of(2025, 1, 1), List.of(sop))));

        assertThat(text).contains("การยืนยัน" + STAFF, "ขั้นตอน",
                STAFF + "ต้องตรวจสอบสถานะพัสดุในระบบขนส่ง น้ำหนักพัสดุ ปั้น ญี่ปุ่น ฐานข้อมูล กุ้ง ผู้ใหญ่ ทำ ค่ำ", STAFF + "แจ้งผู้ขาย");
    }

    @Test
    void thaiLinesBreakBetweenWordsNeverInsideACluster() throws IOException {
        String sentence = "เจ้าหน้าที่ต้องตรวจสอบสถานะพัสดุในระบบขนส่งก่อนคืนเงินให้ผู้ซื้อทุกครั้งและแจ้งผู้ขายทางอีเมล";
        String xhtml = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"th\"><head><meta charset=\"UTF-8\" /><title>Thai</title>"
                + "<style>@page { size: 160pt 600pt; margin: 10pt } p { font-family: 'Noto Sans Thai'; font-size: 12pt; margin: 0 }</style></head>"
                + "<body><p>" + sentence + "</p></body></html>";

        List<String> lines = text(HandbookRenderer.pdf(xhtml)).lines().filter(line -> !line.isBlank()).toList();

        assertThat(lines).as("the sentence is wrapped").hasSizeGreaterThan(3);
        assertThat(String.join("", lines)).isEqualTo(sentence);
        java.text.BreakIterator words = java.text.BreakIterator.getWordInstance(new java.util.Locale("th"));
        words.setText(sentence);
        int at = 0;
        for (String line : lines.subList(0, lines.size() - 1)) {
            at += line.length();
            assertThat(words.isBoundary(at)).as("line ends between words: '%s' | '%s'", line, sentence.substring(at)).isTrue();
        }
    }

    /** One line of Thai in 72 pt Noto Sans Thai on a small page: the XHTML both the PDF and a browser are given. */
    static String largeText(String thai) {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"th\"><head><meta charset=\"UTF-8\" /><title>Thai</title>"
                + "<style>@page { size: 720pt 200pt; margin: 0 } html, body { margin: 0; background: #fff; color: #000 }"
                + " p { font-family: 'Noto Sans Thai'; font-size: 72pt; line-height: 1.2; margin: 40pt 24pt 0 }</style></head>"
                + "<body><p>" + thai + "</p></body></html>";
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static BufferedImage render(byte[] pdf, int page, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(page, dpi);
        }
    }
}
