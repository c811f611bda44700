package dev.launchdesk.sop.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    private final Snippets.MarkedPassages formatter = new Snippets.MarkedPassages();

    @Test
    void passageScoresAreLucenesOwn() {
        Passage passage = passage(100, 260, "refund", "refund", "seller", "refund", "evidence", "seller");
        Passage another = passage(0, 90, "refund");

        for (Passage p : new Passage[] {passage, another}) {
            assertThat(new Snippets.PassageRelevance().score(p, 5_000)).isCloseTo(new PassageScorer().score(p, 5_000), within(1e-5f));
        }
    }

    @Test
    void marksMatchesEscapesTextAndShowsWhatWasLeftOut() {
        String content = "Intro. Ask for the <b>refund</b> & evidence. Then close.";
        Passage middle = new Passage();
        middle.setStartOffset(content.indexOf("Ask"));
        middle.setEndOffset(content.indexOf(" Then"));
        middle.addMatch(content.indexOf("refund"), content.indexOf("refund") + 6, new BytesRef("refund"), 1);
        middle.addMatch(content.indexOf("evidence"), content.indexOf("evidence") + 8, new BytesRef("evidence"), 1);

        assertThat(formatter.format(new Passage[] {middle}, content))
                .isEqualTo("… Ask for the &lt;b&gt;<mark>refund</mark>&lt;/b&gt; &amp; <mark>evidence</mark>. …");
    }

    @Test
    void adjoiningMatchesShareOneMark() {
        String content = "ผู้ซื้อขอคืนเงิน";
        Passage all = new Passage();
        all.setStartOffset(0);
        all.setEndOffset(content.length());
        all.addMatch(9, 12, new BytesRef("คืน"), 1);
        all.addMatch(12, 16, new BytesRef("เงิน"), 1);

        assertThat(formatter.format(new Passage[] {all}, content)).isEqualTo("ผู้ซื้อขอ<mark>คืนเงิน</mark>");
    }

    @Test
    void lineBreaksBecomeSpaces() {
        String content = "Step one.\n\n- Step two.";
        Passage all = new Passage();
        all.setStartOffset(0);
        all.setEndOffset(content.length());

        assertThat(formatter.format(new Passage[] {all}, content)).isEqualTo("Step one. - Step two.");
    }

    private static Passage passage(int start, int end, String... matchedTerms) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        for (int i = 0; i < matchedTerms.length; i++) {
            passage.addMatch(start + i * 10, start + i * 10 + 5, new BytesRef(matchedTerms[i]), 3 + matchedTerms[i].length());
        }
        return passage;
    }
}
