package dev.launchdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import dev.launchdesk.training.bank.formats.BankDefaults;
import dev.launchdesk.training.bank.formats.BankWorkbook;
import dev.launchdesk.training.bank.formats.QuestionDraft;

/**
 * The trainer's journey in Chromium, on a desk and on a phone: build a module from the refund SOP's Malaysian
 * sections, write a question, import a Moodle GIFT file, export the bank as XLSX, assign the module by rule and by name.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TrainerJourneyBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Test
    void aTrainerBuildsAModuleWritesAndImportsQuestionsExportsThemAndAssignsIt() throws IOException {
        journey(1280, 900, "desk");
    }

    @Test
    void theSameJourneyOnAPhone() throws IOException {
        browser.resize(390, 844);
        journey(390, 844, "phone");
        Page page = browser.page();
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as("no horizontal scrolling at 390 px").isTrue();
    }

    private void journey(int width, int height, String device) throws IOException {
        String title = "Refund decisions refresher (" + device + " " + System.nanoTime() % 100_000 + ")";
        Page page = browser.signInAs("trainer");
        if (width < 600) {
            page.locator(".menu-toggle").click();
        }
        browser.navLink("Training").click();
        assertThat(browser.heading()).hasText("Training modules");
        browser.screenshot("trainer-1-modules-" + device);

        page.getByText("New module").first().click();
        page.locator("#pickSop").selectOption("SPS-RFD-001");
        page.locator("#pickMarket").selectOption("MY");
        page.getByText("Show its sections").click();
        page.locator("#title").fill(title);
        page.locator("input[name=sections][value=steps]").check();
        page.locator("input[name=sections][value=decision-rules]").check();
        page.locator("#passMarkPercent").fill("0");
        page.getByText("Create module").click();
        assertThat(page.locator(".field.invalid")).containsText("must be from 1 to 100, not 0");
        assertThat(page.locator("input[name=sections][value=decision-rules]")).isChecked();
        browser.screenshot("trainer-2-module-form-problem-" + device);
        page.locator("#notes").fill("Since 9 November: the unboxing video comes first.\nRead the first row twice.");
        page.locator("#passMarkPercent").fill("75");
        page.getByText("Create module").click();
        assertThat(browser.heading()).hasText(title);
        assertThat(page.locator(".flash.ok")).containsText("created");
        browser.screenshot("trainer-3-module-" + device);
        String moduleUrl = page.url();

        page.locator("a[href*='section=decision-rules']").click();
        assertThat(browser.heading()).hasText("Question bank");
        page.getByText("New question").first().click();
        page.locator("#prompt").fill("Wrong item, no packing evidence from the seller: what comes first?");
        page.locator("input[name=options]").nth(0).fill("Ask the buyer for an unboxing video");
        page.locator("input[name=options]").nth(1).fill("Refund in full at once");
        page.locator("input[name=correct]").nth(0).check();
        page.locator("#explanation").fill("Decision rules, first row (since 9 November).");
        page.getByText("Add question").click();
        assertThat(page.locator(".flash.ok")).containsText("Question added");
        browser.screenshot("trainer-4-bank-" + device);

        Path gift = Files.createTempFile("bank", ".gift");
        Files.writeString(gift, """
                $CATEGORY: $course$/top/SPS-RFD-001/escalation
                ::Tier 2::Which cases go to Tier 2 (%1$s)? {
                \t~%%50%%Order value above RM 1,500
                \t~%%50%%Three or more requests from one buyer in 30 days
                \t~%%-100%%Any seller complaint
                \t####Escalation: high value and repeat requests.
                }
                """.formatted(title), StandardCharsets.UTF_8);
        page.locator("#file").setInputFiles(gift);
        page.getByText("Import", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".flash.ok")).containsText("1 added");
        Files.delete(gift);

        Download download = page.waitForDownload(() -> page.locator("a[href*='format=xlsx']").click());
        Path xlsx = BrowserSession.SCREENSHOTS.resolve("trainer-bank-" + device + ".xlsx");
        download.saveAs(xlsx);
        assertThat(BankWorkbook.read(Files.readAllBytes(xlsx), BankDefaults.inLanguage("en")).acceptedQuestions())
                .extracting(QuestionDraft::text).contains("Which cases go to Tier 2 (" + title + ")?",
                        "Wrong item, no packing evidence from the seller: what comes first?");

        browser.open("/training/assignments?market=MY");
        String agent = page.locator("table.data tbody tr td .mono").first().textContent().trim();
        page.navigate(moduleUrl);
        page.getByText("Assign", new Page.GetByTextOptions().setExact(true)).click();
        page.locator("#vendor").selectOption("LUMEN");
        page.locator("#dueInDays").fill("10");
        page.getByText("Add rule").click();
        assertThat(page.locator(".flash.ok")).containsText("Rule added");
        page.locator("#agents").fill(agent);
        page.locator("#dueOn").fill(LocalDate.now().plusDays(14).toString());
        page.getByText("Assign", new Page.GetByTextOptions().setExact(true)).last().click();
        assertThat(page.locator(".flash.ok")).containsText(Pattern.compile("Assigned to [01] agent"));
        assertThat(page.locator("table.data")).containsText(agent);
        browser.screenshot("trainer-5-assignments-" + device);
    }
}
