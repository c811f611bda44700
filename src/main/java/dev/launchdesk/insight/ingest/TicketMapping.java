package dev.launchdesk.insight.ingest;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.launchdesk.shared.UserTexts;

/**
 * A saved column mapping for ticket imports: which column of a helpdesk's export (a CSV header, or a JSON key path such
 * as {@code via.channel}, {@code custom_fields.360012345}) fills which LaunchDesk ticket field, with a value table
 * ("Good" = 5) and a transform per field, and the helpdesk account's time zone for timestamps written without an
 * offset (none: the market's zone). Presets for Zendesk and Freshdesk have no id.
 *
 * @param id       the saved mapping's id; {@code null} for a preset
 * @param name     unique; a preset's name is its key ({@code zendesk-csv})
 * @param timezone IANA zone of the helpdesk account, or {@code null}
 */
public record TicketMapping(Long id, String name, String label, ZoneId timezone, List<Rule> rules) {

    /** One LaunchDesk field: where it comes from, the value table (case-insensitive keys) and the transform. */
    public record Rule(String field, String source, MappingTransform transform, Map<String, String> values) {

        public Rule {
            values = values == null ? Map.of() : values;
        }

        String lookup(String value) {
            if (value == null || values.isEmpty()) {
                return value;
            }
            for (Map.Entry<String, String> entry : values.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(value)) {
                    return entry.getValue() == null || entry.getValue().isBlank() ? null : entry.getValue().strip();
                }
            }
            return value;
        }
    }

    static final Set<String> TIMESTAMPS = Set.of("created_at", "first_response_at", "resolved_at");
    /** A local date-time as helpdesks write it: "2026-11-20 08:15", "…T08:15:00", with 0 to 9 fraction digits. */
    private static final DateTimeFormatter LOCAL = new java.time.format.DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd[ ]['T']H:mm[:ss]")
            .optionalStart().appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);
    /** The end of a timestamp that carries its own offset: Z, or ±hh, ±hhmm, ±hh:mm after the time. */
    private static final java.util.regex.Pattern OFFSET = java.util.regex.Pattern.compile("(?:[Zz]|[T ]\\d.*[+-]\\d{2}(?::?\\d{2})?)$");

    public TicketMapping {
        rules = List.copyOf(rules);
    }

    public boolean preset() {
        return id == null;
    }

    /** The distinct file columns the mapping reads, in the order of its rules. */
    public List<String> sources() {
        List<String> sources = new ArrayList<>();
        rules.forEach(r -> {
            if (!sources.contains(r.source())) {
                sources.add(r.source());
            }
        });
        return sources;
    }

    /** The file's column that fills a LaunchDesk field (for messages), or the field's own name when none does. */
    String fileColumn(String field) {
        return rules.stream().filter(r -> r.field().equals(field)).map(Rule::source).findFirst().orElse(field);
    }

    /** The rules whose LaunchDesk field is required, by file column, for the header check. */
    Map<String, String> requiredSources() {
        Map<String, String> required = new LinkedHashMap<>();
        for (Rule rule : rules) {
            int position = TicketParser.COLUMNS.indexOf(rule.field()).orElseThrow();
            if (TicketParser.COLUMNS.required(position) && !rule.transform().readsAbsence()) {
                required.putIfAbsent(rule.source(), rule.field());
            }
        }
        return required;
    }

    /**
     * The row in LaunchDesk's columns: {@code values} are the row's values by {@link #sources()} position. Throws
     * {@link RowProblem.Rejected} naming the file's column.
     */
    RawRecord toTicketRecord(RawRecord row, TicketReference reference) {
        List<String> sources = sources();
        String[] cells = new String[TicketParser.COLUMNS.size()];
        List<Rule> afterCreated = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.transform() == MappingTransform.MINUTES_AFTER_CREATED) {
                afterCreated.add(rule);
                continue;
            }
            String value = transformed(rule, row.cell(sources.indexOf(rule.source())), reference);
            cells[TicketParser.COLUMNS.indexOf(rule.field()).orElseThrow()] = value;
        }
        for (Rule rule : afterCreated) {
            String minutes = rule.lookup(row.cell(sources.indexOf(rule.source())));
            int created = TicketParser.COLUMNS.indexOf("created_at").orElseThrow();
            int market = TicketParser.COLUMNS.indexOf("market").orElseThrow();
            ZoneId zone = cells[market] == null ? null : reference.zone(reference.marketCode(cells[market])).orElse(null);
            cells[TicketParser.COLUMNS.indexOf(rule.field()).orElseThrow()] = minutesAfter(rule, cells[created], zone, minutes);
        }
        return new RawRecord(row.rowNumber(), cells, row.raw(), null);
    }

    private String transformed(Rule rule, String raw, TicketReference reference) {
        try {
            String value = rule.transform().apply(rule.lookup(raw), reference);
            return value != null && TIMESTAMPS.contains(rule.field()) ? withZone(rule, value) : value;
        } catch (IllegalArgumentException e) {
            throw new RowProblem.Rejected(rule.source(), e.getMessage());
        }
    }

    /** A timestamp without an offset gets the account's zone (when the mapping has one); with an offset it stays. */
    private String withZone(Rule rule, String value) {
        return inZone(value, timezone);
    }

    /** The local date-time in the zone, with its offset written out; a value with an offset, or no date-time, as it is. */
    static String inZone(String value, ZoneId zone) {
        if (zone == null || OFFSET.matcher(value.strip()).find()) {
            return value;
        }
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(LocalDateTime.parse(value.strip(), LOCAL).atZone(zone));
        } catch (DateTimeParseException e) {
            return value; // no date-time: the ticket check decides and names the column
        }
    }

    private String minutesAfter(Rule rule, String created, ZoneId marketZone, String minutes) {
        if (minutes == null || created == null) {
            return null;
        }
        try {
            long seconds = MappingTransform.number(minutes).multiply(java.math.BigDecimal.valueOf(60)).longValue();
            java.time.Instant start = IsoTimestamps.parse(created.strip(), marketZone == null ? java.time.ZoneOffset.UTC : marketZone);
            if (start == null) {
                try {
                    start = java.time.OffsetDateTime.parse(created.strip().replace(' ', 'T')).toInstant();
                } catch (DateTimeParseException local) {
                    start = LocalDateTime.parse(created.strip(), LOCAL).atZone(marketZone == null ? java.time.ZoneOffset.UTC : marketZone).toInstant();
                }
            }
            return start.plusSeconds(seconds).toString();
        } catch (IllegalArgumentException e) {
            throw new RowProblem.Rejected(rule.source(), e.getMessage());
        } catch (DateTimeException e) {
            throw new RowProblem.Rejected(fileColumn("created_at"), UserTexts.of("problem.insight.row.created-at-invalid", created));
        }
    }
}
