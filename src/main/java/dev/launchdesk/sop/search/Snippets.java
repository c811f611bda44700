package dev.launchdesk.sop.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Snippets of the hits' bodies by Lucene's UnifiedHighlighter: the best {@value #PASSAGES} passages of
 * about {@value #PASSAGE_CHARS} characters around the matched words, HTML-escaped, matches in
 * {@code <mark>}. Passages are cut at spaces: SOP sentences can be long, Thai has no sentence
 * punctuation but puts spaces between phrases, and the JDK's word and sentence iterators (dictionary
 * lookups for Thai) made highlighting several times slower.
 */
final class Snippets {

    static final int PASSAGES = 2;
    static final int PASSAGE_CHARS = 160;
    /** Bodies are highlighted within their first this many characters. */
    static final int MAX_CHARS = 100_000;

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One snippet per document, in the order of {@code docIds}; {@code fields[i]} is the snippet field of {@code docIds[i]}. */
    String[] of(IndexSearcher searcher, Query query, int[] docIds, String[] fields) throws IOException {
        UnifiedHighlighter highlighter = highlighter(searcher);
        String[] snippets = new String[docIds.length];
        for (Map.Entry<String, List<Integer>> field : byField(fields).entrySet()) {
            List<Integer> indexes = field.getValue();
            int[] ids = indexes.stream().mapToInt(i -> docIds[i]).toArray();
            String[] found = highlighter.highlightFields(new String[] {field.getKey()}, query, ids, new int[] {PASSAGES})
                    .get(field.getKey());
            for (int i = 0; i < ids.length; i++) {
                snippets[indexes.get(i)] = found[i];
            }
        }
        return snippets;
    }

    private static Map<String, List<Integer>> byField(String[] fields) {
        Map<String, List<Integer>> byField = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i++) {
            byField.computeIfAbsent(fields[i], f -> new ArrayList<>()).add(i);
        }
        return byField;
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new CustomSeparatorBreakIterator(' '), PASSAGE_CHARS, 0.5f))
                .withFormatter(new MarkedPassages())
                .withScorer(new PassageRelevance())
                .withWeightMatches(false)             // mark words one by one, also inside a matched phrase
                .withMaxLength(MAX_CHARS)
                .build();
    }

    /**
     * Passages as escaped HTML with {@code <mark>} around matches and "…" where text was left out;
     * line breaks and runs of spaces become one space.
     */
    static final class MarkedPassages extends PassageFormatter {

        private static final String MARK_START = "<mark>";
        private static final String MARK_END = "</mark>";

        @Override
        public String format(Passage[] passages, String content) {
            StringBuilder html = new StringBuilder();
            int end = 0;
            for (Passage passage : passages) {
                if (passage.getStartOffset() > end) {
                    appendText(html, ' ');
                    html.append("… ");
                }
                int position = passage.getStartOffset();
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    int matchStart = Math.max(passage.getMatchStarts()[i], position);
                    int matchEnd = passage.getMatchEnds()[i];
                    if (matchEnd <= position) {
                        continue;                     // overlaps a match already marked
                    }
                    if (matchStart == position && endsWithMark(html)) {
                        html.setLength(html.length() - MARK_END.length());   // adjoining match: one mark (Thai คืน+เงิน)
                    } else {
                        escape(html, content, position, matchStart);
                        html.append(MARK_START);
                    }
                    escape(html, content, matchStart, matchEnd);
                    html.append(MARK_END);
                    position = matchEnd;
                }
                escape(html, content, position, passage.getEndOffset());
                end = passage.getEndOffset();
            }
            if (end < content.length()) {
                appendText(html, ' ');
                html.append('…');
            }
            return html.toString().strip();
        }

        private static boolean endsWithMark(StringBuilder html) {
            int length = html.length();
            return length >= MARK_END.length() && html.substring(length - MARK_END.length()).equals(MARK_END);
        }

        private static void appendText(StringBuilder html, char c) {
            if (!Character.isWhitespace(c)) {
                html.append(c);
            } else if (html.length() > 0 && html.charAt(html.length() - 1) != ' ') {
                html.append(' ');
            }
        }

        private static void escape(StringBuilder html, String content, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = content.charAt(i);
                switch (c) {
                    case '&' -> html.append("&amp;");
                    case '<' -> html.append("&lt;");
                    case '>' -> html.append("&gt;");
                    case '"' -> html.append("&quot;");
                    case '\'' -> html.append("&#39;");
                    default -> appendText(html, c);
                }
            }
        }
    }

    /**
     * Lucene's passage score (BM25 over the passage, earlier passages slightly preferred) without its
     * hash table per passage, which allocates 32 kB for every scored passage: on a long SOP with
     * common words that allocation was most of the time a search took.
     */
    static final class PassageRelevance extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            float score = 0;
            for (int i = 0; i < matches; i++) {
                if (seenBefore(terms, i)) {
                    continue;
                }
                int inPassage = 1;
                for (int j = i + 1; j < matches; j++) {
                    inPassage += terms[j].bytesEquals(terms[i]) ? 1 : 0;
                }
                score += tf(inPassage, passage.getLength()) * weight(contentLength, passage.getMatchTermFreqsInDoc()[i]);
            }
            return score * norm(passage.getStartOffset());
        }

        private static boolean seenBefore(BytesRef[] terms, int index) {
            for (int i = 0; i < index; i++) {
                if (terms[i].bytesEquals(terms[index])) {
                    return true;
                }
            }
            return false;
        }
    }
}
