package dev.launchdesk.sop.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.AlreadyClosedException;
import org.springframework.stereotype.Component;

/**
 * Full-text search over SOP versions, in a Lucene index on local disk. It knows nothing of the
 * database: the SOP module feeds it {@link SearchableSop}s ({@link #rebuild} on start or on demand,
 * {@link #upsert} and {@link #remove} as versions are published or withdrawn).
 *
 * <p>Each document is analysed for its own language ({@link LanguageProfile}); a query is analysed
 * the same way, for one language or for all ({@link RelevanceQuery}). Searches run concurrently
 * with each other and with writes; a rebuild builds a new generation beside the live one and swaps
 * it in at the end ({@link IndexGenerations}), so searches answer from the old content until then.
 * Writes made during a rebuild are applied to both.
 *
 * <p>Thread-safe. Close it to release the index files (Spring does).
 */
@Component
public class SopSearchIndex implements Closeable {

    /** Hits are counted exactly up to this many; beyond, {@link SopSearchResults#totalHits()} is a lower bound. */
    public static final int EXACT_COUNT_UP_TO = 1000;

    private final IndexGenerations generations;
    private final Analyzer analyzer = LanguageProfile.perFieldAnalyzer();
    private final RelevanceQuery queries = new RelevanceQuery(analyzer);
    private final Snippets snippets = new Snippets(analyzer);

    private final Object rebuildLock = new Object();
    private final Object writeLock = new Object();
    private volatile LiveIndex live;
    /** Writes made while a rebuild runs, replayed onto the new generation; {@code null} when none runs. Guarded by {@link #writeLock}. */
    private List<IndexChange> writesDuringRebuild;

    public SopSearchIndex(SopSearchSettings settings) {
        this.generations = new IndexGenerations(settings.indexFolder());
        try {
            this.live = openCurrent();
        } catch (IOException e) {
            analyzer.close();
            throw new UncheckedIOException("cannot open the search index in " + settings.indexFolder(), e);
        }
        generations.deleteAllBut(live.folder());
    }

    private LiveIndex openCurrent() throws IOException {
        Optional<Path> current = generations.current();
        if (current.isPresent()) {
            Optional<LiveIndex> reopened = LiveIndex.reopen(current.get(), analyzer);
            if (reopened.isPresent()) {
                return reopened.get();
            }
        }
        Path fresh = generations.next();
        LiveIndex empty = LiveIndex.create(fresh, analyzer);
        generations.makeCurrent(fresh);
        return empty;
    }

    /**
     * Replaces the whole content by {@code sops}: a version not among them is gone afterwards.
     * Searches answer from the previous content until the new one is complete. If reading
     * {@code sops} fails, the previous content stays and the exception is passed on.
     */
    public void rebuild(Stream<SearchableSop> sops) {
        synchronized (rebuildLock) {
            try {
                swapIn(built(sops));
            } catch (IOException e) {
                throw new UncheckedIOException("search index rebuild failed", e);
            }
        }
    }

    private LiveIndex built(Stream<SearchableSop> sops) throws IOException {
        Path folder = generations.next();
        LiveIndex fresh = LiveIndex.create(folder, analyzer);
        synchronized (writeLock) {
            writesDuringRebuild = new ArrayList<>();
        }
        try {
            for (SearchableSop sop : (Iterable<SearchableSop>) sops::iterator) {
                fresh.put(sop.versionId(), SopIndexDocument.of(sop));
            }
            return fresh;
        } catch (IOException | RuntimeException e) {
            synchronized (writeLock) {
                writesDuringRebuild = null;
            }
            fresh.close();
            generations.deleteAllBut(live.folder());
            throw e;
        }
    }

    private void swapIn(LiveIndex fresh) throws IOException {
        LiveIndex old;
        synchronized (writeLock) {
            for (IndexChange change : writesDuringRebuild) {
                change.applyTo(fresh);
            }
            writesDuringRebuild = null;
            fresh.publish();
            generations.makeCurrent(fresh.folder());
            old = live;
            live = fresh;
        }
        old.close();
        generations.deleteAllBut(fresh.folder());
    }

