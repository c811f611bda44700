package dev.launchdesk.insight.ingest;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.InvalidInputException;
import dev.launchdesk.shared.NotFoundException;

/** The saved column mappings for ticket imports and the presets; saving a name again replaces that mapping. */
@Service
class TicketMappings {

    /** A mapping as a user writes it (form or API); {@code values} maps a helpdesk value to LaunchDesk's. */
    record Draft(String name, String timezone, List<RuleDraft> fields) {
    }

    record RuleDraft(String field, String source, String transform, Map<String, String> values) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> MUST_MAP = Set.copyOf(TicketParser.COLUMNS.requiredNames());

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TicketMappings(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The presets, then the saved mappings by name. */
    List<TicketMapping> all() {
        List<TicketMapping> all = new ArrayList<>(TicketMappingPresets.ALL);
        all.addAll(jdbc.sql("select id, name, timezone, rules from ticket_column_mapping order by name").query(this::map).list());
        return all;
    }

    /** A mapping by preset name, saved id or saved name; {@code mapping} names the parameter in the error. */
    TicketMapping find(String idOrName) {
        String key = idOrName == null ? "" : idOrName.strip();
        Optional<TicketMapping> preset = TicketMappingPresets.named(key);
        if (preset.isPresent()) {
            return preset.get();
        }
        Optional<TicketMapping> saved = key.matches("\\d{1,18}")
                ? jdbc.sql("select id, name, timezone, rules from ticket_column_mapping where id = :id").param("id", Long.parseLong(key))
                        .query(this::map).optional()
                : Optional.empty();
        return saved.or(() -> jdbc.sql("select id, name, timezone, rules from ticket_column_mapping where lower(name) = lower(:name)")
                        .param("name", key).query(this::map).optional())
                .orElseThrow(() -> new NotFoundException("column mapping", key));
    }

    /** The mapping a request names, or {@code null} when it names none. */
    TicketMapping forImport(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            return null;
        }
        try {
            return find(idOrName);
        } catch (NotFoundException e) {
            throw new ImportRejectedException("mapping", "no column mapping is called '" + dev.launchdesk.shared.Echoed.cut(idOrName.strip())
                    + "' (presets: " + String.join(", ", TicketMappingPresets.ALL.stream().map(TicketMapping::name).toList()) + ")");
        }
    }

    @Transactional
    TicketMapping save(Draft draft, String savedBy) {
        TicketMapping checked = check(draft);
        String rules = json(checked.rules());
        Optional<TicketMapping> existing = jdbc.sql("select id, name, timezone, rules from ticket_column_mapping where lower(name) = lower(:name)")
                .param("name", checked.name()).query(this::map).optional();
        String zone = checked.timezone() == null ? null : checked.timezone().getId();
        if (existing.isPresent()) {
            jdbc.sql("update ticket_column_mapping set name = :name, timezone = :zone, rules = :rules, saved_by = :by, saved_at = :at where id = :id")
                    .param("name", checked.name()).param("zone", zone).param("rules", rules).param("by", savedBy)
                    .param("at", java.sql.Timestamp.from(clock.instant())).param("id", existing.get().id()).update();
            TicketMapping saved = find(existing.get().id().toString());
            events.publishEvent(EntityChanged.updated("ticket_column_mapping", saved.id(), "Column mapping '" + saved.name() + "' saved",
                    existing.get(), saved));
            return saved;
        }
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into ticket_column_mapping (name, timezone, rules, saved_by, saved_at) values (:name, :zone, :rules, :by, :at)")
                .param("name", checked.name()).param("zone", zone).param("rules", rules).param("by", savedBy)
                .param("at", java.sql.Timestamp.from(clock.instant())).update(keys, "id");
        TicketMapping saved = find(String.valueOf(keys.getKey().longValue()));
        events.publishEvent(EntityChanged.created("ticket_column_mapping", saved.id(), "Column mapping '" + saved.name() + "' saved", saved));
        return saved;
    }

    @Transactional
    void delete(long id) {
        TicketMapping mapping = find(Long.toString(id));
        if (mapping.preset()) {
            throw InvalidInputException.of("mapping", "a preset cannot be deleted");
        }
        jdbc.sql("delete from ticket_column_mapping where id = :id").param("id", id).update();
        events.publishEvent(new EntityChanged("ticket_column_mapping", Long.toString(id), "deleted",
                "Column mapping '" + mapping.name() + "' deleted", mapping, null));
    }

