package dev.launchdesk.insight.ingest;

/** Where checked rows go before they are merged: a per-import temporary table, filled as fast as the database allows. */
interface Staging<R> extends AutoCloseable {

    void add(R row);

    /** Flushes what is buffered; the rows are then in the staging table. */
    void finish();

    @Override
    void close();
}
