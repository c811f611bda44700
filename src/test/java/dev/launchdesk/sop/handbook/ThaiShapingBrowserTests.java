package dev.launchdesk.sop.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.launchdesk.browser.TestChromium;

/**
 * The PDF puts Thai marks where Chromium puts them. The same XHTML, with the same Noto Sans Thai, is rendered by the
 * handbook renderer (to PDF, then to pixels with PDFBox) and by the system Chromium (a screenshot at the same
 * 144 dpi); both must show the same shapes of ink, and every mark (vowel or tone mark above or below the line) must
 * sit in the same place relative to its consonant, within a few pixels of anti-aliasing (3 px = 1.5 pt at 72 pt).
 * Images go to target/screenshots for a person to compare.
 */
class ThaiShapingBrowserTests {

    private static final int TOLERANCE_PX = 3;

    private static Playwright playwright;
    private static Browser browser;

    @ParameterizedTest
    @ValueSource(strings = {"เจ้าหน้าที่", "ปั้น น้ำ ค่ำ", "ญี่ปุ่น ฐุ", "กุ้ง ผู้ใหญ่ ป่า", "ฟ้อง ปี่ ฝั่ง"})
    void marksSitWhereChromiumPutsThem(String thai) throws Exception {
        String xhtml = ThaiShapingTest.largeText(thai);

        BufferedImage pdf = ThaiShapingTest.render(HandbookRenderer.pdf(xhtml), 0, 144);
        BufferedImage chromium = chromium(xhtml.replace("<style>", "<style>" + fontFaces()));
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        String name = "thai-" + Integer.toHexString(thai.hashCode());
        ImageIO.write(pdf, "png", folder.resolve(name + "-pdf.png").toFile());
        ImageIO.write(chromium, "png", folder.resolve(name + "-chromium.png").toFile());

        List<Ink.Blob> inPdf = Ink.blobs(pdf, 20);
        List<Ink.Blob> inChromium = Ink.blobs(chromium, 20);
        assertThat(inPdf).as("shapes of ink in the PDF and in Chromium").hasSameSizeAs(inChromium);
        List<Mark> pdfMarks = marks(inPdf);
        List<Mark> chromiumMarks = marks(inChromium);
        assertThat(pdfMarks).extracting(Mark::base).as("the consonant each mark belongs to").isEqualTo(chromiumMarks.stream().map(Mark::base).toList());
        for (int i = 0; i < pdfMarks.size(); i++) {
            assertThat(distance(pdfMarks.get(i).box(), chromiumMarks.get(i).box()))
                    .as("mark %d: %s in the PDF against %s in Chromium (left, top, right, bottom from its consonant's bottom-left)", i,
                            pdfMarks.get(i).boxText(), chromiumMarks.get(i).boxText())
                    .isLessThanOrEqualTo(TOLERANCE_PX);
        }
    }

    /**
     * A mark (vowel or tone mark above or below the line) with the index of the letter it belongs to and its box
     * relative to that letter's bottom-left corner. Letters are compared by where their marks are, not by where
     * they stand on the line: Chromium also applies the font's kerning between letters, the PDF keeps the layout's
     * unkerned advances.
     */
    record Mark(int base, int[] box) {
        String boxText() {
            return List.of(box[0], box[1], box[2], box[3]).toString();
        }
    }

    private static List<Mark> marks(List<Ink.Blob> blobs) {
        int baseline = blobs.stream().map(Ink.Blob::bottom).collect(java.util.stream.Collectors.groupingBy(b -> b / 4 * 4,
                java.util.stream.Collectors.counting())).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey() + 2;
        int bodyTop = blobs.stream().filter(b -> Math.abs(b.bottom() - baseline) <= 4).mapToInt(Ink.Blob::top).max().orElse(baseline);
        List<Ink.Blob> letters = blobs.stream().filter(b -> b.top() <= bodyTop + 4 && b.bottom() >= baseline - 4).toList();
        List<Mark> marks = new ArrayList<>();
        for (Ink.Blob blob : blobs) {
            if (letters.contains(blob)) {
                continue;
            }
            Ink.Blob letter = letters.stream().min((a, b) -> Integer.compare(gap(a, blob), gap(b, blob))).orElseThrow();
            marks.add(new Mark(letters.indexOf(letter), new int[] {blob.left() - letter.left(), blob.top() - letter.bottom(),
                    blob.right() - letter.left(), blob.bottom() - letter.bottom()}));
        }
        marks.sort((a, b) -> a.base() != b.base() ? Integer.compare(a.base(), b.base()) : Integer.compare(a.box()[1], b.box()[1]));
        return marks;
    }

    /** How far the mark's centre is from the letter's horizontal extent (0 when above or below it). */
    private static int gap(Ink.Blob letter, Ink.Blob mark) {
        int centre = mark.centreX();
        return centre < letter.left() ? letter.left() - centre : Math.max(0, centre - letter.right());
    }

    private static int distance(int[] a, int[] b) {
        int max = 0;
        for (int i = 0; i < 4; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    /** The application's font files as @font-face rules, so Chromium uses exactly them. */
    private static String fontFaces() {
        StringBuilder css = new StringBuilder();
        for (HandbookFonts.Face face : HandbookFonts.FACES) {
            css.append("@font-face { font-family: '").append(face.family()).append("'; font-weight: ").append(face.weight())
                    .append("; font-style: ").append(face.style().name().toLowerCase()).append("; src: url(data:font/ttf;base64,")
                    .append(Base64.getEncoder().encodeToString(face.bytes())).append(") format('truetype'); }\n");
        }
        return css.toString();
    }

    @BeforeAll
    static void startChromium() {
        playwright = TestChromium.playwright();
        browser = TestChromium.launch(playwright);
    }

    @AfterAll
    static void stopChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    /** The page at 144 dpi: 720 pt wide is 960 CSS pixels at a device scale of 1.5. */
    private static BufferedImage chromium(String html) throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(960, 267).setDeviceScaleFactor(1.5))) {
            Page page = context.newPage();
            page.setContent(html);
            page.evaluate("document.fonts.ready");
            return ImageIO.read(new ByteArrayInputStream(page.screenshot()));
        }
    }
}
