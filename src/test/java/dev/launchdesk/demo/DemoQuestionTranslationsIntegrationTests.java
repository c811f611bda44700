package dev.launchdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.launchdesk.training.bank.QuestionBank;
import dev.launchdesk.training.bank.QuestionBank.BankedQuestion;
import dev.launchdesk.training.bank.QuestionVersion;

/**
 * The demo's lost-parcel questions (Indonesia, Budi's module) are in Bahasa Indonesia as an agent reads them: every
 * prompt, option and explanation translated, stored by the XLIFF import under the SOP editor's name; a second start
 * of the demo loader changes none of it.
 */
@SpringBootTest
class DemoQuestionTranslationsIntegrationTests {

    @Autowired
    QuestionBank bank;

    @Autowired
    DemoData demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTextOfTheIndonesianDemoQuestionsIsTranslated() {
        List<BankedQuestion> questions = bank.list(DemoTraining.PARCELS, null);
        assertThat(questions).hasSizeGreaterThanOrEqualTo(5);
        for (BankedQuestion q : questions) {
            QuestionVersion written = q.current();
            QuestionVersion indonesian = bank.version(q.question().id(), written.version(), "id");
            assertThat(indonesian.prompt()).as(written.prompt()).isNotEqualTo(written.prompt());
            assertThat(indonesian.explanation()).as(written.explanation()).isNotEqualTo(written.explanation());
            assertThat(indonesian.options()).hasSameSizeAs(written.options());
            for (int i = 0; i < written.options().size(); i++) {
                assertThat(indonesian.options().get(i)).as(written.options().get(i)).isNotEqualTo(written.options().get(i));
            }
            assertThat(indonesian.correct()).as("the same answers are right").isEqualTo(written.correct());
            assertThat(bank.version(q.question().id(), written.version(), "id-ID").prompt()).isEqualTo(indonesian.prompt());
        }
        QuestionVersion stalled = questions.stream().map(BankedQuestion::current)
                .filter(v -> v.prompt().equals("When is a domestic parcel stalled?")).findFirst().orElseThrow();
        QuestionVersion read = bank.version(stalled.questionId(), stalled.version(), "id");
        assertThat(read.prompt()).isEqualTo("Kapan paket domestik dianggap tertahan?");
        assertThat(read.options()).containsExactly("Tidak ada pemindaian selama 5 hari", "Tidak ada pemindaian selama 2 hari",
                "Tidak ada pemindaian selama 10 hari");
    }

    @Test
    void theTranslationsCameThroughTheImportAndARestartChangesNothing() throws Exception {
        String rows = "select count(*) from training_question_translation t join training_question q on q.id = t.question_id"
                + " where q.sop_key = :key and t.language = 'id' and t.translated_by = 'sopeditor'";
        long before = jdbc.sql(rows).param("key", DemoTraining.PARCELS).query(Long.class).single();
        // five questions: each a prompt, an explanation and its options (3 + 2 + 3 + 3 + 3)
        assertThat(before).isGreaterThanOrEqualTo(24);

        demo.run(null);

        assertThat(jdbc.sql(rows).param("key", DemoTraining.PARCELS).query(Long.class).single()).isEqualTo(before);
    }
}
