package dev.launchdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import com.microsoft.playwright.options.WaitUntilState;

import dev.launchdesk.insight.VendorDays;

/**
 * Text that arrives from outside — a ticket category in a helpdesk export — is shown as text in every chart, never run
 * as script: hovering the charts runs nothing, and the tooltips show the category literally. The pages carry a
 * Content-Security-Policy without inline scripts, and Chromium reports no violation of it on any main page of any
 * role. Tickets in March 2018, imported through the API as a client does and removed afterwards.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ScriptInjectionBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    static final String IMG = "<img src=x onerror=window.__xss=1>";
    static final String SCRIPT = "\"><script>window.__xss=2</script>";
    static final String RANGE = "from=2018-03-05&to=2018-03-11";

    /** Records CSP violations the page reports, before any page script runs. */
    private static final String WATCH_CSP = "window.__csp = []; document.addEventListener('securitypolicyviolation',"
            + " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));";

    @Autowired
    JdbcClient jdbc;

    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void importTicketsWithScriptInTheirCategories() throws Exception {
        StringBuilder csv = new StringBuilder("ticket_id,created_at,resolved_at,market,vendor,site,channel,category,handle_time_seconds,csat\n");
        String[] categories = {IMG, SCRIPT, "Refund"};
        for (int day = 5; day <= 11; day++) {
            for (int i = 0; i < 6; i++) {
                String market = i % 2 == 0 ? "ID" : "MY";
                csv.append("XSS-").append(day).append('-').append(i).append(",2018-03-").append(String.format("%02d", day))
                        .append("T09:00:00+07:00,2018-03-").append(String.format("%02d", day)).append("T11:00:00+07:00,")
                        .append(market).append(",NCS,").append(market.equals("ID") ? "JKT-1" : "KUL-1").append(",chat,")
                        .append(quoted(categories[i % 3])).append(',').append(300 + 20 * i).append(",4\n");
            }
        }
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.url("/api/v1/tickets/imports")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("analyst:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    @AfterEach
    void removeTickets() {
        jdbc.sql("delete from ticket where ticket_id like 'XSS-%'").update();
        jdbc.sql("delete from ticket_day where created_day between :from and :to")
                .param("from", LocalDate.of(2018, 3, 5)).param("to", LocalDate.of(2018, 3, 11)).update();
        VendorDays.rebuild(jdbc, LocalDate.of(2018, 3, 5), LocalDate.of(2018, 3, 11));
    }

    @Test
    void aCategoryWithScriptInItIsShownAsTextWhenTheChartsAreHovered() {
        Page page = watch(browser.signInAs("analyst"));
        browser.open("/insights?" + RANGE + "&groupBy=category&kpi=aht");
        assertThat(page.locator("#chart-heat canvas")).isVisible();

        for (String category : List.of(IMG, SCRIPT)) {
            Locator tooltip = hoverHeatCell(page, category);
            assertThat(tooltip).containsText(category);
            assertThat(tooltip.locator("img, script")).hasCount(0);
        }
        browser.screenshot("xss-1-heat-map-tooltip");

        for (String chart : List.of("chart-bars", "chart-trend")) {
            Locator tooltip = hoverMiddle(page, chart);
            assertThat(tooltip).isVisible();
            assertThat(tooltip).containsText(IMG);
            assertThat(tooltip.locator("img, script")).hasCount(0);
            browser.screenshot("xss-2-" + chart + "-tooltip");
        }

        browser.open("/insights/tickets?" + RANGE);
        assertThat(page.locator("main")).containsText(IMG);
        browser.open("/insights/compare?around=2018-03-08&days=3");
        hoverMiddle(page, "chart-compare");

        assertThat(page.evaluate("window.__xss === undefined")).as("injected script ran").isEqualTo(true);
        assertThat(page.locator("main img")).hasCount(0);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPageSendsAPolicyWithoutInlineScriptAndTheSessionCookieIsSameSiteLax() throws Exception {
        HttpResponse<Void> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.url("/login"))).build(),
                HttpResponse.BodyHandlers.discarding());
        String policy = login.headers().firstValue("Content-Security-Policy").orElse("");

        assertThat(policy).contains("script-src 'self'").doesNotContain("'unsafe-eval'");
        assertThat(policy.substring(policy.indexOf("script-src"))).startsWith("script-src 'self';");

        browser.signInAs("viewer");
        Cookie session = browser.page().context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst().orElseThrow();
        assertThat(session.sameSite).isEqualTo(SameSiteAttribute.LAX);
        assertThat(session.httpOnly).isTrue();
    }

    @Test
    void noMainPageOfAnyRoleViolatesThePolicy() {
        for (String username : List.of("admin", "gtm", "sopeditor", "trainer", "vendorlead", "agent", "analyst", "viewer")) {
            browser.page().context().setDefaultTimeout(60_000);
            Page page = watch(browser.signInAs(username));
            Set<String> paths = new LinkedHashSet<>();
            for (Locator link : page.locator("nav.nav a").all()) {
                paths.add(link.getAttribute("href"));
            }
            if (List.of("admin", "vendorlead", "analyst").contains(username)) {
                paths.addAll(deeperPages(page, username));
            }
            for (String path : paths) {
                page.navigate(browser.url(path), new Page.NavigateOptions().setTimeout(60_000).setWaitUntil(WaitUntilState.LOAD));
                Object violations = page.evaluate("window.__csp");
                assertThat(String.valueOf(violations)).as(username + " on " + path).isEqualTo("[]");
            }
            browser.resize(1280, 900);
        }
        assertThat(problems).isEmpty();
    }

    /** Pages one click below the navigation that carry charts or forms: an anomaly and its root cause, a market, forms. */
    private List<String> deeperPages(Page page, String username) {
        List<String> deeper = new ArrayList<>(List.of("/markets/ID", "/sops"));
        if (!username.equals("agent")) {
            page.navigate(browser.url("/insights/anomalies"), new Page.NavigateOptions().setTimeout(60_000));
            for (String link : List.of("main td.mono a[href^='/insights/anomalies/']", "main a[href^='/insights/rca?']")) {
                Locator first = page.locator(link).first();
                if (first.count() > 0) {
                    deeper.add(first.getAttribute("href"));
                }
            }
            deeper.add("/insights?" + RANGE);
            deeper.add("/insights/compare?around=2018-03-08&days=3");
            deeper.add("/insights/rca?kpi=aht&from=2018-03-08&to=2018-03-11&baselineFrom=2018-03-05&baselineTo=2018-03-07");
        }
        if (username.equals("admin") || username.equals("vendorlead")) {
            deeper.add("/agents/import");
        }
        if (username.equals("admin") || username.equals("sopeditor")) {
            deeper.add("/sops/new");
        }
        return deeper;
    }

    /** The page with its script errors, console errors and CSP violations recorded into {@link #problems}. */
    private Page watch(Page page) {
        page.context().addInitScript(WATCH_CSP);
        page.onPageError(error -> problems.add("page error: " + error));
        page.onConsoleMessage(message -> {
            if (message.type().equals("error") && !message.text().contains("favicon")) {
                problems.add("console: " + message.text() + " on " + page.url());
            }
        });
        return page;
    }

    private static Locator hoverHeatCell(Page page, String category) {
        List<?> pixel = (List<?>) page.evaluate("category => { const chart = echarts.getInstanceByDom(document.getElementById('chart-heat'));"
                + " const x = chart.getOption().xAxis[0].data.indexOf(category);"
                + " return chart.convertToPixel({seriesIndex: 0}, [x, 0]); }", category);
        page.locator("#chart-heat").scrollIntoViewIfNeeded();
        BoundingBox box = page.locator("#chart-heat").boundingBox();
        page.mouse().move(box.x + ((Number) pixel.get(0)).doubleValue(), box.y + ((Number) pixel.get(1)).doubleValue());
        Locator tooltip = page.locator("#chart-heat > div").last();
        assertThat(tooltip).isVisible();
        return tooltip;
    }

    private static Locator hoverMiddle(Page page, String chart) {
        page.locator("#" + chart).scrollIntoViewIfNeeded();
        BoundingBox box = page.locator("#" + chart).boundingBox();
        page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
        return page.locator("#" + chart + " > div").last();
    }

    private static String quoted(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
