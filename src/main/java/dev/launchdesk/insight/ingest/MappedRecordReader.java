package dev.launchdesk.insight.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.siegmar.fastcsv.reader.CsvRecord;

import dev.launchdesk.shared.UserTexts;

/**
 * Reads a helpdesk's own export through a {@link TicketMapping}: the cells of each row are the values of the mapping's
 * {@link TicketMapping#sources() file columns}, in that order. CSV columns are found by their header (case and
 * surrounding spaces ignored); in JSON Lines a source is a key path ({@code via.channel}), where a step into an array
 * of objects picks the element whose {@code id} is the step ({@code custom_fields.360012345}, then its {@code value}).
 */
abstract class MappedRecordReader extends RecordReader {

    static RecordReader open(FileFormat format, InputStream in, TicketMapping mapping) {
        Reader reader = strictUtf8(in);
        return format == FileFormat.JSONL ? new JsonLines(reader, mapping) : new Csv(reader, mapping);
    }

    final TicketMapping mapping;
    final List<String> sources;

    MappedRecordReader(TicketMapping mapping) {
        this.mapping = mapping;
        this.sources = mapping.sources();
    }

    private static final class Csv extends MappedRecordReader {

        private final CsvRows rows;
        private final int[] positions;
        private final List<String> ignored = new ArrayList<>();
        private final String headerLine;

        Csv(Reader reader, TicketMapping mapping) {
            super(mapping);
            this.rows = new CsvRows(reader);
            this.headerLine = CsvRecordReader.line(rows.header());
            this.positions = map(rows.header());
        }

        private int[] map(List<String> header) {
            int[] positions = new int[sources.size()];
            java.util.Arrays.fill(positions, -1);
            for (int i = 0; i < header.size(); i++) {
                String column = ImportColumns.normalize(header.get(i));
                boolean used = false;
                for (int s = 0; s < sources.size(); s++) {
                    if (ImportColumns.normalize(sources.get(s)).equals(column) && positions[s] < 0) {
                        positions[s] = i;
                        used = true;
                    }
                }
                if (!used && !header.get(i).isBlank() && ignored.size() < 50) {
                    ignored.add(header.get(i).strip());
                }
            }
            List<String> missing = new ArrayList<>();
            for (Map.Entry<String, String> required : mapping.requiredSources().entrySet()) {
                if (positions[sources.indexOf(required.getKey())] < 0) {
                    missing.add(UserTexts.of("problem.insight.import.header-source-for", required.getKey(), required.getValue()));
                }
            }
            if (!missing.isEmpty()) {
                throw new ImportRejectedException("header", UserTexts.of("problem.insight.import.header-lacks-mapped",
                        missing.size(), String.join(", ", missing), mapping.name()));
            }
            return positions;
        }

        @Override
        RawRecord next() {
            CsvRecord record = rows.next();
            if (record == null) {
                return null;
            }
            List<String> fields = record.getFields();
            String[] cells = new String[sources.size()];
            for (int s = 0; s < positions.length; s++) {
                int position = positions[s];
                if (position >= 0 && position < fields.size()) {
                    cells[s] = CsvRows.cell(fields.get(position));
                }
            }
            return RawRecord.csv(record.getStartingLineNumber(), cells, fields);
        }

        @Override
        List<String> ignoredColumns() {
            return List.copyOf(ignored);
        }

        @Override
        String headerLine() {
            return headerLine;
        }

        @Override
        public void close() throws IOException {
            rows.close();
        }
    }

    private static final class JsonLines extends MappedRecordReader {

        private static final ObjectMapper JSON = new ObjectMapper();

        private final JsonLineSource lines;
        private final Set<String> ignored = new LinkedHashSet<>();
        private final Set<String> roots = new LinkedHashSet<>();

        JsonLines(Reader reader, TicketMapping mapping) {
            super(mapping);
            this.lines = new JsonLineSource(reader);
            sources.forEach(s -> roots.add(s.split("\\.", 2)[0]));
        }

        @Override
        RawRecord next() {
            String line = lines.next();
            return line == null ? null : parse(line);
        }

        private RawRecord parse(String line) {
            JsonNode object;
            try {
                object = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                return RawRecord.broken(lines.lineNumber(), line, UserTexts.of("problem.insight.row.json-invalid", e.getOriginalMessage()));
            }
            if (object == null || !object.isObject()) {
                return RawRecord.broken(lines.lineNumber(), line, UserTexts.of("problem.insight.row.json-not-object"));
            }
            object.fieldNames().forEachRemaining(key -> {
                if (!roots.contains(key) && ignored.size() < 50) {
                    ignored.add(key);
                }
            });
            String[] cells = new String[sources.size()];
            for (int s = 0; s < sources.size(); s++) {
                JsonNode value = at(object, sources.get(s));
                if (value == null || value.isNull() || value.isMissingNode()) {
                    continue;
                }
                if (value.isArray() && allValues(value)) {
                    List<String> items = new ArrayList<>();
                    value.forEach(v -> items.add(v.asText()));
                    cells[s] = items.isEmpty() ? null : String.join(" ", items);
                } else if (value.isContainerNode()) {
                    return RawRecord.broken(lines.lineNumber(), line, sources.get(s), UserTexts.of(value.isObject()
                            ? "problem.insight.row.source-object" : "problem.insight.row.source-array", sources.get(s) + "." + firstKey(value)));
                } else {
                    String text = value.asText().strip();
                    cells[s] = text.isEmpty() ? null : text;
                }
            }
            return new RawRecord(lines.lineNumber(), cells, line, null);
        }

        /** The node at a key path; in an array of objects a step picks the element whose id is the step. */
        private static JsonNode at(JsonNode node, String path) {
            JsonNode current = node;
            String[] steps = path.split("\\.");
            for (int i = 0; i < steps.length; i++) {
                String step = steps[i];
                if (current == null) {
                    return null;
                }
                if (current.isArray()) {
                    current = element(current, step);
                    if (current != null && i == steps.length - 1 && current.has("value")) {
                        current = current.get("value");
                    }
                } else {
                    current = current.get(step);
                }
            }
            return current;
        }

        private static JsonNode element(JsonNode array, String id) {
            for (JsonNode item : array) {
                if (item.isObject() && item.has("id") && item.get("id").asText().equals(id)) {
                    return item;
                }
            }
            return null;
        }

        private static boolean allValues(JsonNode array) {
            for (JsonNode item : array) {
                if (item.isContainerNode()) {
                    return false;
                }
            }
            return true;
        }

        private static String firstKey(JsonNode value) {
            JsonNode sample = value.isArray() && value.size() > 0 ? value.get(0) : value;
            Iterator<String> names = sample.fieldNames();
            return names.hasNext() ? names.next() : "key";
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
}
