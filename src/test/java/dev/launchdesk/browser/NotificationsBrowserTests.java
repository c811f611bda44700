package dev.launchdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import dev.launchdesk.identity.UserAdministration;
import dev.launchdesk.identity.UserView;
import dev.launchdesk.notify.NotificationKind;
import dev.launchdesk.notify.NotificationRequest;
import dev.launchdesk.notify.Notifications;

/**
 * The bell in the top bar shows the signed-in user's unread notifications on every page; on the notifications page,
 * marking one read (htmx) changes its row and the bell's count in place, without a reload. As the trainer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class NotificationsBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    Notifications notifications;

    @Autowired
    UserAdministration users;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theBellCountsTheUnreadAndMarkingOneReadLowersItInPlace() {
        UserView trainer = users.users().stream().filter(u -> u.username().equals("trainer")).findFirst().orElseThrow();
        String key = "browser:" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> notifications.send(new NotificationRequest(NotificationKind.ANOMALY_DETECTED, key,
                Set.of(trainer.id()), "Browser bell " + key, "Body", "/insights/anomalies/1", Map.of())));
        long unread = notifications.unread(trainer.id());

        Page page = browser.signInAs("trainer");
        Locator count = page.locator(".topbar #bell-count");
        assertThat(count).hasText(Long.toString(unread));
        browser.open("/markets");
        assertThat(count).hasText(Long.toString(unread));

        page.locator(".topbar .bell").click();
        assertThat(browser.heading()).hasText("Notifications");
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText("Browser bell " + key));
        assertThat(row).hasClass(java.util.regex.Pattern.compile("\\bunread\\b"));
        browser.screenshot("notifications-1-unread");

        row.getByText("Mark read").click();

        assertThat(row.locator(".badge")).hasText("read");
        assertThat(count).hasText(Long.toString(unread - 1));
        assertThat(page).hasURL(browser.url("/notifications"));
        browser.screenshot("notifications-2-marked-read");
    }
}
