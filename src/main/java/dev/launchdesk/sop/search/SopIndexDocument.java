package dev.launchdesk.sop.search;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/**
 * How a {@link SearchableSop} is laid out in the index, and read back as a hit. Displayed values are
 * stored as given; filter values are indexed trimmed and in lower case ({@link #keyword}), so
 * filters ignore case. Title and body go into the fields of the SOP's {@link LanguageProfile}.
 */
final class SopIndexDocument {

    static final String VERSION_ID = "version_id";
    static final String SOP_KEY = "sop_key";
    static final String TITLE = "title";
    static final String CATEGORY = "category";
    static final String MARKET = "market";
    static final String VENDOR = "vendor";
    static final String LANGUAGE = "language";
    static final String STATUS = "status";
    static final String EFFECTIVE_DATE = "effective_date";

    static final String MATCH_SOP_KEY = "match_sop_key";
    static final String FILTER_CATEGORY = "filter_category";
    static final String FILTER_MARKET = "filter_market";
    static final String FILTER_VENDOR = "filter_vendor";
    static final String FILTER_LANGUAGE = "filter_language";
    static final String FILTER_STATUS = "filter_status";

    /** {@link #FILTER_VENDOR} of a market-wide SOP, which no vendor code can equal. */
    static final String NO_VENDOR = "";

    /**
     * The snippet field: stored, with offsets in the postings and a term vector (terms only), so the
     * highlighter finds matches, also of a prefix, without analysing the text again. Analysing it
     * again took half the time of a search; the term vectors add about a tenth to the index.
     */
    private static final FieldType SNIPPET_TEXT = new FieldType(TextField.TYPE_STORED);

    static {
        SNIPPET_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        SNIPPET_TEXT.setStoreTermVectors(true);
        SNIPPET_TEXT.freeze();
    }

    /** The stored fields a hit shows: all but the body. */
    static final Set<String> HIT_FIELDS = Set.of(VERSION_ID, SOP_KEY, TITLE, CATEGORY, MARKET, VENDOR, LANGUAGE, STATUS, EFFECTIVE_DATE);

    private SopIndexDocument() {
    }

    static Term key(String versionId) {
        return new Term(VERSION_ID, versionId);
    }

    static Document of(SearchableSop sop) {
        Document document = new Document();
        document.add(new StringField(VERSION_ID, sop.versionId(), Field.Store.YES));
        store(document, SOP_KEY, sop.sopKey());
        store(document, TITLE, sop.title());
        store(document, CATEGORY, sop.category());
        store(document, MARKET, sop.marketCode());
        store(document, VENDOR, sop.vendorCode());
        store(document, LANGUAGE, sop.language());
        store(document, STATUS, sop.status());
        store(document, EFFECTIVE_DATE, sop.effectiveDate() == null ? null : sop.effectiveDate().toString());

        document.add(new StringField(MATCH_SOP_KEY, keyword(sop.sopKey()), Field.Store.NO));
        document.add(new StringField(FILTER_CATEGORY, keyword(sop.category()), Field.Store.NO));
        document.add(new StringField(FILTER_MARKET, keyword(sop.marketCode()), Field.Store.NO));
        document.add(new StringField(FILTER_VENDOR, keyword(sop.vendorCode()), Field.Store.NO));
        document.add(new StringField(FILTER_LANGUAGE, LanguageProfile.primaryLanguage(sop.language()), Field.Store.NO));
        document.add(new StringField(FILTER_STATUS, keyword(sop.status()), Field.Store.NO));

        addText(document, LanguageProfile.of(sop.language()), MarkdownText.canonical(sop.title()), MarkdownText.of(sop.markdownBody()));
        return document;
    }

    private static void addText(Document document, LanguageProfile profile, String title, String body) {
        for (LanguageProfile.Analysis analysis : profile.analyses()) {
            document.add(new TextField(analysis.titleField(), title, Field.Store.NO));
            boolean snippets = analysis.bodyField().equals(profile.snippetField());
            document.add(snippets
                    ? new Field(analysis.bodyField(), body, SNIPPET_TEXT)
                    : new TextField(analysis.bodyField(), body, Field.Store.NO));
        }
    }

    static SopSearchHit hit(Document stored, float score, String snippet) {
        String effectiveDate = stored.get(EFFECTIVE_DATE);
        return new SopSearchHit(stored.get(VERSION_ID), stored.get(SOP_KEY), stored.get(TITLE), stored.get(CATEGORY),
                stored.get(MARKET), stored.get(VENDOR), stored.get(LANGUAGE), stored.get(STATUS),
                effectiveDate == null ? null : LocalDate.parse(effectiveDate), score, snippet == null ? "" : snippet);
    }

    /** The indexed form of a filter value: trimmed, lower case; {@code null} → empty. */
    static String keyword(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    private static void store(Document document, String field, String value) {
        if (value != null) {
            document.add(new StoredField(field, value));
        }
    }
}
