package dev.launchdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Signing in and out in a real browser, and what each role sees once signed in. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    void wrongPasswordShowsTheErrorAndStaysOnTheLoginPage() {
        Page page = browser.submitLogin("admin", "not-the-password");

        assertThat(page).hasURL(browser.url("/login?error"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Wrong username or password.");
        assertThat(page.locator("#username")).isVisible();
        assertThat(page.locator(".topbar")).hasCount(0);
        browser.screenshot("sign-in-1-wrong-password");
    }

    @Test
    void adminLandsOnHomeWithNameRoleAndTheFullSidebar() {
        Page page = browser.signInAs("admin");

        assertThat(page).hasURL(browser.url("/"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Welcome, Aisha Rahman");
        assertThat(page.locator(".topbar .who strong")).hasText("Aisha Rahman");
        assertThat(page.locator(".topbar .who small")).hasText("Admin");
        Locator nav = mainNavigation(page);
        for (String entry : List.of("Home", "Markets", "Vendors & sites", "Agents", "Users", "Audit trail", "Account & API tokens")) {
            assertThat(navLink(nav, entry)).isVisible();
        }
        browser.screenshot("sign-in-2-admin-home");
    }

    @Test
    void vendorLeadSeesNoAdministrationAndOnlyTheirOwnVendor() {
        Page page = browser.signInAs("vendorlead");

        assertThat(page.locator(".topbar .who strong")).hasText("Rina Hartono");
        assertThat(page.locator(".topbar .who small")).hasText("Vendor lead · Nusantara Contact Solutions");
        Locator nav = mainNavigation(page);
        assertThat(navLink(nav, "Markets")).isVisible();
        assertThat(navLink(nav, "Agents")).isVisible();
        assertThat(navLink(nav, "Users")).hasCount(0);
        assertThat(navLink(nav, "Audit trail")).hasCount(0);
        assertThat(nav).not().containsText("Administration");
        browser.screenshot("sign-in-3-vendor-lead-home");

        navLink(nav, "Vendors & sites").click();
        assertThat(page).hasURL(browser.url("/vendors"));
        Locator vendorNames = page.locator("main section.card h2");
        assertThat(vendorNames).hasText(new String[] {"Nusantara Contact Solutions"});
        assertThat(page.locator("main")).containsText("Jakarta Sudirman");
        assertThat(page.locator("main")).not().containsText("Lumen BPO");
        browser.screenshot("sign-in-4-vendor-lead-vendors");
    }

    @Test
    void signingOutReturnsToTheLoginPageWithANotice() {
        Page page = browser.signInAs("analyst");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

        assertThat(page).hasURL(browser.url("/login?signedOut"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("You have been signed out.");
        browser.screenshot("sign-in-5-signed-out");

        browser.open("/markets");
        assertThat(page).hasURL(browser.url("/login"));
    }

    static Locator mainNavigation(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
    }

    static Locator navLink(Locator nav, String name) {
        return nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}
