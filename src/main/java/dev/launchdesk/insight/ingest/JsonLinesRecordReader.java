package dev.launchdesk.insight.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import dev.launchdesk.shared.UserTexts;

/**
 * JSON Lines: one JSON object per line, keys are column names, values strings, numbers, booleans or null. Keys that
 * are not ours are ignored whatever they hold (objects and arrays too, as raw helpdesk API dumps have them); an object
 * or array under one of our keys rejects the row naming that key. A line that is not a JSON object becomes a rejected
 * row (column "line"); blank lines are skipped.
 */
final class JsonLinesRecordReader extends RecordReader {

    static final String LINE = "line";
    private static final JsonFactory JSON = new JsonFactory();
    private static final int MAX_IGNORED = 20;

    private final JsonLineSource lines;
    private final ImportColumns columns;
    private final Set<String> ignored = new LinkedHashSet<>();

    JsonLinesRecordReader(Reader reader, ImportColumns columns) {
        this.lines = new JsonLineSource(reader);
        this.columns = columns;
    }

    @Override
    RawRecord next() {
        String line = lines.next();
        return line == null ? null : parse(line);
    }

    private RawRecord parse(String line) {
        String[] cells = new String[columns.size()];
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return broken(line, UserTexts.of("problem.insight.row.json-not-object"));
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                int position = columns.indexOf(key).orElse(-1);
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    if (position >= 0) {
                        return RawRecord.broken(lines.lineNumber(), line, key, UserTexts.of(value == JsonToken.START_OBJECT
                                ? "problem.insight.row.json-object-not-plain" : "problem.insight.row.json-array-not-plain"));
                    }
                    parser.skipChildren();
                }
                if (position < 0) {
                    if (ignored.size() < MAX_IGNORED) {
                        ignored.add(key);
                    }
                } else if (value != JsonToken.VALUE_NULL) {
                    String text = parser.getText().strip();
                    cells[position] = text.isEmpty() ? null : text;
                }
            }
            if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
                return broken(line, UserTexts.of("problem.insight.row.json-text-after"));
            }
        } catch (JsonParseException e) {
            return broken(line, UserTexts.of("problem.insight.row.json-invalid", e.getOriginalMessage()));
        } catch (IOException e) {
            throw unreadable(e, lines.lineNumber());
        }
        return new RawRecord(lines.lineNumber(), cells, line, null);
    }

    /** A record with no cells and a problem: the parser reports it as a rejected row for column "line". */
    private RawRecord broken(String line, String problem) {
        return RawRecord.broken(lines.lineNumber(), line, problem);
    }

    @Override
    List<String> ignoredColumns() {
        return new ArrayList<>(ignored);
    }

    @Override
    String headerLine() {
        return null;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
