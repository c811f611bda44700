package dev.launchdesk.training.bank.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.launchdesk.training.bank.formats.QuestionDraft.Option;

/**
 * The examples of Moodle's GIFT documentation (docs.moodle.org/en/GIFT_format, in the test resource as published
 * there), read as LaunchDesk reads a trainer's bank: every multiple-choice and true/false example becomes the question
 * Moodle makes of it, every other type is refused with its line and title, and none of them is accepted, because no
 * example has the explanation ({@code ####}) that LaunchDesk requires.
 */
class GiftDocsExamplesTest {

    private static List<String> lines;
    private static BankReading reading;

    @BeforeAll
    static void read() throws IOException {
        String gift = resource("moodle-docs-examples.gift");
        lines = gift.lines().toList();
        reading = GiftReader.read(gift, BankDefaults.forSection("SPS-DOC-001", "gift-format", "en"));
    }

    @Test
    void multipleChoiceWithOneRightAnswerAsMoodleReadsIt() {
        assertThat(one(byText("What's between orange and green"))).satisfies(q -> {
            assertThat(q.title()).isEqualTo("Q2");
            assertThat(q.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
            assertThat(q.text()).isEqualTo("What's between orange and green in the spectrum?");
            assertThat(q.options()).containsExactly(new Option("yellow", true, "right; good!"), new Option("red", false, "wrong, it's yellow"),
                    new Option("blue", false, "wrong, it's yellow"));
        });
        assertThat(one(byText("Who is buried in Grant's tomb in New York City?"))).satisfies(q -> {
            assertThat(q.title()).isEqualTo("Grants tomb");
            assertThat(q.options()).containsExactly(new Option("Grant", true, null),
                    new Option("No one", false, "Was true for 12 years, but Grant's remains were buried in the tomb in 1897"),
                    new Option("Napoleon", false, "He was buried in France"), new Option("Churchill", false, "He was buried in England"),
                    new Option("Mother Teresa", false, "She was buried in India"));
        });
        assertThat(one(byText("Who's buried in Grant's tomb?")).options()).extracting(Option::text)
                .containsExactly("Grant", "no one", "Napoleon", "Churchill", "Mother Teresa");
        assertThat(one(byText("What's the answer to this multiple-choice question?")).correctIndexes()).containsExactly(2);
    }

    @Test
    void weightsWithoutEqualsSignMakeSeveralRightAnswers() {
        List<QuestionDraft> entombed = byText("What two people are entombed in Grant's tomb?");
        assertThat(entombed).hasSize(3).allSatisfy(q -> {
            assertThat(q.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
            assertThat(q.options()).extracting(Option::text).containsExactly("No one", "Grant", "Grant's wife", "Grant's father");
            assertThat(q.correctIndexes()).containsExactly(1, 2);
        });
    }

    @Test
    void trueFalseInEveryWriting() {
        assertThat(byTitle("Q1")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("1+1=2");
            assertThat(q.statementIsTrue()).isTrue();
        });
        assertThat(byTitle("TrueStatement about Grant").statementIsTrue()).isTrue();
        assertThat(byTitle("FalseStatement about sun")).satisfies(q -> {
            assertThat(q.text()).isEqualTo("The sun rises in the West.");
            assertThat(q.statementIsTrue()).isFalse();
        });
        // {FALSE#feedback}: the feedback of the wrong answer, shown to whoever chose "true"
        assertThat(one(byText("Grant is buried in Grant's tomb.")).options()).containsExactly(
                new Option(Option.TRUE, false, "No one is buried in Grant's tomb."), new Option(Option.FALSE, true, null));
    }

    @Test
    void escapedControlCharactersAreText() {
        assertThat(one(byText("Which answer equals 5?")).options()).containsExactly(new Option("= 2 + 2", false, null),
                new Option("= 2 + 3", true, null), new Option("= 2 + 4", false, null));
        QuestionDraft control = byTitle("GIFT Control Characters");
        assertThat(control.text()).isEqualTo("Which of the following is NOT a control character for the GIFT import format?");
        assertThat(control.options()).extracting(Option::text).containsExactly("~", "=", "#", "{", "}", "\\");
        assertThat(control.correctIndexes()).containsExactly(5);
        assertThat(control.options().get(0).feedback()).isEqualTo("~ is a control character.");
        assertThat(control.options().get(5).feedback()).startsWith("Correct! \\ (backslash) is not a control character. BUT,\n")
                .endsWith("you must escape it with a backslash (as shown here).");
    }

    @Test
    void everyOtherTypeIsRefusedNamingTheLineAndTheQuestion() {
        assertThat(messages()).contains(
                "short answer questions are not supported, line " + lineOf("::Q3::") + ": ::Q3::",
                "matching questions are not supported, line " + lineOf("::Q4::") + ": ::Q4::",
                "numeric questions are not supported, line " + lineOf("::Q5::") + ": ::Q5::",
                "numeric questions are not supported, line " + lineOf("::Q6::") + ": ::Q6::",
                "numeric questions are not supported, line " + lineOf("::Q7::") + ": ::Q7::",
                "essay questions are not supported, line " + lineOf("::Q8::") + ": ::Q8::",
                "short answer questions are not supported, line " + lineOf("::Kanji Origins::") + ": ::Kanji Origins::",
                "missing word questions are not supported (the answers must follow the question text), line "
                        + lineOf("::Thanksgiving Date::") + ": ::Thanksgiving Date::",
                "matching questions are not supported, line " + lineOf("Match the following countries")
                        + ": \"Match the following countries with their…\"",
                "essay questions are not supported, line " + lineOf("Write a short biography") + ": \"Write a short biography of Dag Hammarskj…\"",
                "a description without answers is not a question (answers go in { }), line " + lineOf("You can use your pencil")
                        + ": \"You can use your pencil and paper for th…\"",
                "partial credit (50%) is not supported: an answer is right or wrong (use ~%50% weights without = for several right answers), line "
                        + lineOf("Difficult question.") + ": \"Difficult question.\"");
        assertThat(problemsAt(lineOf("Mahatma Gandhi"))).singleElement().asString().startsWith("missing word questions are not supported");
        assertThat(problemsAt(lineOf("::Jesus' hometown::Jesus"))).singleElement().asString().startsWith("missing word");
        assertThat(problemsAt(lineOf("::Jesus' hometown:: Jesus"))).singleElement().asString().startsWith("short answer questions");
        assertThat(problemsAt(lineOf("[markdown]The *American holiday"))).singleElement().asString().startsWith("missing word");
    }

    @Test
    void readQuestionsStillLackTheExplanationSoNothingIsAccepted() {
        assertThat(reading.questions()).hasSize(13);
        assertThat(reading.problems()).filteredOn(p -> p.message().startsWith("the explanation is required")).hasSize(13);
        assertThat(reading.accepted()).isFalse();
        assertThat(reading.problems()).allSatisfy(p -> {
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isNull();
            assertThat(p.question()).isNotBlank();
        });
        assertThat(reading.problems()).extracting(BankProblem::line).isSorted();
    }

    @Test
    void aQuestionWithoutCategoryGoesToTheChosenSectionAndACategoryNamesItsOwn() {
        assertThat(byTitle("Q1").sopKey()).isEqualTo("SPS-DOC-001");
        assertThat(byTitle("Q1").sectionAnchor()).isEqualTo("gift-format");
        String gift = "$CATEGORY: $course$/top/SPS-RFD-001/refund-window\n\n::Days::Refunds within 14 days?{T####See the refund window.}\n";
        QuestionDraft placed = GiftReader.read(gift, BankDefaults.forSection("SPS-DOC-001", "gift-format", "en")).acceptedQuestions().get(0);
        assertThat(placed.sopKey()).isEqualTo("SPS-RFD-001");
        assertThat(placed.sectionAnchor()).isEqualTo("refund-window");
        assertThat(placed.explanation()).isEqualTo("See the refund window.");
    }

    private static QuestionDraft one(List<QuestionDraft> found) {
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<QuestionDraft> byText(String start) {
        return reading.questions().stream().filter(q -> q.text().startsWith(start)).toList();
    }

    private static QuestionDraft byTitle(String title) {
        return one(reading.questions().stream().filter(q -> title.equals(q.title())).toList());
    }

    private static int lineOf(String fragment) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment) && !lines.get(i).startsWith("//")) {
                return i + 1;
            }
        }
        throw new AssertionError("no line holds " + fragment);
    }

    private static List<String> messages() {
        return reading.problems().stream().map(BankProblem::message).toList();
    }

    private static List<String> problemsAt(int line) {
        return reading.problems().stream().filter(p -> p.line() == line).map(BankProblem::message).toList();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(GiftDocsExamplesTest.class.getResourceAsStream("/training/gift/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
