package dev.launchdesk.sop.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Replaces each word by its {@link IndonesianRoots} forms, all at the word's position (like synonyms). */
final class IndonesianRootFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final IndonesianRoots roots = new IndonesianRoots();
    private final Deque<String> pending = new ArrayDeque<>();
    private State word;

    IndonesianRootFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(word);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        Iterator<String> forms = roots.of(term.toString()).iterator();
        term.setEmpty().append(forms.next());
        forms.forEachRemaining(pending::add);
        word = captureState();
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        word = null;
    }
}
