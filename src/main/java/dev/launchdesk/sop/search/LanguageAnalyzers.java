package dev.launchdesk.sop.search;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.es.SpanishPluralStemFilter;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;

/**
 * The analysis of each language: how text becomes index terms. The same analyzer is used for the
 * documents and for the query, field by field (see {@link LanguageProfile}).
 */
final class LanguageAnalyzers {

    private LanguageAnalyzers() {
    }

    /** Lucene's EnglishAnalyzer: stop words, possessives, Porter stemming (refunding → refund). */
    static Analyzer english() {
        return new EnglishAnalyzer();
    }

    /**
     * Indonesian and Malay: Lucene's IndonesianAnalyzer chain (stop words, Tala stemmer for particles,
     * possessives, prefixes and suffixes) with the root restoration of {@link IndonesianRoots}. Malay
     * has the same affix system (meN-, peN-, di-, ter-, ber-, -kan, -an, -i, -nya) and shares most
     * function words, and Lucene has no Malay analyzer, so Malay uses this one in a field of its own.
     */
    static Analyzer indonesianOrMalay() {
        return chain(StandardTokenizer::new,
                words -> new IndonesianRootFilter(new StopFilter(new LowerCaseFilter(words), IndonesianAnalyzer.getDefaultStopSet())),
                LowerCaseFilter::new);
    }

    /**
     * Lucene's ThaiAnalyzer (dictionary word segmentation by the JDK's Thai BreakIterator) without its
     * stop list: that list holds words seller-support text is about, such as ส่ง (send, ship),
     * จัด (arrange; จัดส่ง = deliver), รับ (receive) and ขอ (request), which would make
     * "การจัดส่ง" (delivery) unsearchable. BM25 already gives frequent words little weight.
     */
    static Analyzer thai() {
        return new ThaiAnalyzer(CharArraySet.EMPTY_SET);
    }

    /**
     * Vietnamese as written: one term per syllable (Vietnamese separates syllables by spaces; a word
     * is one or more syllables, which phrase matching keeps together), lower case, tone marks kept,
     * so {@code hoàn tiền} (refund) does not meet {@code hoan tiến}. No stop words: many function
     * syllables are also parts of words.
     */
    static Analyzer vietnamese() {
        return chain(StandardTokenizer::new, LowerCaseFilter::new, LowerCaseFilter::new);
    }

    /** Vietnamese folded to ASCII ({@code hoàn tiền} → {@code hoan tien}, đ → d) for queries typed without diacritics. */
    static Analyzer vietnameseFolded() {
        return chain(StandardTokenizer::new,
                syllables -> new ASCIIFoldingFilter(new LowerCaseFilter(syllables)),
                syllables -> new ASCIIFoldingFilter(new LowerCaseFilter(syllables)));
    }

    /**
     * Lucene's SpanishAnalyzer chain (stop words, light stemmer that also drops accents, so
     * {@code devolución} meets {@code devolucion}) with the plural stemmer first: the light stemmer
     * leaves words under five letters alone, so {@code pagos} would become {@code pag} and miss
     * {@code pago}.
     */
    static Analyzer spanish() {
        return chain(StandardTokenizer::new,
                words -> new SpanishLightStemFilter(new SpanishPluralStemFilter(
                        new StopFilter(new LowerCaseFilter(words), SpanishAnalyzer.getDefaultStopSet()))),
                LowerCaseFilter::new);
    }

    /** Every other language: Unicode word boundaries and lower case, no stemming. */
    static Analyzer standard() {
        return new StandardAnalyzer();
    }

    private static Analyzer chain(Supplier<Tokenizer> tokenizer, UnaryOperator<TokenStream> filters,
                                  UnaryOperator<TokenStream> normalization) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.get();
                return new TokenStreamComponents(source, filters.apply(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return normalization.apply(in);
            }
        };
    }
}
