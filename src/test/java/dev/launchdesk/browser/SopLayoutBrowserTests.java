package dev.launchdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import com.microsoft.playwright.Page;

import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;

/**
 * The pages that overflowed: the SOP × market matrix at 1280 px and on a 390 px phone, an SOP's page and the RCA
 * form on the phone. A page fits when the document is no wider than the viewport (tables scroll inside their own
 * box). Screenshots go to /tmp/sop-ux/.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SopLayoutBrowserTests {

    static final Path SHOTS = Paths.get("/tmp/sop-ux");

    /** The outermost elements that reach past the viewport, for the failure message. */
    static final String TOO_WIDE = """
            width => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 0.5 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > width + 0.5))
                .slice(0, 8).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')
                    + ' ' + Math.round(e.getBoundingClientRect().right) + 'px').join(', ')
            """;

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    SopLibrary library;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void theReviewOfAConflictedMergeShowsItsHunksOnADesktop() {
        browser.signInAs("sopeditor");
        String conflicted = library.versionsOf(refundsIn("ID"), (dev.launchdesk.shared.Actor) users.loadUserByUsername("admin")).get(0).id().toString();
        assertFits("/sops/versions/" + conflicted, 1280, "sop-id-conflicts-1280");
        assertThat(browser.page().locator(".conflict-hunk .hunk-side").count()).isEqualTo(3 * browser.page().locator(".conflict-hunk").count());
    }

    @Test
    void theMatrixFitsADesktopAndAPhone() {
        browser.signInAs("sopeditor");
        assertFits("/sops/matrix", 1280, "matrix-1280");
        Page page = browser.page();
        assertThat((Boolean) page.evaluate("() => { const w = document.querySelector('table.matrix').parentElement; return w.scrollWidth <= w.clientWidth; }"))
                .as("every market column of the matrix in view at 1280 px, no scrolling inside the table").isTrue();

        signInOnAPhone("sopeditor");
        assertFits("/sops/matrix", 390, "matrix-390");
        page = browser.page();
        page.evaluate("() => { const w = document.querySelector('table.matrix').parentElement; w.scrollLeft = w.scrollWidth; }");
        shoot(page, "matrix-390-scrolled");
        var key = page.locator("table.matrix tbody tr td:first-child a").first().boundingBox();
        var lastCell = page.locator("table.matrix tbody tr:first-child td:last-child").boundingBox();
        assertThat(key.x).as("the SOP column stays in view while the markets scroll").isGreaterThanOrEqualTo(0);
        assertThat(lastCell.x + lastCell.width).as("the last market reachable by scrolling the table").isLessThanOrEqualTo(390);
    }

    @Test
    void anSopsPageAndTheRcaFormFitAPhone() {
        signInOnAPhone("sopeditor");
        assertFits("/sops/" + refundsIn("ID").id(), 390, "sop-id-390");
        assertFits("/sops/" + refunds().id(), 390, "sop-master-390");
        String conflicted = library.versionsOf(refundsIn("ID"), (dev.launchdesk.shared.Actor) users.loadUserByUsername("admin")).get(0).id().toString();
        assertFits("/sops/versions/" + conflicted, 390, "sop-id-conflicts-390");
        assertThat(browser.page().locator(".conflict-hunk").count()).as("the demo's Indonesian conflict shown as a hunk").isPositive();
        signInOnAPhone("analyst");
        assertFits("/insights/rca", 390, "rca-form-390");
    }

    private void signInOnAPhone(String username) {
        browser.resize(390, 844);
        browser.signInAs(username);
    }

    private void assertFits(String path, int width, String screenshot) {
        Page page = browser.open(path);
        page.waitForLoadState();
        shoot(page, screenshot);
        Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as("width of %s at %d px; too wide: %s", path, width, page.evaluate(TOO_WIDE, width))
                .isLessThanOrEqualTo(width);
    }

    private static void shoot(Page page, String name) {
        try {
            Files.createDirectories(SHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + "-screen.png")));
    }

    private SopDocument refunds() {
        return library.masters().stream().map(SopLibrary.MasterRow::document).filter(d -> d.key().equals("SPS-RFD-001"))
                .findFirst().orElseThrow();
    }

    private SopDocument refundsIn(String market) {
        return library.variantsOf(refunds().id(), VendorScope.all()).stream()
                .filter(v -> market.equals(v.marketCode()) && v.vendorId() == null).findFirst().orElseThrow();
    }
}
