package dev.launchdesk.insight.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns a kind of import file has: their names (with a few common aliases from helpdesk exports) and
 * which are required. Header names are matched case-insensitively; spaces and dashes count as underscores.
 */
final class ImportColumns {

    record Column(String name, boolean required, List<String> aliases) {
    }

    private final List<Column> columns;
    private final Map<String, Integer> byName = new HashMap<>();

    ImportColumns(List<Column> columns) {
        this.columns = List.copyOf(columns);
        for (int i = 0; i < columns.size(); i++) {
            byName.put(columns.get(i).name(), i);
            for (String alias : columns.get(i).aliases()) {
                byName.put(alias, i);
            }
        }
    }

    static Column required(String name, String... aliases) {
        return new Column(name, true, List.of(aliases));
    }

    static Column optional(String name, String... aliases) {
        return new Column(name, false, List.of(aliases));
    }

    int size() {
        return columns.size();
    }

    String name(int index) {
        return columns.get(index).name();
    }

    boolean required(int index) {
        return columns.get(index).required();
    }

    /** The position of a header or JSON key, if it is one of ours. */
    Optional<Integer> indexOf(String header) {
        return Optional.ofNullable(byName.get(normalize(header)));
    }

    List<String> requiredNames() {
        return columns.stream().filter(Column::required).map(Column::name).toList();
    }

    List<String> names() {
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(c.name()));
        return names;
    }

    static String normalize(String header) {
        String h = header == null ? "" : header.strip();
        if (!h.isEmpty() && h.charAt(0) == '\uFEFF') {
            h = h.substring(1);
        }
        return h.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
