package dev.launchdesk.sop.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One generation of the index, open: its writer and the searchers over its latest published state.
 * Every commit records {@link #SCHEMA}; a generation written with other fields or analysis is not
 * reopened but replaced by an empty one, for the next rebuild to fill.
 */
final class LiveIndex implements Closeable {

    /** Raise when fields or analysis change, so old index folders are not read with new rules. */
    static final String SCHEMA = "1";
    private static final String SCHEMA_KEY = "launchdesk.search.schema";

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private LiveIndex(Path folder, Analyzer analyzer, OpenMode mode) throws IOException {
        this.folder = folder;
        this.directory = FSDirectory.open(folder);
        try {
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(mode));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** A new, empty index in {@code folder}, committed. */
    static LiveIndex create(Path folder, Analyzer analyzer) throws IOException {
        LiveIndex index = new LiveIndex(folder, analyzer, OpenMode.CREATE);
        index.publish();
        return index;
    }

    /** The index in {@code folder} if it was written with the current {@link #SCHEMA}. */
    static Optional<LiveIndex> reopen(Path folder, Analyzer analyzer) throws IOException {
        try (Directory existing = FSDirectory.open(folder)) {
            Map<String, String> commitData = SegmentInfos.readLatestCommit(existing).getUserData();
            if (!SCHEMA.equals(commitData.get(SCHEMA_KEY))) {
                return Optional.empty();
            }
        } catch (IndexNotFoundException e) {
            return Optional.empty();
        }
        return Optional.of(new LiveIndex(folder, analyzer, OpenMode.APPEND));
    }

    Path folder() {
        return folder;
    }

    void put(String versionId, Document document) throws IOException {
        writer.updateDocument(SopIndexDocument.key(versionId), document);
    }

    void delete(String versionId) throws IOException {
        writer.deleteDocuments(SopIndexDocument.key(versionId));
    }

    /** Commits to disk and makes the changes visible to new searches. */
    void publish() throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** A searcher over the latest published state; give it back with {@link #release}. */
    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    /** Searches that already hold a searcher finish on it; Lucene keeps its files open until then. */
    @Override
    public void close() throws IOException {
        try (directory; writer; searchers) {
            // closed in reverse order: searchers, writer, directory
        }
    }
}
