package dev.launchdesk.sop.search;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * Which fields a document of a language is indexed into, and with which analyzer.
 *
 * <p>One index, one pair of fields per analysis ({@code title_th}, {@code body_th}, ...) rather than
 * one index per language: a document fills only the fields of its language, so a search without a
 * language filter is one query over all field pairs, each analysed with its own language's
 * analyzer, ranked together; with a language filter it is the same query over one pair. Term
 * statistics stay per language, as they would with separate indexes, and rebuild, filters and
 * highlighting stay in one place. Vietnamese has two analyses (as written and folded to ASCII).
 */
enum LanguageProfile {

    ENGLISH("en", analysis("en", LanguageAnalyzers::english)),
    INDONESIAN("id", analysis("id", LanguageAnalyzers::indonesianOrMalay)),
    MALAY("ms", analysis("ms", LanguageAnalyzers::indonesianOrMalay)),
    THAI("th", analysis("th", LanguageAnalyzers::thai)),
    VIETNAMESE("vi", analysis("vi", LanguageAnalyzers::vietnamese), analysis("vi_folded", LanguageAnalyzers::vietnameseFolded)),
    SPANISH("es", analysis("es", LanguageAnalyzers::spanish)),
    OTHER("", analysis("other", LanguageAnalyzers::standard));

    /** One way of turning text into terms, with its title and body field. */
    record Analysis(String name, Supplier<Analyzer> analyzer) {

        String titleField() {
            return "title_" + name;
        }

        String bodyField() {
            return "body_" + name;
        }
    }

    private final String language;
    private final List<Analysis> analyses;

    LanguageProfile(String language, Analysis... analyses) {
        this.language = language;
        this.analyses = List.of(analyses);
    }

    private static Analysis analysis(String name, Supplier<Analyzer> analyzer) {
        return new Analysis(name, analyzer);
    }

    /** The profile of a BCP 47 tag, by its primary language: {@code th-TH} → Thai; unknown or blank → OTHER. */
    static LanguageProfile of(String languageTag) {
        String primary = primaryLanguage(languageTag);
        for (LanguageProfile profile : values()) {
            if (!profile.language.isEmpty() && profile.language.equals(primary)) {
                return profile;
            }
        }
        return OTHER;
    }

    /** {@code es-419} → {@code es}; the old code {@code in} → {@code id}; {@code null} → empty. */
    static String primaryLanguage(String languageTag) {
        if (languageTag == null) {
            return "";
        }
        String primary = languageTag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return primary.equals("in") ? "id" : primary;
    }

    List<Analysis> analyses() {
        return analyses;
    }

    /** The body field that stores the text for snippets: the last analysis (for Vietnamese the folded one, which every query also searches). */
    String snippetField() {
        return analyses.get(analyses.size() - 1).bodyField();
    }

    /** One analyzer per field of every profile: for indexing, and for queries through {@link RelevanceQuery}. */
    static Analyzer perFieldAnalyzer() {
        Map<String, Analyzer> byField = new HashMap<>();
        for (LanguageProfile profile : values()) {
            for (Analysis analysis : profile.analyses) {
                Analyzer analyzer = analysis.analyzer().get();
                byField.put(analysis.titleField(), analyzer);
                byField.put(analysis.bodyField(), analyzer);
            }
        }
        return new PerFieldAnalyzerWrapper(LanguageAnalyzers.standard(), byField);
    }
}
