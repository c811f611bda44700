package dev.launchdesk.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The Chromium the browser tests drive, found rather than assumed: {@code LAUNCHDESK_CHROMIUM}, then the usual
 * places of a system Chromium or Chrome on Debian, Ubuntu and macOS; without one, the browser Playwright downloads for
 * itself (as on a developer's laptop), unless {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}. Then the browser tests stop
 * with {@link #MISSING}: aborted (shown as skipped) on a developer's machine, failed where
 * {@code LAUNCHDESK_REQUIRE_BROWSER=1} (CI, see {@code .ci/run}).
 */
public final class TestChromium {

    public static final String MISSING = "Browser tests need Chromium: install it (Debian: apt-get install chromium) or set "
            + "LAUNCHDESK_CHROMIUM, or unset PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD to let Playwright download one";

    private static final List<Path> SYSTEM_PLACES = List.of(
            Path.of("/usr/bin/chromium"),
            Path.of("/usr/bin/chromium-browser"),
            Path.of("/usr/bin/google-chrome"),
            Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"),
            Path.of("/Applications/Chromium.app/Contents/MacOS/Chromium"));

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", "--disable-sync");

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private TestChromium() {
    }

    /** A Playwright for the browser {@link #launch} will start; stops the test class first when there is none to be had. */
    public static Playwright playwright() {
        Optional<Path> system = systemChromium();
        if (system.isEmpty() && "1".equals(System.getenv("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"))) {
            // Surefire does not show why a whole class was aborted: say it once on the console
            if (!TOLD.getAndSet(true)) {
                System.err.println("\n" + MISSING + "\n");
            }
            if ("1".equals(System.getenv("LAUNCHDESK_REQUIRE_BROWSER"))) {
                throw new IllegalStateException(MISSING);
            }
            Assumptions.abort(MISSING);
        }
        // with a system Chromium, Playwright need not download its own
        return system.isPresent()
                ? Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))
                : Playwright.create();
    }

    /** Headless Chromium: the system's where there is one, else Playwright's own. */
    public static Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS);
        systemChromium().ifPresent(options::setExecutablePath);
        return playwright.chromium().launch(options);
    }

    static Optional<Path> systemChromium() {
        String configured = System.getenv("LAUNCHDESK_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            Path chromium = Path.of(configured);
            if (!Files.isExecutable(chromium)) {
                throw new IllegalStateException("LAUNCHDESK_CHROMIUM=" + configured + " is not an executable file");
            }
            return Optional.of(chromium);
        }
        return SYSTEM_PLACES.stream().filter(Files::isExecutable).findFirst();
    }
}
