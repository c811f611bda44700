package dev.launchdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.launchdesk.insight.TicketFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;

import dev.launchdesk.insight.TicketFixtures;
import dev.launchdesk.insight.VendorDays;

/**
 * The KPI dashboard's charts render from the webjar's ECharts without script errors, a heat-map cell drills down to
 * its tickets, and the dashboard and the before/after page fit a phone. Tickets in May 2019, removed afterwards.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class InsightsBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    static final LocalDate MAY_6 = LocalDate.of(2019, 5, 6);
    static final String RANGE = "from=2019-05-01&to=2019-05-14";

    @Autowired
    JdbcClient jdbc;

    private final List<String> scriptErrors = new ArrayList<>();

    @BeforeEach
    void tickets() {
        List<TicketFixtures.FixtureTicket> tickets = new ArrayList<>();
        String[] markets = {"ID", "MY", "TH"};
        String[] categories = {"Refund", "Delivery", "Payment"};
        for (int day = 0; day < 14; day++) {
            for (int i = 0; i < 6; i++) {
                String market = markets[(day + i) % 3];
                tickets.add(ticket("BR-" + day + "-" + i, MAY_6.minusDays(5).plusDays(day), market, market.equals("TH") ? "LUMEN" : "NCS",
                        market.equals("TH") ? "BKK-1" : market.equals("MY") ? "KUL-1" : "JKT-1", i % 2 == 0 ? "chat" : "email",
                        categories[i % 3]).handled(200 + 50 * i).responded(60 * (i + 1), i < 4)
                        .launch(day >= 5 ? "BR-LAUNCH" : ""));
            }
        }
        new TicketFixtures(jdbc).insert(tickets);
    }

    @AfterEach
    void removeTickets() {
        jdbc.sql("delete from ticket where ticket_id like 'BR-%'").update();
        jdbc.sql("delete from ticket_day where created_day between :from and :to")
                .param("from", LocalDate.of(2019, 5, 1)).param("to", LocalDate.of(2019, 5, 14)).update();
        VendorDays.rebuild(jdbc, LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 14));
    }

    @Test
    void theChartsRenderAndAHeatMapCellOpensItsTickets() {
        Page page = browser.signInAs("analyst");
        page.onPageError(scriptErrors::add);
        browser.open("/insights?" + RANGE + "&groupBy=market&kpi=aht");

        assertThat(page.locator("#chart-trend canvas")).isVisible();
        assertThat(page.locator("#chart-bars canvas")).isVisible();
        assertThat(page.locator("#chart-heat canvas")).isVisible();
        browser.screenshot("insights-1-dashboard");

        // the heat map's first cell: first category (alphabetical: Delivery) in the first market (ID)
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) page.evaluate(
                "echarts.getInstanceByDom(document.getElementById('chart-heat')).convertToPixel({seriesIndex: 0}, [0, 0])");
        page.locator("#chart-heat").scrollIntoViewIfNeeded();
        BoundingBox box = page.locator("#chart-heat").boundingBox();
        page.mouse().click(box.x + pixel.get(0).doubleValue(), box.y + pixel.get(1).doubleValue());

        page.waitForURL(Pattern.compile(".*/insights/tickets\\?.*"));
        assertThat(page.url()).contains("market=ID", "category=Delivery", "from=2019-05-01", "to=2019-05-14");
        assertThat(page.locator("table.ticket-table tbody tr").first()).containsText("Delivery");
        assertThat(scriptErrors).isEmpty();
    }

    @Test
    void theDashboardAndTheBeforeAfterPageFitAPhone() {
        Page page = browser.resize(390, 844);
        browser.signInAs("vendorlead");
        page.onPageError(scriptErrors::add);

        browser.open("/insights?" + RANGE + "&granularity=week");
        assertThat(page.locator("#chart-trend canvas")).isVisible();
        assertThat(page.locator("table.kpi-table")).isVisible();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
        browser.screenshot("insights-2-dashboard-phone");

        browser.open("/insights/compare?launchKey=BR-LAUNCH&days=5");
        assertThat(page.locator("#chart-compare canvas")).isVisible();
        assertThat(page.locator("table.compare-table")).containsText("Average handle time");
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
        browser.screenshot("insights-3-compare-phone");
        assertThat(scriptErrors).isEmpty();
    }
}