    /** The draft as a mapping, or every problem named by its field ({@code fields[market].source}). */
    static TicketMapping check(Draft draft) {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            problems.add(problem("name", "is required"));
        } else if (name.length() > 80) {
            problems.add(problem("name", "is longer than 80 characters"));
        } else if (TicketMappingPresets.named(name).isPresent() || name.matches("\\d+")) {
            problems.add(problem("name", "'" + name + "' is taken by a preset or looks like an id; choose another name"));
        }
        ZoneId zone = null;
        if (draft.timezone() != null && !draft.timezone().isBlank()) {
            try {
                zone = ZoneId.of(draft.timezone().strip());
            } catch (DateTimeException e) {
                problems.add(problem("timezone", "'" + dev.launchdesk.shared.Echoed.cut(draft.timezone().strip())
                        + "' is not an IANA time zone such as Asia/Kuala_Lumpur"));
            }
        }
        List<TicketMapping.Rule> rules = new ArrayList<>();
        Set<String> mapped = new HashSet<>();
        for (RuleDraft rule : draft.fields() == null ? List.<RuleDraft>of() : draft.fields()) {
            String field = rule.field() == null ? "" : rule.field().strip();
            String source = rule.source() == null ? "" : rule.source().strip();
            if (TicketParser.COLUMNS.indexOf(field).isEmpty() || !TicketParser.COLUMNS.names().contains(field)) {
                problems.add(problem("fields", "'" + dev.launchdesk.shared.Echoed.cut(field) + "' is not a ticket field (one of "
                        + String.join(", ", TicketParser.COLUMNS.names()) + ")"));
                continue;
            }
            if (source.isEmpty()) {
                continue;
            }
            if (!mapped.add(field)) {
                problems.add(problem("fields[" + field + "]", "is mapped twice"));
                continue;
            }
            Optional<MappingTransform> transform = MappingTransform.parse(rule.transform());
            if (transform.isEmpty()) {
                problems.add(problem("fields[" + field + "].transform", "'" + dev.launchdesk.shared.Echoed.cut(rule.transform()) + "' is not one of "
                        + String.join(", ", java.util.Arrays.stream(MappingTransform.values()).map(MappingTransform::parameter).toList())));
                continue;
            }
            if (source.length() > 200) {
                problems.add(problem("fields[" + field + "].source", "is longer than 200 characters"));
                continue;
            }
            rules.add(new TicketMapping.Rule(field, source, transform.get(), new LinkedHashMap<>(
                    rule.values() == null ? Map.of() : rule.values())));
        }
        for (String field : TicketParser.COLUMNS.names()) {
            if (MUST_MAP.contains(field) && !mapped.contains(field)) {
                problems.add(problem("fields[" + field + "].source", "is required: name the file's column for " + field));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new TicketMapping(0L, name, name, zone, rules);
    }

    private static InvalidInputException.FieldProblem problem(String field, String message) {
        return new InvalidInputException.FieldProblem(field, message);
    }

    private TicketMapping map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String zone = rs.getString("timezone");
        return new TicketMapping(rs.getLong("id"), rs.getString("name"), rs.getString("name"), zone == null ? null : ZoneId.of(zone),
                rules(rs.getString("rules")));
    }

    private static String json(List<TicketMapping.Rule> rules) {
        List<RuleDraft> drafts = rules.stream().map(r -> new RuleDraft(r.field(), r.source(), r.transform().parameter(), r.values())).toList();
        try {
            return JSON.writeValueAsString(drafts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<TicketMapping.Rule> rules(String json) {
        try {
            List<RuleDraft> drafts = JSON.readValue(json, new TypeReference<List<RuleDraft>>() { });
            return drafts.stream().map(d -> new TicketMapping.Rule(d.field(), d.source(), MappingTransform.parse(d.transform()).orElseThrow(),
                    d.values() == null ? Map.of() : new LinkedHashMap<>(d.values()))).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored column mapping is not readable", e);
        }
    }
}