    /** Adds the version, or replaces the entry with the same {@code versionId}. Visible to the next search. */
    public void upsert(SearchableSop sop) {
        Document document = SopIndexDocument.of(sop);
        write(index -> index.put(sop.versionId(), document));
    }

    /** Removes the version, if indexed. Visible to the next search. */
    public void remove(String versionId) {
        Objects.requireNonNull(versionId, "versionId");
        write(index -> index.delete(versionId));
    }

    private void write(IndexChange change) {
        synchronized (writeLock) {
            try {
                change.applyTo(live);
                live.publish();
            } catch (IOException e) {
                throw new UncheckedIOException("search index write failed", e);
            }
            if (writesDuringRebuild != null) {
                writesDuringRebuild.add(change);
            }
        }
    }

    /** Every market-wide and vendor-specific SOP that matches. Any text is accepted; a blank one finds nothing. */
    public SopSearchResults search(SopQuery query) {
        return search(query, Optional.empty());
    }

    /**
     * What an agent of {@code vendorCode} may see: market-wide SOPs and that vendor's own variants,
     * never another vendor's.
     */
    public SopSearchResults searchAsVendor(SopQuery query, String vendorCode) {
        return search(query, Optional.of(Objects.requireNonNull(vendorCode, "vendorCode")));
    }

    private SopSearchResults search(SopQuery query, Optional<String> vendorCode) {
        long started = System.nanoTime();
        Optional<Query> lucene = queries.of(query, vendorCode.orElse(null));
        if (lucene.isEmpty()) {
            return SopSearchResults.none(millisSince(started));
        }
        try {
            return withSearcher(searcher -> found(searcher, lucene.get(), query.limit(), started));
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private SopSearchResults found(IndexSearcher searcher, Query query, int limit, long started) throws IOException {
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(limit, EXACT_COUNT_UP_TO));
        ScoreDoc[] scoreDocs = top.scoreDocs;
        StoredFields storedFields = searcher.storedFields();
        Document[] stored = new Document[scoreDocs.length];
        int[] docIds = new int[scoreDocs.length];
        String[] snippetFields = new String[scoreDocs.length];
        for (int i = 0; i < scoreDocs.length; i++) {
            docIds[i] = scoreDocs[i].doc;
            stored[i] = storedFields.document(docIds[i], SopIndexDocument.HIT_FIELDS);
            snippetFields[i] = LanguageProfile.of(stored[i].get(SopIndexDocument.LANGUAGE)).snippetField();
        }
        String[] snippetHtml = snippets.of(searcher, query, docIds, snippetFields);
        List<SopSearchHit> hits = new ArrayList<>(scoreDocs.length);
        for (int i = 0; i < scoreDocs.length; i++) {
            hits.add(SopIndexDocument.hit(stored[i], scoreDocs[i].score, snippetHtml[i]));
        }
        boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        return new SopSearchResults(hits, top.totalHits.value, exact, millisSince(started));
    }

    /** How many versions the index holds. */
    public int size() {
        try {
            return withSearcher(searcher -> searcher.getIndexReader().numDocs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs on a searcher of the live generation; if a rebuild swapped generations meanwhile, on the new one. */
    private <T> T withSearcher(SearcherWork<T> work) throws IOException {
        while (true) {
            LiveIndex index = live;
            IndexSearcher searcher;
            try {
                searcher = index.acquire();
            } catch (AlreadyClosedException e) {
                if (index == live) {
                    throw e;                          // closed for good
                }
                continue;
            }
            try {
                return work.on(searcher);
            } finally {
                index.release(searcher);
            }
        }
    }

    private static long millisSince(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    @Override
    public void close() throws IOException {
        synchronized (writeLock) {
            try (analyzer) {
                live.close();
            }
        }
    }

    private interface IndexChange {
        void applyTo(LiveIndex index) throws IOException;
    }

    private interface SearcherWork<T> {
        T on(IndexSearcher searcher) throws IOException;
    }
}
