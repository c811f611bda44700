package dev.launchdesk.sop.search;

import java.util.List;

/**
 * @param hits           at most the query's limit, best first
 * @param totalHits      how many versions match; exact when {@code totalHitsExact}, otherwise a lower
 *                       bound (counting stops at {@value SopSearchIndex#EXACT_COUNT_UP_TO}, show "1000+")
 * @param totalHitsExact whether {@code totalHits} is exact
 * @param tookMs         time spent in the search, including highlighting
 */
public record SopSearchResults(List<SopSearchHit> hits, long totalHits, boolean totalHitsExact, long tookMs) {

    public SopSearchResults {
        hits = List.copyOf(hits);
    }

    static SopSearchResults none(long tookMs) {
        return new SopSearchResults(List.of(), 0, true, tookMs);
    }
}
