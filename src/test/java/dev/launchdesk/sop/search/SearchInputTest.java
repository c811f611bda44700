package dev.launchdesk.sop.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever an agent types, search answers: no query syntax, no exceptions. */
class SearchInputTest {

    @TempDir
    static Path folder;
    static SopSearchIndex index;

    @BeforeAll
    static void indexCorpus() {
        index = SearchFixture.corpusIndex(folder);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n", "\u00a0"})
    void blankTextFindsNothing(String text) {
        SopSearchResults results = index.search(SopQuery.of(text));

        assertThat(results.hits()).isEmpty();
        assertThat(results.totalHits()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "AND", "OR NOT", "*", "?", "(", ")", "[", "{", "}", "]", "~", "^", ":", "\\", "/", "+", "-",
            "!", "&&", "||", "\"refund", "refund\"", "title:refund", "refund~2", "refund^10", "[1 TO 5]", "ref*", "*und",
            "(refund OR payout", "+-!(){}[]^\"~*?:\\/&|", "<script>alert(1)</script>", "%00", "\u0000", "\uD800",
            "🙂🙂", "\u200b", "Ａ", "ـــ", "ๆๆๆ", "่่่", "'; DROP TABLE sop;--"})
    void specialCharactersAreJustText(String text) {
        assertThatCode(() -> index.search(SopQuery.of(text))).doesNotThrowAnyException();
        assertThatCode(() -> index.search(new SopQuery(text, "TH", "th", "Payments", "PUBLISHED", 5))).doesNotThrowAnyException();
    }

    @Test
    void operatorsAreNotOperators() {
        assertThat(SearchFixture.topHit(index, "refund AND")).isEqualTo("SG-RET-001");
        assertThat(index.search(SopQuery.of("NOT refund")).hits()).isNotEmpty();
    }

    @Test
    void aVeryLongTextIsCutNotRejected() {
        String pasted = "pengembalian dana barang rusak ".repeat(2_000);

        assertThat(SearchFixture.topHit(index, pasted)).isEqualTo("ID-RET-001");
        assertThat(SearchFixture.topHit(index, "x".repeat(100_000))).isEqualTo("(no hit)");
    }

    @Test
    void manyShortWordsInEveryScriptStayWithinLuceneLimits() {
        String words = "a b c d e f g h i j k l m n o p q r s t u v w x y z ก ข ค ง จ đ ă â ê ô ơ ư peng meng pen mem ";

        assertThatCode(() -> index.search(SopQuery.of(words.repeat(10)))).doesNotThrowAnyException();
    }

    /** Random strings from the characters that break parsers and analyzers; fixed seed, so a failure repeats. */
    @Test
    void randomTextNeverThrows() {
        String alphabet = "ab zAZ09\"'()[]{}*?~^:\\/+-!&|<>.,; \t\nกขคงจฉเแโใไ่้๊๋ัิีึืุูำàáảãạăằđêếễơởưữ\u0301\u0300\u00a0🙂";
        Random random = new Random(20_251_212);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            String language = i % 3 == 0 ? null : new String[] {"en", "id", "ms", "th", "vi", "es", "fr"}[random.nextInt(7)];
            SopQuery query = new SopQuery(text.toString(), null, language, null, null, 5);
            assertThatCode(() -> index.search(query)).as("text %s", text).doesNotThrowAnyException();
        }
    }
}
