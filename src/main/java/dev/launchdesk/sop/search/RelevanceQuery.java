package dev.launchdesk.sop.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.LimitTokenPositionFilter;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what an agent typed into a Lucene query. The text is never parsed as query syntax: it is
 * analysed, field by field, with the analyzer of that field's language, so quotes, {@code AND},
 * {@code *} or brackets are plain characters and nothing can fail to parse.
 *
 * <p>Per language field pair, all optional (any one match is enough), scores added up:
 * <ul>
 *   <li>each word in the title ({@value #TITLE_BOOST}×) and in the body (1×), BM25-weighted, so rare
 *       words and documents matching more of the words rank higher;</li>
 *   <li>the words close together (at most {@value #PHRASE_SLOP} positions apart) as a bonus, which
 *       keeps multi-syllable Vietnamese words and segmented Thai words together;</li>
 *   <li>the last word as a prefix, unless the text ends with a space (as-you-type);</li>
 * </ul>
 * plus the whole text as an SOP key ({@code RET-001}) far above everything else.
 */
final class RelevanceQuery {

    static final float TITLE_BOOST = 3f;
    static final float BODY_BOOST = 1f;
    static final float PHRASE_FACTOR = 1f;
    static final int PHRASE_SLOP = 2;
    static final float PREFIX_FACTOR = 0.5f;
    static final float SOP_KEY_BOOST = 50f;
    /** Shortest prefix matched, in code points: one letter matches too much to help. */
    static final int MIN_PREFIX = 2;
    /** Prefixes tried for the word being typed (see {@link #lastWordPrefixes}). */
    static final int MAX_PREFIXES = 4;
    /** Longer texts are cut: an agent's question fits, a pasted document does not need to. */
    static final int MAX_TEXT_CHARS = 200;
    /**
     * Words analysed per field. Keeps a long query well below Lucene's limit of 1024 clauses: 16 fields
     * × (12 words + 12 phrase positions + 4 prefixes) = 448 (the forms of one Indonesian word count once).
     */
    static final int MAX_POSITIONS = 12;

    private final Analyzer analyzer;
    private final QueryBuilder builder;

    RelevanceQuery(Analyzer perFieldAnalyzer) {
        this.analyzer = new FirstPositions(perFieldAnalyzer);
        this.builder = new QueryBuilder(analyzer);
    }

    /** The query, or empty when the text is blank. {@code vendorCode} {@code null}: no vendor scope. */
    Optional<Query> of(SopQuery query, String vendorCode) {
        String text = shortened(MarkdownText.canonical(query.text()));
        if (text.isBlank()) {
            return Optional.empty();
        }
        List<LanguageProfile> profiles = query.language() == null || query.language().isBlank()
                ? List.of(LanguageProfile.values())
                : List.of(LanguageProfile.of(query.language()));
        BooleanQuery.Builder result = new BooleanQuery.Builder()
                .add(matching(text, profiles), Occur.MUST);
        filter(result, SopIndexDocument.FILTER_MARKET, SopIndexDocument.keyword(query.marketCode()));
        filter(result, SopIndexDocument.FILTER_LANGUAGE, LanguageProfile.primaryLanguage(query.language()));
        filter(result, SopIndexDocument.FILTER_CATEGORY, SopIndexDocument.keyword(query.category()));
        filter(result, SopIndexDocument.FILTER_STATUS, SopIndexDocument.keyword(query.status()));
        if (vendorCode != null) {
            result.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(SopIndexDocument.FILTER_VENDOR, SopIndexDocument.NO_VENDOR)), Occur.SHOULD)
                    .add(new TermQuery(new Term(SopIndexDocument.FILTER_VENDOR, SopIndexDocument.keyword(vendorCode))), Occur.SHOULD)
                    .build(), Occur.FILTER);
        }
        return Optional.of(result.build());
    }

    private Query matching(String text, List<LanguageProfile> profiles) {
        boolean asYouType = !Character.isWhitespace(text.charAt(text.length() - 1));
        String words = text.strip();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (LanguageProfile profile : profiles) {
            for (LanguageProfile.Analysis analysis : profile.analyses()) {
                addField(any, analysis.titleField(), words, TITLE_BOOST, asYouType);
                addField(any, analysis.bodyField(), words, BODY_BOOST, asYouType);
            }
        }
        any.add(new BoostQuery(new TermQuery(new Term(SopIndexDocument.MATCH_SOP_KEY, SopIndexDocument.keyword(words))), SOP_KEY_BOOST), Occur.SHOULD);
        return any.build();
    }

    private void addField(BooleanQuery.Builder any, String field, String words, float boost, boolean asYouType) {
        Query terms = builder.createBooleanQuery(field, words, Occur.SHOULD);
        if (terms == null) {
            return;                                   // nothing left after analysis, e.g. only stop words
        }
        any.add(new BoostQuery(terms, boost), Occur.SHOULD);
        Query phrase = builder.createPhraseQuery(field, words, PHRASE_SLOP);
        if (phrase instanceof PhraseQuery || phrase instanceof MultiPhraseQuery) {
            any.add(new BoostQuery(phrase, boost * PHRASE_FACTOR), Occur.SHOULD);
        }
        if (asYouType) {
            for (String prefix : lastWordPrefixes(field, words)) {
                any.add(new BoostQuery(new PrefixQuery(new Term(field, prefix)), boost * PREFIX_FACTOR), Occur.SHOULD);
            }
        }
    }

    /**
     * The word being typed, as prefixes: lower-cased but not stemmed (a half-typed word is not a word
     * the stemmer knows). Usually one; for Thai, where the last "word" is everything since the last
     * space and the segmenter cuts an unfinished word into fragments ({@code ขออุทธร} → ขอ อุ ท ธร),
     * the text from each of the last few cuts to the end ({@code ขออุทธร}, {@code อุทธร}, ...), one of
     * which is the start of the word being typed.
     */
    private List<String> lastWordPrefixes(String field, String words) {
        String lastWord = words.substring(lastWhitespace(words) + 1);
        List<Integer> starts = new ArrayList<>();
        int end = -1;
        try (TokenStream tokens = analyzer.tokenStream(field, lastWord)) {
            OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (!starts.contains(offsets.startOffset())) {
                    starts.add(offsets.startOffset());
                }
                end = Math.max(end, offsets.endOffset());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);        // analysing a String never reads from disk
        }
        List<String> prefixes = new ArrayList<>();
        for (int start : starts.subList(Math.max(0, starts.size() - MAX_PREFIXES), starts.size())) {
            String prefix = analyzer.normalize(field, lastWord.substring(start, end)).utf8ToString();
            if (prefix.codePointCount(0, prefix.length()) >= MIN_PREFIX && !prefixes.contains(prefix)) {
                prefixes.add(prefix);
            }
        }
        return prefixes;
    }

    private static int lastWhitespace(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void filter(BooleanQuery.Builder query, String field, String value) {
        if (!value.isEmpty()) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private static String shortened(String text) {
        if (text.length() <= MAX_TEXT_CHARS) {
            return text;
        }
        int cut = MAX_TEXT_CHARS;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + " ";          // the cut word is not the one being typed
    }

    /** The field's analyzer, stopping after the first {@value #MAX_POSITIONS} words. */
    private static final class FirstPositions extends AnalyzerWrapper {

        private final Analyzer delegate;

        FirstPositions(Analyzer delegate) {
            super(PER_FIELD_REUSE_STRATEGY);
            this.delegate = delegate;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return delegate;
        }

        @Override
        protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
            return new TokenStreamComponents(components.getSource(),
                    new LimitTokenPositionFilter(components.getTokenStream(), MAX_POSITIONS));
        }
    }
}
