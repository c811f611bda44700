package dev.launchdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * An administrator's main journeys: set up a market with versioned policy values, import a roster
 * (and have a bad file rejected as a whole), and find every change in the audit trail.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AdminJourneyBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    private static final String KEY = "refund.window.days";
    private static final String HEADER = "external_id,full_name,email,vendor,site,languages,skills,status,hired_on";

    private record NewMarket(String code, String name, String timezone, String currency, String languages) {
    }

    /** Not in the demo data; the first one not yet created in this database is used. */
    private static final List<NewMarket> NEW_MARKETS = List.of(
            new NewMarket("NZ", "New Zealand", "Pacific/Auckland", "NZD", "en"),
            new NewMarket("FJ", "Fiji", "Pacific/Fiji", "FJD", "en, fj"),
            new NewMarket("WS", "Samoa", "Pacific/Apia", "WST", "sm, en"),
            new NewMarket("TO", "Tonga", "Pacific/Tongatapu", "TOP", "to, en"));

    @TempDir
    Path files;

    @Test
    void adminCreatesAMarketAndRecordsVersionedPolicyValues() {
        Page page = browser.signInAs("admin");
        NewMarket market = unusedMarket();
        LocalDate today = LocalDate.now(ZoneId.of(market.timezone()));
        LocalDate inForceFrom = today.minusDays(14);
        LocalDate changeFrom = today.plusDays(30);

        browser.navLink("Markets").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New market")).click();
        assertThat(browser.heading()).hasText("New market");
        page.locator("#code").fill(market.code());
        page.locator("#name").fill(market.name());
        page.locator("#region").selectOption("ANZ");
        page.locator("#timezone").fill(market.timezone());
        page.locator("#currency").fill(market.currency());
        page.locator("#languages").fill(market.languages());
        browser.screenshot("admin-01-new-market-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page).hasURL(browser.url("/markets/" + market.code()));
        assertThat(browser.heading()).hasText(market.name() + " (" + market.code() + ")");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Market " + market.code() + " created.");
        assertThat(page.locator("dl.facts")).containsText(market.timezone());
        assertThat(page.locator("dl.facts")).containsText(market.currency());
        assertThat(policySection(page)).containsText("No policy parameters recorded yet.");
        browser.screenshot("admin-02-market-created");

        recordPolicyValue(page, "30", inForceFrom, "Returns policy v4");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(KEY + " = 30 recorded from " + inForceFrom + ".");
        assertThat(inForceRow(page)).containsText(new String[] {KEY, "30", inForceFrom.toString()});
        browser.screenshot("admin-03-policy-value-in-force");

        recordPolicyValue(page, "45", changeFrom, "Returns policy v5");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(KEY + " = 45 recorded from " + changeFrom + ".");
        assertThat(inForceRow(page)).containsText(new String[] {KEY, "30", inForceFrom.toString()});
        assertThat(policySection(page).getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Scheduled changes"))).isVisible();
        assertThat(scheduledRows(page)).hasCount(1);
        assertThat(scheduledRows(page).first().locator("td")).containsText(new String[] {KEY, "45", changeFrom.toString()});
        assertHistory(page, List.of("45", changeFrom, "30", inForceFrom));
        browser.screenshot("admin-04-policy-change-scheduled");

        recordPolicyValue(page, "60", changeFrom, "Should not overwrite");
        assertThat(page.getByRole(AriaRole.ALERT).first()).hasText("The policy value was not recorded; see the form below.");
        assertThat(page.locator("#record-parameter .field.invalid .error"))
                .containsText(KEY + " already has a value from " + changeFrom + "; values are never overwritten");
        browser.screenshot("admin-05-same-date-rejected");
        browser.open("/markets/" + market.code());
        assertThat(inForceRow(page)).containsText(new String[] {KEY, "30", inForceFrom.toString()});
        assertThat(scheduledRows(page)).hasCount(1);
        assertHistory(page, List.of("45", changeFrom, "30", inForceFrom));
        assertThat(page.locator("main")).not().containsText("Should not overwrite");

        browser.navLink("Audit trail").click();
        page.locator("#actor").fill("admin");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter").setExact(true)).click();
        assertAuditEntry(page, "market", "created", "Market " + market.code() + " (" + market.name() + ") created");
        assertAuditEntry(page, "policy_parameter", "recorded", market.code() + " " + KEY + " = 30 from " + inForceFrom);
        assertAuditEntry(page, "policy_parameter", "recorded", market.code() + " " + KEY + " = 45 from " + changeFrom);
        assertThat(auditRows(page, market.code() + " " + KEY + " = 60")).hasCount(0);
        browser.screenshot("admin-06-audit-trail");
    }

    @Test
    void theRecordFormOffersTheMarketsTodayAsEffectiveDate() {
        Page page = browser.signInAs("sopeditor");
        browser.open("/markets/ID");

        assertThat(page.locator("#record-parameter #effectiveFrom")).hasValue(LocalDate.now(ZoneId.of("Asia/Jakarta")).toString());
    }

    @Test
    void adminImportsARosterOnceAndABadFileChangesNothing() throws IOException {
        String batch = "BRW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Path roster = csv("roster-" + batch + ".csv",
                agentRow(batch + "-01", "Putri Maharani", "JKT-1", "id, en"),
                agentRow(batch + "-02", "Agus Setiawan", "JKT-1", "id"),
                agentRow(batch + "-03", "Sari Wulandari", "JKT-1", "id, en"));
        Path bad = csv("roster-" + batch + "-bad.csv",
                agentRow(batch + "-04", "Dewi Anggraini", "JKT-1", "english"),
                agentRow(batch + "-05", "Bayu Pratama", "", "id"),
                agentRow(batch + "-06", "Eka Putra", "JKT-1", "id"));
        Page page = browser.signInAs("admin");

        browser.navLink("Agents").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import roster")).click();
        assertThat(browser.heading()).hasText("Import the agent roster");
        upload(page, roster);
        assertThat(page.locator("#import-result")).hasText(roster.getFileName() + " imported: 3 added, 0 updated, 0 unchanged (3 rows).");
        browser.screenshot("admin-07-roster-imported");

        upload(page, roster);
        assertThat(page.locator("#import-result")).hasText(roster.getFileName() + " imported: 0 added, 0 updated, 3 unchanged (3 rows).");
        browser.screenshot("admin-08-roster-reimported");

        upload(page, bad);
        Locator rejected = page.locator("#import-rejected");
        assertThat(page.locator("#import-result")).hasCount(0);
        assertThat(rejected.getByRole(AriaRole.ALERT)).containsText(bad.getFileName() + " was rejected; nothing was imported.");
        Locator problems = rejected.locator("tbody tr");
        assertThat(problems).hasCount(2);
        assertThat(problems.nth(0).locator("td")).hasText(new String[] {"2", "languages", "'english' is not a BCP 47 language tag (e.g. en, id, th-TH)"});
        assertThat(problems.nth(1).locator("td")).hasText(new String[] {"3", "site", "is required"});
        browser.screenshot("admin-09-roster-rejected");

        browser.navLink("Agents").click();
        page.locator("#q").fill(batch);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter").setExact(true)).click();
        assertThat(page.locator("main")).containsText("3 agents match.");
        assertThat(page.locator("main table.data tbody tr td.mono"))
                .hasText(new String[] {batch + "-02", batch + "-01", batch + "-03"});
        browser.screenshot("admin-10-agents-after-import");
    }

    private static NewMarket unusedMarket() {
        return NEW_MARKETS.stream()
                .filter(m -> browser.page().request().get(browser.url("/markets/" + m.code())).status() == 404)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("every candidate market already exists: " + NEW_MARKETS));
    }

    private static void recordPolicyValue(Page page, String value, LocalDate from, String note) {
        Locator form = page.locator("#record-parameter");
        form.locator("#key").fill(KEY);
        form.locator("#value").fill(value);
        form.locator("#effectiveFrom").fill(from.toString());
        form.locator("#note").fill(note);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record value")).click();
        page.waitForLoadState();
    }

    private static Locator policySection(Page page) {
        return page.locator("section.card").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Policy parameters in force today"))));
    }

    private static Locator inForceRow(Page page) {
        return policySection(page).locator("table.data").first().locator("tbody tr")
                .filter(new Locator.FilterOptions().setHasText(KEY)).locator("td");
    }

    private static Locator scheduledRows(Page page) {
        return policySection(page).locator("h3:has-text('Scheduled changes') + .table-wrap table tbody tr");
    }

    /** The History card's table for {@link #KEY}: value and effective date per row, newest first. */
    private static void assertHistory(Page page, List<Object> valuesAndDates) {
        Locator history = page.locator("section.card").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("History").setExact(true))));
        Locator rows = history.locator("div").filter(new Locator.FilterOptions().setHas(page.locator("h3", new Page.LocatorOptions()
                .setHasText(KEY)))).locator("tbody tr");
        assertThat(rows).hasCount(valuesAndDates.size() / 2);
        for (int i = 0; i < valuesAndDates.size() / 2; i++) {
            Locator cells = rows.nth(i).locator("td");
            assertThat(cells.nth(0)).hasText(valuesAndDates.get(2 * i).toString());
            assertThat(cells.nth(1)).hasText(valuesAndDates.get(2 * i + 1).toString());
            assertThat(cells.nth(2)).hasText("admin");
        }
    }

    private static Locator auditRows(Page page, String summary) {
        return page.locator("main table.data tbody tr").filter(new Locator.FilterOptions().setHasText(summary));
    }

    private static void assertAuditEntry(Page page, String recordType, String action, String summary) {
        Locator row = auditRows(page, summary);
        assertThat(row).hasCount(1);
        Locator cells = row.locator("td");
        assertThat(cells.nth(1)).hasText("admin");
        assertThat(cells.nth(2)).hasText(recordType);
        assertThat(cells.nth(3)).hasText(action);
        assertThat(cells.nth(4)).hasText(summary);
    }

    private static String agentRow(String externalId, String name, String site, String languages) {
        String email = name.toLowerCase().replace(' ', '.') + "." + externalId.toLowerCase() + "@ncs.example";
        return String.join(",", externalId, name, email, "NCS", site, "\"" + languages + "\"", "\"refunds,chat\"", "ACTIVE", "2026-02-02");
    }

    private Path csv(String name, String... rows) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static void upload(Page page, Path file) {
        page.locator("#file").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
        page.waitForLoadState();
    }
}
