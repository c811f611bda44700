package dev.launchdesk.insight.ingest;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

import dev.launchdesk.shared.UserTexts;

/**
 * The lines of a JSON Lines file, one object a line, as both ticket readers take them: blank lines skipped, a byte
 * order mark before the first line dropped, an empty file refused, and the number of the line last read kept for
 * the rows and messages ({@link #lineNumber()}).
 */
final class JsonLineSource implements Closeable {

    private final BufferedReader reader;
    private long lineNumber;

    JsonLineSource(Reader reader) {
        this.reader = new BufferedReader(reader, 1 << 16);
    }

    /** The next line that is not blank, or null at the end of the file. */
    String next() {
        String line;
        do {
            line = readLine();
            if (line == null) {
                if (lineNumber == 0) {
                    throw new ImportRejectedException("file", UserTexts.of("problem.shared.file.empty"));
                }
                return null;
            }
        } while (line.isBlank());
        return line;
    }

    /** The line number (from 1) of the line last read. */
    long lineNumber() {
        return lineNumber;
    }

    private String readLine() {
        try {
            String line = reader.readLine();
            if (line != null) {
                lineNumber++;
                if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
            }
            return line;
        } catch (IOException | UncheckedIOException e) {
            throw RecordReader.unreadable(e, lineNumber);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
