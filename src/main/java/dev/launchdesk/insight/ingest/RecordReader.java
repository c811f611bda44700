package dev.launchdesk.insight.ingest;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.launchdesk.shared.UserTexts;

/**
 * Reads an import file one row at a time, so memory stays constant whatever its size. The text must be UTF-8
 * (a byte-order mark is skipped); UTF-16, binary files and invalid bytes are refused with a clear message.
 */
abstract class RecordReader implements Closeable {

    static RecordReader open(FileFormat format, InputStream in, ImportColumns columns) {
        Reader reader = strictUtf8(in);
        return format == FileFormat.JSONL ? new JsonLinesRecordReader(reader, columns) : new CsvRecordReader(reader, columns);
    }

    /** The next row, or {@code null} at the end of the file; a row's text ({@link RawRecord#raw()}) is to be taken before the next row is read. */
    abstract RawRecord next();

    /** Header columns (CSV) or keys (JSON Lines) that are not ours and were ignored. */
    abstract List<String> ignoredColumns();

    /** The header line as read (CSV), for the rejected-rows file; {@code null} for JSON Lines. */
    abstract String headerLine();

    static Reader strictUtf8(InputStream raw) {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        try {
            in.mark(4);
            byte[] head = in.readNBytes(4);
            in.reset();
            checkHead(head);
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                in.skipNBytes(3);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    private static void checkHead(byte[] head) {
        if (head.length == 0) {
            throw new ImportRejectedException("file", UserTexts.of("problem.shared.file.empty"));
        }
        int b0 = head[0] & 0xFF;
        int b1 = head.length > 1 ? head[1] & 0xFF : -1;
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF) || (head.length > 1 && (b0 == 0 || b1 == 0))) {
            throw new ImportRejectedException("file", UserTexts.of("problem.insight.import.file-utf-16"));
        }
        if (b0 == 'P' && b1 == 'K') {
            throw new ImportRejectedException("file", UserTexts.of("problem.insight.import.file-zip"));
        }
        if (b0 == 0x1F && b1 == 0x8B) {
            throw new ImportRejectedException("file", UserTexts.of("problem.insight.import.file-gzip"));
        }
    }

    /** Turns a decoding failure deep in a reader into the message a person can act on. */
    static ImportRejectedException unreadable(Throwable e, long lastGoodRow) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof SizeLimitedInputStream.TooLarge tooLarge) {
                return new ImportRejectedException("file", tooLarge.getMessage());
            }
            if (cause instanceof CharacterCodingException) {
                return new ImportRejectedException("file",
                        UserTexts.of("problem.insight.import.file-not-utf-8", String.valueOf(lastGoodRow)));
            }
            cause = cause.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ImportRejectedException("file",
                UserTexts.of("problem.insight.import.file-unreadable", String.valueOf(lastGoodRow), message));
    }
}
