package dev.launchdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The whole SOP loop with the demo logins only, as README's "Trying the SOP loop" tells a person to walk it, plus a
 * master edit typed in the browser: the SOP editor resolves the demo's Indonesian conflict by writing the text,
 * the admin approves and publishes it; the SOP editor changes SPS-RFD-002's master (Cancel once on the way), the
 * admin publishes it, Thailand's variant gets two conflicts that are resolved one by one (master for one, regional
 * for the other), the admin approves the regional draft; then the Thai variant is exported as XLIFF, translated
 * the way a CAT tool writes it (targets filled, the file indented), imported, and Thailand's handbook in Thai carries
 * the translated passages. Every step is shot at 1280 and 390 px into target/screenshots/sop-loop-*.
 * <p>
 * The journey changes the demo data, so it runs on a database of its own. With
 * {@code -Dlaunchdesk.browser.base-url=http://localhost:18086} it walks the packaged jar on a fresh folder instead.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:launchdesk-sop-loop;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class SopLoopJourneyBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    /** What the Indonesian editor writes for the demo's conflict: the master's shipping-label rule with the local receipt. */
    static final String ID_RESOLVED = "5. Ask the seller for their evidence: packing photos that show the shipping label with the order ID, "
            + "the parcel weight on the J&T or SiCepat pickup receipt and serial numbers.\n"
            + "   - For orders above the high-value threshold, also ask for a continuous packing video; photos alone are not enough.";

    static final String STEP_2 = "2. Check the return tracking events: drop-off scan, transit scans, and the delivery scan at the seller's pickup address.";
    static final String STEP_2_NEW = "2. Check the return tracking events: drop-off scan, transit scans, the delivery scan and the carrier's proof-of-delivery photo.";
    static final String STEP_6 = "6. For RTS cases, read the failure reason on the carrier scan: buyer refused, address not found, or buyer unreachable.";
    /** The master adds a line where Thailand added its own (a conflict of its own, four unchanged lines after the first). */
    static final String STEP_6_NEW = STEP_6 + "\n   - A parcel the buyer refused is back in the seller's stock within 3 days of the RTS scan.";
    static final String ESCALATION = "Carrier losses on the return leg go to the Logistics claims queue in Case Manager.";
    static final String ESCALATION_NEW = "Carrier losses on the return leg go to the Logistics claims queue in Case Manager within one working day.";

    /** Thai for passages of SPS-RFD-002 (Thailand) by how their source starts, as a translator returns them; tone marks over upper vowels included. */
    static final Map<String, String> THAI = Map.of(
            "Purpose", "วัตถุประสงค์",
            "When this applies", "ใช้เมื่อใด",
            "Guide agents through disputes about returned parcels",
            "แนะนำเจ้าหน้าที่ในการจัดการข้อพิพาทเรื่องพัสดุตีกลับ: ใครเป็นผู้จ่ายค่าส่งคืน และพัสดุตีกลับที่ไม่ถึงผู้ขาย"
                    + " รวมถึงพัสดุตีกลับที่มีสภาพต่างจากสินค้าที่ผู้ขายส่งไป");

    static final double HANDBOOK_MILLIS = 120_000;

    @TempDir
    Path files;

    @Test
    void theDemoLoginsWalkTheWholeSopLoopFromAMasterEditToTheThaiHandbook() throws Exception {
        Page page = browser.signInAs("sopeditor");

        // README 1: the matrix shows the demo's conflict in Indonesia and the master's update elsewhere.
        browser.open("/sops");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("SOP × market matrix")).click();
        assertThat(matrixCell("SPS-RFD-001", "ID")).hasText("Conflict");
        for (String market : List.of("GB", "MY", "TH", "US")) {
            assertThat(matrixCell("SPS-RFD-001", market)).hasText("Master updated");
        }
        shoot("01-matrix");

        // README 2: the ID cell, the newest version, Resolve conflicts; write the text.
        matrixCell("SPS-RFD-001", "ID").click();
        openVersionLink();
        assertThat(page.locator("main")).not().containsText("<<<<<<<");
        shoot("02-id-conflict");
        link("Resolve conflicts").first().click();
        assertThat(page.locator("section.conflict")).hasCount(1);
        shoot("03-id-resolve");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cancel")).click();
        assertThat(browser.heading()).containsText("v");
        link("Resolve conflicts").first().click();
        page.locator("#conflict-0").getByLabel("Write it myself:").check();
        page.locator("#conflict-0 textarea").fill(ID_RESOLVED);
        button("Apply decisions").click();
        assertThat(status()).isVisible();
        assertThat(page.locator("article.markdown").first()).containsText("the parcel weight on the J&T or SiCepat pickup receipt and serial numbers");
        shoot("04-id-resolved");

        // README 3: submit; the admin approves and publishes; the cell leaves Conflict (Indonesian is still to translate).
        button("Submit for review").click();
        assertThat(status()).hasText("Submitted for review.");
        String idDraft = page.url();
        signInAgainAs("admin");
        page = browser.page();
        page.navigate(idDraft);
        button("Approve").click();
        assertThat(status()).hasText("Approved.");
        button("Publish").click();
        assertThat(status()).hasText("Published.");
        shoot("05-id-published");
        browser.open("/sops/matrix");
        assertThat(matrixCell("SPS-RFD-001", "ID")).hasText("In translation");

        // The SOP editor changes SPS-RFD-002's master in the editor: first changes their mind (Cancel), then writes it.
        signInAgainAs("sopeditor");
        page = browser.page();
        browser.open("/sops/matrix");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("SPS-RFD-002")).click();
        link("Start a new version").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cancel")).click();
        assertThat(link("Start a new version")).isVisible();
        link("Start a new version").click();
        Locator body = page.locator("#body");
        String master = body.inputValue();
        body.fill(master.replace(STEP_2, STEP_2_NEW).replace(STEP_6, STEP_6_NEW).replace(ESCALATION, ESCALATION_NEW));
        page.locator("#changeNote").fill("Proof-of-delivery photo, refused parcels back in stock, claims within a working day");
        shoot("06-master-edited");
        button("Save draft").click();
        assertThat(status()).hasText(Pattern.compile("Version \\d+ saved as a draft\\."));
        button("Submit for review").click();
        assertThat(status()).hasText("Submitted for review.");
        String masterDraft = page.url();

        signInAgainAs("admin");
        page = browser.page();
        page.navigate(masterDraft);
        page.getByLabel("Approval comment").fill("Fine for all markets");
        button("Approve").click();
        assertThat(status()).hasText("Approved.");
        button("Publish").click();
        assertThat(status()).hasText("Published.");
        shoot("07-master-published");

        // Propagation: Thailand's local changes touch the lines the master changed.
        signInAgainAs("sopeditor");
        page = browser.page();
        browser.open("/sops/matrix");
        assertThat(matrixCell("SPS-RFD-002", "TH")).hasText("Conflict");
        shoot("08-matrix-after-master");
        matrixCell("SPS-RFD-002", "TH").click();
        openVersionLink();
        assertThat(page.locator("main")).not().containsText("<<<<<<<");
        shoot("09-th-conflicts");
        link("Resolve conflicts").first().click();
        Locator conflicts = page.locator("section.conflict");
        assertThat(conflicts).hasCount(2);
        // The same words as the version page: no "base line" or "common base"; a side with no text says so.
        assertThat(conflicts.nth(0).locator("h2")).hasText("Conflict 1 of 2 (at line 17 of the text before the master change)");
        assertThat(conflicts.nth(0).locator("h3")).hasText(new String[] {"New master", "This market's text", "Before the master change"});
        assertThat(conflicts.nth(1).locator("pre").nth(2)).hasText("(nothing)");
        shoot("10-th-resolve");
        conflicts.nth(0).getByLabel("Take master").check();
        conflicts.nth(1).getByLabel("Keep regional").check();
        button("Apply decisions").click();
        assertThat(status()).isVisible();
        Locator article = page.locator("article.markdown").first();
        assertThat(article).containsText("the carrier's proof-of-delivery photo");
        assertThat(article).not().containsText("back in the seller's stock");
        assertThat(article).containsText("Thailand Post keeps an undelivered return at the post office for 7 days");
        assertThat(article).containsText("within one working day");
        shoot("11-th-resolved");
        button("Submit for review").click();
        assertThat(status()).hasText("Submitted for review.");
        String thDraft = page.url();

        // Regional approval by the other demo login, then publish.
        signInAgainAs("admin");
        page = browser.page();
        page.navigate(thDraft);
        button("Approve").click();
        assertThat(status()).hasText("Approved.");
        button("Publish").click();
        assertThat(status()).hasText("Published.");
        shoot("12-th-published");

        // Translation: export Thailand's variant as XLIFF, translate some units, import it back through the page.
        signInAgainAs("sopeditor");
        page = browser.page();
        browser.open("/sops/matrix");
        matrixCell("SPS-RFD-002", "TH").click();
        Locator thaiRow = page.locator("#translations tr").filter(new Locator.FilterOptions().setHas(page.locator("td.mono", new Page.LocatorOptions().setHasText("th"))));
        Download export = page.waitForDownload(() -> thaiRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Export XLIFF")).click());
        Path xliff = files.resolve(export.suggestedFilename());
        export.saveAs(xliff);
        Path translated = translate(xliff, files.resolve("translated-" + export.suggestedFilename()));
        thaiRow.locator("input[type=file]").setInputFiles(translated);
        thaiRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Import")).click();
        assertThat(status()).isVisible();
        shoot("13-translation-imported");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("th").setExact(true)).click();
        assertThat(page.locator("article.markdown")).containsText("วัตถุประสงค์");
        shoot("14-read-in-thai");

        // README 4: versions diff.
        page.locator("a.btn.link", new Page.LocatorOptions().setHasText("diff")).first().click();
        assertThat(browser.heading()).isVisible();
        shoot("15-diff");

        // README 6: acknowledgements of SPS-ACC-002 in Indonesia; the agent acknowledges.
        browser.open("/sops/matrix");
        matrixCell("SPS-ACC-002", "ID").click();
        link("Acknowledgements").click();
        shoot("16-acknowledgements");
        signInAgainAs("agent");
        page = browser.page();
        browser.navLink("My SOPs").click();
        shoot("17-my-sops");

        // README 8: the agent's searches.
        browser.open("/sops/search?q=paket+hilang");
        assertThat(page.locator("main")).containsText("SPS-LOG-001");
        shoot("18-search");

        // README 7: Thailand's handbook in Thai carries the translated passages.
        signInAgainAs("sopeditor");
        page = browser.page();
        browser.open("/sops");
        link("Handbooks").first().click();
        page.locator("#market").selectOption("TH");
        page.locator("#language").selectOption("th");
        shoot("19-handbooks");
        Page form = page;
        // A whole market's handbook takes seconds to typeset (10 s on a loaded 2-core machine): wait for it, not for the page.
        Download handbook = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(HANDBOOK_MILLIS),
                () -> form.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download PDF"))
                        .click(new Locator.ClickOptions().setNoWaitAfter(true)));
        Path pdf = files.resolve("handbook-th.pdf");
        handbook.saveAs(pdf);
        String text = pdfText(pdf);
        assertThat(text).contains("วัตถุประสงค์", "ใช้เมื่อใด", "เจ้าหน้าที่", "ผู้ขาย");
        assertThat(text).as("the running footer names the market once").contains("คู่มือฝ่ายสนับสนุนผู้ขาย · Thailand (TH)").doesNotContain("Thailand · Thailand");
        Files.copy(pdf, BrowserSession.SCREENSHOTS.resolve("sop-loop-20-handbook-th.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Fills a target for every unit whose source is one of the passages above, as a CAT tool writes it: state translated, indented. */
    private static Path translate(Path xliff, Path out) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document xml = factory.newDocumentBuilder().parse(xliff.toFile());
        String ns = xml.getDocumentElement().getNamespaceURI();
        NodeList segments = xml.getElementsByTagNameNS(ns, "segment");
        int translated = 0;
        for (int i = 0; i < segments.getLength(); i++) {
            Element segment = (Element) segments.item(i);
            Element source = (Element) segment.getElementsByTagNameNS(ns, "source").item(0);
            String text = source.getTextContent().strip();
            String thai = THAI.entrySet().stream().filter(e -> text.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
            if (thai == null || source.getElementsByTagNameNS(ns, "*").getLength() > 0) {
                continue;
            }
            Element target = xml.createElementNS(ns, "target");
            target.setTextContent(thai);
            NodeList old = segment.getElementsByTagNameNS(ns, "target");
            if (old.getLength() > 0) {
                segment.removeChild(old.item(0));
            }
            segment.appendChild(target);
            segment.setAttribute("state", "translated");
            translated++;
        }
        assertThat(translated).as("units translated in " + xliff.getFileName()).isEqualTo(THAI.size());
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        StringWriter written = new StringWriter();
        transformer.transform(new DOMSource(xml), new StreamResult(written));
        Files.writeString(out, written.toString(), StandardCharsets.UTF_8);
        return out;
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The matrix cell of an SOP in a market's column. */
    private Locator matrixCell(String key, String market) {
        Page page = browser.page();
        List<String> columns = page.locator("table.matrix thead th").allTextContents();
        int column = columns.indexOf(market);
        Locator row = page.locator("table.matrix tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(key).setExact(true))));
        return row.locator("td").nth(column).locator("a");
    }

    /** From a variant's page, the link to its open version (the merged draft or the conflict). */
    private void openVersionLink() {
        browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Open v\\d+"))).click();
    }

    private Locator link(String name) {
        return browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator button(String name) {
        return browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator status() {
        return browser.page().getByRole(AriaRole.STATUS);
    }

    /** The page at a desktop's 1280 px and a phone's 390 px. */
    private void shoot(String step) {
        Page page = browser.page();
        browser.screenshot("sop-loop-" + step + "-1280");
        page.setViewportSize(390, 844);
        browser.screenshot("sop-loop-" + step + "-390");
        page.setViewportSize(1280, 900);
    }

    private void signInAgainAs(String username) {
        browser.resize(1280, 900);
        browser.signInAs(username);
    }
}
