package dev.launchdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Every entry of the sidebar leads to its page, on a desktop and on a phone. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NavigationBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    private record Entry(String link, String path, String heading, String screenshot) {
    }

    private static final List<Entry> ADMIN_ENTRIES = List.of(
            new Entry("Markets", "/markets", "Markets", "nav-1-markets"),
            new Entry("Vendors & sites", "/vendors", "Vendors & sites", "nav-2-vendors"),
            new Entry("Agents", "/agents", "Agents", "nav-3-agents"),
            new Entry("Users", "/users", "Users", "nav-4-users"),
            new Entry("Audit trail", "/audit", "Audit trail", "nav-5-audit"),
            new Entry("Account & API tokens", "/account", "Aisha Rahman", "nav-6-account"),
            new Entry("Home", "/", "Welcome, Aisha Rahman", "nav-7-home"));

    @Test
    void adminReachesEveryPageFromTheSidebar() {
        Page page = browser.signInAs("admin");

        for (Entry entry : ADMIN_ENTRIES) {
            browser.navLink(entry.link()).click();

            assertThat(page).hasURL(browser.url(entry.path()));
            assertThat(browser.heading()).hasText(entry.heading());
            assertThat(browser.navLink(entry.link())).hasClass(Pattern.compile("\\bactive\\b"));
            browser.screenshot(entry.screenshot());
        }
    }

    @Test
    void adminOpensTheApiDocumentationFromTheSidebar() {
        Page page = browser.signInAs("admin");

        browser.navLink("API documentation").click();

        assertThat(page).hasURL(Pattern.compile("/swagger-ui/index\\.html"));
        assertThat(page.locator(".swagger-ui .info .title")).isVisible();
        assertThat(page.locator(".opblock-summary-path[data-path='/api/v1/markets']").first()).isVisible();
        browser.screenshot("nav-8-api-documentation");
    }

    @Test
    void onAPhoneTheMenuButtonTogglesTheNavigation() {
        Page page = browser.resize(390, 844);
        browser.signInAs("admin");
        Locator menu = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"));
        Locator markets = browser.navLink("Markets");

        assertThat(menu).isVisible();
        assertThat(markets).isHidden();
        browser.screenshot("nav-phone-1-menu-closed");

        menu.click();
        assertThat(markets).isVisible();
        browser.screenshot("nav-phone-2-menu-open");

        menu.click();
        assertThat(markets).isHidden();

        menu.click();
        markets.click();
        assertThat(page).hasURL(browser.url("/markets"));
        assertThat(browser.heading()).hasText("Markets");
    }

    @Test
    void onAPhoneTablePagesDoNotScrollSideways() {
        Page page = browser.resize(390, 844);
        browser.signInAs("admin");

        for (String path : List.of("/agents", "/markets", "/vendors", "/users", "/audit")) {
            browser.open(path);
            assertFitsTheScreen(page, path);
        }
        browser.open("/agents");
        browser.screenshot("nav-phone-3-agents");
    }

    @Test
    void onAPhoneTheMarketPageDoesNotScrollSideways() {
        Page page = browser.resize(390, 844);
        browser.signInAs("admin");

        browser.open("/markets/ID");
        assertFitsTheScreen(page, "/markets/ID");
    }

    private static void assertFitsTheScreen(Page page, String path) {
        assertThat(page.locator("main table").first()).isVisible();
        int scrollWidth = (int) page.evaluate("document.documentElement.scrollWidth");
        int innerWidth = (int) page.evaluate("window.innerWidth");
        assertThat(scrollWidth).as("page width of %s on a 390 px phone", path).isLessThanOrEqualTo(innerWidth);
    }
}
