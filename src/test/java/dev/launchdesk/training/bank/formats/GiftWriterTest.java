package dev.launchdesk.training.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.launchdesk.training.bank.formats.QuestionDraft.Option;

/** The GIFT a bank is exported as: what Moodle's own export writes for the same questions, plus the category. */
class GiftWriterTest {

    @Test
    void writesEachTypeAsMoodleImportsIt() {
        QuestionDraft single = new QuestionDraft("SPS-RFD-001", "refund-window", QuestionType.SINGLE_CHOICE, "Refund window: how many days?",
                List.of(new Option("15", true, "Right: 15 days."), new Option("7", false, null), new Option("{30}", false, null)),
                "See 2.1 #refund-window", "en", "Refund days");
        QuestionDraft multiple = new QuestionDraft("SPS-RFD-001", "refund-window", QuestionType.MULTIPLE_CHOICE, "Which proofs?",
                List.of(new Option("Photo", true, null), new Option("Label", true, null), new Option("Receipt", true, null),
                        new Option("Phone number", false, "Not needed")),
                "Three proofs.", "en", null);
        QuestionDraft trueFalse = QuestionDraft.trueFalse("SPS-RFD-002", "evidence", "Photos are required.", true, null, "They are.",
                "Section 3.", "en", null);

        assertThat(GiftWriter.write(List.of(single, multiple, trueFalse))).isEqualTo("""
                $CATEGORY: SPS-RFD-001/refund-window

                ::Refund days::[markdown]Refund window\\: how many days? {
                \t=15#Right\\: 15 days.
                \t~7
                \t~\\{30\\}
                \t####See 2.1 \\#refund-window
                }

                [markdown]Which proofs? {
                \t~%33.33333%Photo
                \t~%33.33333%Label
                \t~%33.33333%Receipt
                \t~%-100%Phone number#Not needed
                \t####Three proofs.
                }

                $CATEGORY: SPS-RFD-002/evidence

                [markdown]Photos are required. {
                \tTRUE#They are.
                \t####Section 3.
                }

                """);
    }

    @Test
    void weightsAreTheFractionsMoodleKnows() {
        assertThat(List.of(1, 2, 3, 4, 5, 6).stream().map(GiftWriter::weight))
                .containsExactly("100", "50", "33.33333", "25", "20", "16.66667");
    }

    @Test
    void aSectionThatCannotBeACategoryIsRefused() {
        QuestionDraft slashed = QuestionDraft.trueFalse("SPS/1", "a", "t", true, null, null, "e", "en", null);
        assertThatThrownBy(() -> GiftWriter.write(List.of(slashed))).isInstanceOf(IllegalArgumentException.class);
    }
}
