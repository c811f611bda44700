package dev.launchdesk.sop.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** An index holding {@link SopCorpus}, and short ways to ask it. */
final class SearchFixture {

    private SearchFixture() {
    }

    /** Whether a query finds a lone document of {@code language} whose body is {@code text}. */
    static boolean finds(Path folder, String language, String query, String text) throws IOException {
        try (SopSearchIndex index = new SopSearchIndex(new SopSearchSettings(folder))) {
            index.upsert(new SearchableSop("v1", "SOP-1", "Procedure", "Other", "XX", null, language, "PUBLISHED", text, SopCorpus.EFFECTIVE));
            return index.search(new SopQuery(query, null, language, null, null, 10)).totalHits() == 1;
        }
    }

    static SopSearchIndex corpusIndex(Path folder) {
        SopSearchIndex index = new SopSearchIndex(new SopSearchSettings(folder));
        index.rebuild(SopCorpus.all().stream());
        return index;
    }

    /** The version id of the best hit, or "(no hit)". */
    static String topHit(SopSearchIndex index, String text) {
        return topHit(index, SopQuery.of(text));
    }

    static String topHit(SopSearchIndex index, SopQuery query) {
        List<String> ids = versionIds(index.search(query));
        return ids.isEmpty() ? "(no hit)" : ids.get(0);
    }

    static List<String> versionIds(SopSearchResults results) {
        return results.hits().stream().map(SopSearchHit::versionId).toList();
    }
}
