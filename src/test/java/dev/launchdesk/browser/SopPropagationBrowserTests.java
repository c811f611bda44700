package dev.launchdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.launchdesk.shared.Actor;
import dev.launchdesk.sop.authoring.DraftForm;
import dev.launchdesk.sop.authoring.NewSopForm;
import dev.launchdesk.sop.authoring.PublishForm;
import dev.launchdesk.sop.variant.RegionalVariants;
import dev.launchdesk.sop.authoring.SopAuthoring;
import dev.launchdesk.sop.library.SopDocument;
import dev.launchdesk.sop.library.SopLibrary;
import dev.launchdesk.sop.library.SopVersion;

/**
 * The SOP loop with the demo logins, as the field test ran it: the SOP editor types a change into the master's
 * editor (the browser submits it with CRLF line endings), the admin approves and publishes it, and every market
 * with a local change gets a clean merged draft that the two demo logins can take through four-eyes review.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SopPropagationBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    static final String MASTER_V1 = """
            # Damaged parcel claims

            ## Steps
            1. Open the order in Order Console.
            2. Ask the buyer for a photo of the parcel.
            3. Refund when the photo shows the damage.

            ## Escalation
            Escalate to Tier 2 after {{sla.resolution.hours}} hours.
            """;

    @Autowired
    SopAuthoring authoring;

    @Autowired
    RegionalVariants variants;

    @Autowired
    SopLibrary library;

    @Autowired
    UserDetailsService users;

    @Test
    void aMasterEditTypedInTheBrowserReachesTheMarketsCleanAndTheDemoLoginsApproveIt() {
        SopDocument master = masterWithAdaptedVariants();
        SopDocument id = variant(master, "ID");
        SopDocument gb = variant(master, "GB");

        Page page = browser.signInAs("sopeditor");
        browser.open("/sops/" + master.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start a new version")).click();
        page.locator("#body").fill(MASTER_V1.replace("# Damaged parcel claims", "# Damaged or crushed parcel claims")
                .replace("## Steps", "## Steps for agents"));
        page.locator("#changeNote").fill("Crushed parcels count as damaged");
        browser.screenshot("sop-propagation-01-master-edited");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Version 2 saved as a draft.");
        String masterDraft = page.url();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Submitted for review.");

        signInAgainAs("admin");
        browser.page().navigate(masterDraft);
        button("Approve").click();
        assertThat(browser.page().getByRole(AriaRole.STATUS)).hasText("Approved.");
        button("Publish").click();
        assertThat(browser.page().getByRole(AriaRole.STATUS)).hasText("Published.");

        signInAgainAs("sopeditor");
        for (SopDocument variant : new SopDocument[] {id, gb}) {
            openMergedDraft(variant);
            assertThat(browser.page().locator("h1 + p .badge")).hasText("Draft");
            assertThat(browser.page().locator("main")).containsText("Propagated from master v2 (published by admin)");
            assertThat(browser.page().locator("main")).not().containsText("<<<<<<<");
            assertThat(browser.page().locator("article.markdown")).containsText("Damaged or crushed parcel claims");
            button("Submit for review").click();
            assertThat(browser.page().getByRole(AriaRole.STATUS)).hasText("Submitted for review.");
        }
        browser.screenshot("sop-propagation-02-merged-draft-submitted");
        openMergedDraft(id);
        button("Approve").click();
        assertThat(browser.page().getByRole(AriaRole.STATUS)).hasText("Approved.");

        signInAgainAs("admin");
        openMergedDraft(gb);
        button("Approve").click();
        assertThat(browser.page().getByRole(AriaRole.STATUS)).hasText("Approved.");
        browser.screenshot("sop-propagation-03-merged-draft-approved-by-the-publisher");
        browser.resize(390, 844);
        signInAgainAs("admin");
        openMergedDraft(gb);
        browser.screenshot("sop-propagation-04-merged-draft-phone");
    }

    private com.microsoft.playwright.Locator button(String name) {
        return browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** From the variant's page, the link to its open version (the merged draft). */
    private void openMergedDraft(SopDocument variant) {
        browser.open("/sops/" + variant.id());
        browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Open v2"))).click();
    }

    private void signInAgainAs(String username) {
        var size = browser.page().viewportSize();
        browser.resize(size.width, size.height);
        browser.signInAs(username);
    }

    /** A published master with ID and GB variants, each published with a local change, set up as the demo logins. */
    private SopDocument masterWithAdaptedVariants() {
        Actor editor = (Actor) users.loadUserByUsername("sopeditor");
        Actor admin = (Actor) users.loadUserByUsername("admin");
        String key = "BRW-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replaceAll("[^A-Z0-9]", "X") + "-001";
        SopDocument master = authoring.createMaster(new NewSopForm(key, "Damaged parcel claims", "Logistics", MASTER_V1, null), editor);
        publish(library.versionsOf(master, admin).get(0).id(), editor, admin);
        adapt(master, "ID", MASTER_V1.replace("2. Ask the buyer for a photo of the parcel.",
                "2. Ask the buyer for a photo of the parcel and the J&T or SiCepat receipt."), editor, admin);
        adapt(master, "GB", MASTER_V1.replace("Escalate to Tier 2", "Escalate to the UK Tier 2 desk"), editor, admin);
        return master;
    }

    private void adapt(SopDocument master, String market, String body, Actor editor, Actor admin) {
        SopDocument variant = variants.derive(master.id(), market, null, editor);
        SopVersion draft = library.versionsOf(variant, admin).get(0);
        authoring.editDraft(draft.id(), new DraftForm(draft.title(), body, "Local", draft.lockVersion()), editor);
        publish(draft.id(), editor, admin);
    }

    private void publish(UUID version, Actor editor, Actor admin) {
        authoring.submit(version, editor);
        authoring.approve(version, null, admin);
        authoring.publish(version, new PublishForm(null, null), admin);
    }

    private SopDocument variant(SopDocument master, String market) {
        return library.variantsOf(master.id(), dev.launchdesk.shared.VendorScope.all()).stream()
                .filter(v -> market.equals(v.marketCode())).findFirst().orElseThrow();
    }
}
