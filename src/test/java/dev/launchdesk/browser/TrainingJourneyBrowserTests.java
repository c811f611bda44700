package dev.launchdesk.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.launchdesk.identity.UserAdministration;
import dev.launchdesk.identity.UserView;
import dev.launchdesk.shared.Actor;
import dev.launchdesk.shared.Role;
import dev.launchdesk.training.assignment.AssignmentDesk;
import dev.launchdesk.training.assignment.AssignmentForm;
import dev.launchdesk.training.bank.QuestionBank;
import dev.launchdesk.training.bank.QuestionVersion;
import dev.launchdesk.training.catalog.ModuleCatalog;
import dev.launchdesk.training.catalog.ModuleForm;

/**
 * The agent's training journey on a 390 px phone in Bahasa Indonesia (issue #11): Budi (the demo agent, Jakarta) opens
 * Pelatihan saya, studies the lost-parcel module (the demo's Indonesian SOP), takes the quiz and gets it wrong — the
 * result shows his answers, the correct ones and the explanations — studies again, passes and sees his certification.
 * The test knows the correct answers from the question bank and the attempt's stored option order, never from the page.
 * The questions are the demo's, translated into Bahasa Indonesia through the SOP's XLIFF import: the quiz shows their
 * prompts and options, the results their explanations, as stored for Indonesian, not the English they were written in.
 * Each step is shot into target/screenshots/training-*.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TrainingJourneyBrowserTests {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    ModuleCatalog catalog;

    @Autowired
    AssignmentDesk assignments;

    @Autowired
    QuestionBank bank;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    UserAdministration users;

    /** A question of an attempt as stored: its version and the order its options were shown in. */
    record Given(int position, UUID questionId, int version, List<Integer> optionOrder) {
    }

    @Test
    void anAgentOnAPhoneFailsThenPassesAQuizInBahasaIndonesiaAndSeesTheCertification() {
        String title = "Klaim paket hilang " + UUID.randomUUID().toString().substring(0, 6);
        var module = catalog.create(new ModuleForm("SPS-LOG-001", "ID", title, "Aturan 5 hari dan 10 hari menentukan sebagian besar klaim.",
                List.of("steps", "decision-rules"), 12, 1, 100, 3, 15, true), trainer());
        assignments.assign(module.id(), new AssignmentForm(List.of("NCS-10001"), LocalDate.now().plusDays(7)), trainer());

        Page page = browser.resize(390, 844, "id-ID");
        List<String> scriptErrors = new ArrayList<>();
        page.onPageError(scriptErrors::add);
        browser.signInAs("agent");
        assertThat(browser.heading()).hasText("Selamat datang, Budi Santoso");
        assertThat(page.locator("#work-title")).containsText("Perlu Anda tangani sekarang");
        assertThat(page.locator(".work-items li", new Page.LocatorOptions().setHasText(title))).containsText("Pelatihan");
        fits(page, "training-0-home");
        page.locator("button.menu-toggle").click();
        page.locator("nav.nav a[href=\"/my/training\"]").click();
        assertThat(browser.heading()).hasText("Pelatihan saya");
        fits(page, "training-1-my-training");

        page.locator("tr", new Page.LocatorOptions().setHasText(title)).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Pelajari")).click();
        assertThat(browser.heading()).hasText(title);
        assertThat(page.locator("main")).containsText("Catatan trainer");
        assertThat(page.locator("#section-steps article.markdown li").first()).isVisible();
        fits(page, "training-2-study");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mulai kuis")).click();
        assertThat(browser.heading()).hasText("Kuis: " + title);
        assertThat(page.locator("[data-seconds-left]")).containsText(":");
        assertThat(page.locator("fieldset.question")).hasCount(2);
        UUID failing = attemptOf(page);
        showsTheQuestionsInIndonesian(page, failing);
        fits(page, "training-3-quiz");
        answer(page, failing, false);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim jawaban")).click();

        assertThat(browser.heading()).hasText("Hasil: " + title);
        assertThat(page.locator(".outcome")).containsText("Belum lulus");
        assertThat(page.locator(".outcome")).containsText("Nilai Anda: 0 % (nilai lulus 100 %)");
        assertThat(page.locator(".outcome")).containsText("Sisa 2 percobaan.");
        assertThat(page.locator("section.answer.wrong")).hasCount(2);
        assertThat(page.locator("section.answer dd.explanation").first()).not().isEmpty();
        assertThat(page.locator("section.answer dd.explanation a").first()).hasText("Baca bagiannya");
        showsTheExplanationsInIndonesian(page, failing);
        fits(page, "training-4-failed");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pelajari lagi dan coba lagi")).click();
        assertThat(page.locator("main")).containsText("Percobaan terpakai: 1 dari 3.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mulai kuis")).click();
        UUID passing = attemptOf(page);
        showsTheQuestionsInIndonesian(page, passing);
        answer(page, passing, true);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kirim jawaban")).click();

        assertThat(page.locator(".outcome")).containsText("Lulus");
        assertThat(page.locator(".outcome")).containsText("Nilai Anda: 100 %");
        assertThat(page.locator(".outcome")).containsText("Sertifikasi Anda berlaku sampai ");
        assertThat(page.locator(".outcome .badge").nth(1)).hasText("Bersertifikat");
        assertThat(page.locator("section.answer.right")).hasCount(2);
        showsTheExplanationsInIndonesian(page, passing);
        fits(page, "training-5-passed");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kembali ke Pelatihan saya")).click();
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(title))).containsText("Bersertifikat");
        assertThat(scriptErrors).isEmpty();
    }

    /**
     * Every question of the attempt shows its prompt and options as the SOP's translator translated them into Indonesian
     * (the demo's translations, stored through the XLIFF import), the options in the order the attempt stored.
     */
    private void showsTheQuestionsInIndonesian(Page page, UUID attempt) {
        for (Given q : given(attempt)) {
            Map<String, String> indonesian = storedTranslation(q);
            QuestionVersion written = bank.version(q.questionId(), q.version());
            Locator question = page.locator("fieldset.question",
                    new Page.LocatorOptions().setHas(page.locator("input[name=q" + q.position() + "]")));
            assertThat(indonesian.get("prompt")).as("the demo's Indonesian prompt").isNotBlank().isNotEqualTo(written.prompt());
            assertThat(question.locator("p.prompt")).hasText(indonesian.get("prompt"));
            List<String> shown = q.optionOrder().stream().map(option -> indonesian.get("option" + (option + 1))).toList();
            assertThat(shown).as("every option translated").doesNotContainNull();
            assertThat(question.locator("label.option span")).hasText(shown.toArray(String[]::new));
        }
    }

    /** The result shows each question's Indonesian prompt with its Indonesian explanation. */
    private void showsTheExplanationsInIndonesian(Page page, UUID attempt) {
        for (Given q : given(attempt)) {
            Map<String, String> indonesian = storedTranslation(q);
            assertThat(indonesian.get("explanation")).as("the demo's Indonesian explanation").isNotBlank()
                    .isNotEqualTo(bank.version(q.questionId(), q.version()).explanation());
            Locator answer = page.locator("section.answer", new Page.LocatorOptions().setHas(
                    page.locator("p.prompt", new Page.LocatorOptions().setHasText(indonesian.get("prompt")))));
            assertThat(answer.locator("dd.explanation span").first()).hasText(indonesian.get("explanation"));
        }
    }

    /** The question version's texts in Indonesian as stored by the translation import: part → text. */
    private Map<String, String> storedTranslation(Given q) {
        Map<String, String> parts = new HashMap<>();
        jdbc.sql("select part, text from training_question_translation where question_id = :q and version = :v and language = 'id'")
                .param("q", q.questionId()).param("v", q.version())
                .query((rs, n) -> Map.entry(rs.getString("part"), rs.getString("text"))).list()
                .forEach(e -> parts.put(e.getKey(), e.getValue()));
        return parts;
    }

    /** Ticks the right (or only wrong) options of every question: the bank's answers through the order they were shown in. */
    private void answer(Page page, UUID attempt, boolean right) {
        for (Given q : given(attempt)) {
            QuestionVersion version = bank.version(q.questionId(), q.version());
            for (int shown = 0; shown < q.optionOrder().size(); shown++) {
                boolean correct = version.correct().contains(q.optionOrder().get(shown));
                boolean tick = right ? correct : !correct && noWrongTickedYet(page, q.position());
                if (tick) {
                    page.locator("input[name=q" + q.position() + "][value='" + shown + "']").check();
                }
            }
        }
    }

    private static boolean noWrongTickedYet(Page page, int position) {
        return page.locator("input[name=q" + position + "]:checked").count() == 0;
    }

    private List<Given> given(UUID attempt) {
        return jdbc.sql("select position, question_id, question_version, option_order from training_attempt_question where attempt_id = :a"
                        + " order by position").param("a", attempt)
                .query((rs, n) -> new Given(rs.getInt("position"), rs.getObject("question_id", UUID.class), rs.getInt("question_version"),
                        order(rs.getString("option_order")))).list();
    }

    private List<Integer> order(String stored) {
        try {
            return json.readValue(stored, new TypeReference<List<Integer>>() { });
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UUID attemptOf(Page page) {
        String url = page.url();
        return UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
    }

    private static void fits(Page page, String shot) {
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).as(shot + " fits 390 px").isLessThanOrEqualTo(390);
        browser.screenshot(shot);
    }

    private Actor trainer() {
        UserView user = users.users().stream().filter(u -> u.username().equals("trainer")).findFirst().orElseThrow();
        return new Actor() {
            @Override public UUID userId() { return user.id(); }
            @Override public String username() { return user.username(); }
            @Override public String displayName() { return user.displayName(); }
            @Override public Role role() { return Role.TRAINER; }
            @Override public Optional<UUID> vendorId() { return Optional.empty(); }
        };
    }
}
