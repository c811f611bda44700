package dev.launchdesk.training.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The GIFT example trainers read in docs/training-bank-formats.md is a bank LaunchDesk accepts. */
class BankDocsExampleTest {

    @Test
    void theDocumentedExampleIsAccepted() throws IOException {
        String doc = Files.readString(Path.of("docs/training-bank-formats.md"));
        int start = doc.indexOf("```\n$CATEGORY") + 4;
        String gift = doc.substring(start, doc.indexOf("```", start));

        assertThat(GiftReader.read(gift, BankDefaults.inLanguage("en")).acceptedQuestions())
                .extracting(QuestionDraft::type, QuestionDraft::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(QuestionType.SINGLE_CHOICE, "Refund days"),
                        org.assertj.core.groups.Tuple.tuple(QuestionType.MULTIPLE_CHOICE, "Evidence"),
                        org.assertj.core.groups.Tuple.tuple(QuestionType.TRUE_FALSE, "Photos"));
    }
}
