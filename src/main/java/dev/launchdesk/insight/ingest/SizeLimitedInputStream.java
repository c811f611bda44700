package dev.launchdesk.insight.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import dev.launchdesk.shared.UserTexts;

/** Counts the bytes read and stops with {@link TooLarge} once a file is over the configured limit. */
final class SizeLimitedInputStream extends FilterInputStream {

    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    private final long limit;
    private long count;

    SizeLimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void add(long n) throws TooLarge {
        count += n;
        if (count > limit) {
            throw new TooLarge(tooLargeMessage(limit));
        }
    }

    static String tooLargeMessage(long limit) {
        return UserTexts.of("problem.insight.import.file-too-large", ImportSettings.describe(limit));
    }
}
