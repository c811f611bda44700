package dev.launchdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * Drives Chromium ({@link TestChromium}: the system's, or Playwright's own) against the application started by {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}:
 * one Playwright and one headless browser per test class, a fresh browser context (no cookies, 1280×900) per test.
 * Register it in a test class with {@code @RegisterExtension static final BrowserSession browser = new BrowserSession();}.
 * Without a Chromium to be had, the test class stops with {@link TestChromium#MISSING}.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final String PASSWORD = "demo";
    /**
     * Points the browser at an application started elsewhere, e.g. the packaged jar on a fresh folder
     * ({@code -Dlaunchdesk.browser.base-url=http://localhost:18086}); the test's own application then only stands by.
     */
    static final String BASE_URL_PROPERTY = "launchdesk.browser.base-url";

    private static final double TIMEOUT_MILLIS = 15_000;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    private Page page;
    private String baseUrl;

    @Override
    public void beforeAll(ExtensionContext extension) {
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MILLIS);
        playwright = TestChromium.playwright();
        browser = TestChromium.launch(playwright);
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        String port = SpringExtension.getApplicationContext(extension).getEnvironment().getRequiredProperty("local.server.port");
        baseUrl = System.getProperty(BASE_URL_PROPERTY, "http://localhost:" + port);
        openContext(1280, 900);
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        if (extension.getExecutionException().isPresent() && page != null) {
            screenshot("FAILED-" + extension.getRequiredTestClass().getSimpleName() + "-" + extension.getRequiredTestMethod().getName());
        }
        closeContext();
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** Replaces the current context with a new one of this viewport size, e.g. a phone's 390×844. */
    Page resize(int width, int height) {
        return resize(width, height, "en-GB");
    }

    /** A new context of this viewport size whose browser asks for pages in this language, e.g. "id-ID". */
    Page resize(int width, int height, String locale) {
        closeContext();
        return openContext(width, height, locale);
    }

    Page page() {
        return page;
    }

    String url(String path) {
        return baseUrl + path;
    }

    Page open(String path) {
        page.navigate(url(path));
        return page;
    }

    /** Signs in through the login form as one of the demo users and waits for the home page. */
    Page signInAs(String username) {
        submitLogin(username, PASSWORD);
        page.waitForURL(url("/"));
        assertThat(page.locator(".topbar .who")).isVisible();
        return page;
    }

    /** Fills and submits the login form without expecting it to succeed. */
    Page submitLogin(String username, String password) {
        open("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("form button[type=submit]").click();
        page.waitForLoadState();
        return page;
    }

    /** The sidebar's navigation. */
    Locator mainNavigation() {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
    }

    /** The sidebar entry with exactly this label, e.g. "Vendors & sites". */
    Locator navLink(String label) {
        return mainNavigation().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(label).setExact(true));
    }

    /** The page's h1. */
    Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    /** Saves a full-page screenshot to target/screenshots/{name}.png. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    private Page openContext(int width, int height) {
        return openContext(width, height, "en-GB");
    }

    private Page openContext(int width, int height, String locale) {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale(locale));
        context.setDefaultTimeout(TIMEOUT_MILLIS);
        page = context.newPage();
        return page;
    }

    private void closeContext() {
        if (context != null) {
            context.close();
            context = null;
            page = null;
        }
    }
}
