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
        assertThat(browser.heading()).hasText("Welcome, Aisha Rahman");
        assertThat(page.locator(".topbar .who strong")).hasText("Aisha Rahman");
        assertThat(page.locator(".topbar .who small")).hasText("Admin");
        for (String entry : List.of("Home", "Markets", "Vendors & sites", "Agents", "Users", "Audit trail", "Account & API tokens")) {
            assertThat(browser.navLink(entry)).isVisible();
        }
        browser.screenshot("sign-in-2-admin-home");
    }

    @Test
    void vendorLeadSeesNoAdministrationAndOnlyTheirOwnVendor() {
        Page page = browser.signInAs("vendorlead");

        assertThat(page.locator(".topbar .who strong")).hasText("Rina Hartono");
        assertThat(page.locator(".topbar .who small")).hasText("Vendor lead · Nusantara Contact Solutions");
        assertThat(browser.navLink("Markets")).isVisible();
        assertThat(browser.navLink("Agents")).isVisible();
        assertThat(browser.navLink("Users")).hasCount(0);
        assertThat(browser.navLink("Audit trail")).hasCount(0);
        assertThat(browser.mainNavigation()).not().containsText("Administration");
        browser.screenshot("sign-in-3-vendor-lead-home");

        browser.navLink("Vendors & sites").click();
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
}
