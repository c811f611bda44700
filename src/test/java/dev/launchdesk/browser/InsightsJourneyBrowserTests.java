package dev.launchdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The analyst's journey from a helpdesk export to a root cause: upload five weeks of tickets (2023, a year no
 * other test uses) whose last week has three times the refund tickets at Surabaya, see the import complete, then
 * ask the root-cause analysis what explains the extra tickets.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class InsightsJourneyBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    private static final LocalDate FIRST = LocalDate.of(2023, 5, 1);
    private static final LocalDate LAST_WEEK = FIRST.plusWeeks(4);

    @TempDir
    Path files;

    @Test
    void analystUploadsTicketsAndFindsTheRootCauseOfTheSpike() throws IOException {
        Path export = writeExport(files.resolve("helpdesk-export-2023-05.csv"));
        Page page = browser.signInAs("analyst");

        browser.navLink("Ticket imports").click();
        page.locator("#file").setInputFiles(export);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/insights/imports/\\d+$"));
        assertThat(page.locator("#import-outcome")).containsText("Completed");
        assertThat(page.locator("#import-outcome")).containsText("rows imported");
        browser.screenshot("insights-01-import-completed");

        browser.navLink("Root-cause analysis").click();
        page.locator("#kpi").selectOption("volume");
        page.locator("#from").fill(LAST_WEEK.toString());
        page.locator("#to").fill(LAST_WEEK.plusDays(6).toString());
        page.locator("#baselineFrom").fill(FIRST.toString());
        page.locator("#baselineTo").fill(LAST_WEEK.minusDays(1).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Analyse")).click();

        assertThat(page.locator("#rca-result")).containsText("SBY-1");
        assertThat(page.locator("#rca-result")).containsText("category = Refund");
        assertThat(page.locator("#rca-chart canvas").first()).isVisible();
        browser.screenshot("insights-02-root-cause");

        page.locator("#rca-result").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Tickets")).first().click();
        assertThat(page).hasURL(Pattern.compile(".*/insights/tickets\\?.*category=Refund.*"));
        assertThat(page.locator("table").first()).containsText("SBY-1");
    }

    /** Five weeks for ID (NCS at two sites) and MY (NCS and Lumen), two channels, weekly seasonality, refunds at SBY-1 tripled in the last week. */
    private static Path writeExport(Path file) throws IOException {
        Random random = new Random(2023);
        String[] categories = {"Refund", "Delivery", "Order status", "Payout", "Listing"};
        String[] channels = {"chat", "email"};
        String[][] routes = {{"ID", "NCS", "JKT-1", "+07:00"}, {"ID", "NCS", "SBY-1", "+07:00"}, {"MY", "NCS", "KUL-1", "+08:00"},
                {"MY", "LUMEN", "MNL-1", "+08:00"}};
        int id = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("ticket_id,created_at,first_response_at,resolved_at,market,vendor,site,channel,category,handle_time_seconds,csat,reopened\n");
            for (LocalDate day = FIRST; day.isBefore(LAST_WEEK.plusDays(7)); day = day.plusDays(1)) {
                int weekday = day.getDayOfWeek().getValue() <= 5 ? 12 : 7;
                for (String[] route : routes) {
                    for (String category : categories) {
                        boolean problem = route[2].equals("SBY-1") && category.equals("Refund") && !day.isBefore(LAST_WEEK);
                        int count = (problem ? 3 * weekday : weekday) + random.nextInt(3);
                        for (int i = 0; i < count; i++) {
                            String at = day + "T" + String.format("%02d", 8 + random.nextInt(12)) + ":15:00" + route[3];
                            out.write("BJ-" + id++ + "," + at + ",," + "," + route[0] + "," + route[1] + "," + route[2] + "," + channels[random.nextInt(2)] + ","
                                    + category + "," + (300 + random.nextInt(600)) + ",,false\n");
                        }
                    }
                }
            }
        }
        return file;
    }
}
