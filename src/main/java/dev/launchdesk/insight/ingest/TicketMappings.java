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
import dev.launchdesk.shared.UserTexts;

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
                .orElseThrow(() -> new NotFoundException(UserTexts.of("problem.insight.mapping.what"), key));
    }

    /** The mapping a request names, or {@code null} when it names none. */
    TicketMapping forImport(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            return null;
        }
        try {
            return find(idOrName);
        } catch (NotFoundException e) {
            throw new ImportRejectedException("mapping",
                    UserTexts.of("problem.insight.mapping.unknown",
                            dev.launchdesk.shared.Echoed.cut(idOrName.strip()), String.join(", ", TicketMappingPresets.ALL.stream().map(TicketMapping::name).toList())));
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
            throw InvalidInputException.of("mapping", UserTexts.of("problem.insight.mapping.preset-not-deletable"));
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
            problems.add(new InvalidInputException.FieldProblem("name", UserTexts.of("problem.shared.field.required")));
        } else if (name.length() > 80) {
            problems.add(new InvalidInputException.FieldProblem("name", UserTexts.of("problem.insight.mapping.name-too-long")));
        } else if (TicketMappingPresets.named(name).isPresent() || name.matches("\\d+")) {
            problems.add(new InvalidInputException.FieldProblem("name", UserTexts.of("problem.insight.mapping.name-taken", name)));
        }
        ZoneId zone = null;
        if (draft.timezone() != null && !draft.timezone().isBlank()) {
            try {
                zone = ZoneId.of(draft.timezone().strip());
            } catch (DateTimeException e) {
                problems.add(new InvalidInputException.FieldProblem("timezone",
                        UserTexts.of("problem.insight.mapping.timezone-invalid",
                                dev.launchdesk.shared.Echoed.cut(draft.timezone().strip()))));
            }
        }
        List<TicketMapping.Rule> rules = new ArrayList<>();
        Set<String> mapped = new HashSet<>();
        for (RuleDraft rule : draft.fields() == null ? List.<RuleDraft>of() : draft.fields()) {
            String field = rule.field() == null ? "" : rule.field().strip();
            String source = rule.source() == null ? "" : rule.source().strip();
            if (TicketParser.COLUMNS.indexOf(field).isEmpty() || !TicketParser.COLUMNS.names().contains(field)) {
                problems.add(new InvalidInputException.FieldProblem("fields",
                        UserTexts.of("problem.insight.mapping.field-unknown",
                                dev.launchdesk.shared.Echoed.cut(field), String.join(", ", TicketParser.COLUMNS.names()))));
                continue;
            }
            if (source.isEmpty()) {
                continue;
            }
            if (!mapped.add(field)) {
                problems.add(new InvalidInputException.FieldProblem("fields[" + field + "]",
                        UserTexts.of("problem.insight.mapping.field-twice")));
                continue;
            }
            Optional<MappingTransform> transform = MappingTransform.parse(rule.transform());
            if (transform.isEmpty()) {
                problems.add(new InvalidInputException.FieldProblem("fields[" + field + "].transform",
                        UserTexts.of("problem.insight.mapping.transform-unknown",
                                dev.launchdesk.shared.Echoed.cut(rule.transform()), String.join(", ", java.util.Arrays.stream(MappingTransform.values()).map(MappingTransform::parameter).toList()))));
                continue;
            }
            if (source.length() > 200) {
                problems.add(new InvalidInputException.FieldProblem("fields[" + field + "].source",
                        UserTexts.of("problem.insight.mapping.source-too-long")));
                continue;
            }
            rules.add(new TicketMapping.Rule(field, source, transform.get(), new LinkedHashMap<>(
                    rule.values() == null ? Map.of() : rule.values())));
        }
        for (String field : TicketParser.COLUMNS.names()) {
            if (MUST_MAP.contains(field) && !mapped.contains(field)) {
                problems.add(new InvalidInputException.FieldProblem("fields[" + field + "].source",
                        UserTexts.of("problem.insight.mapping.source-required", field)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new TicketMapping(0L, name, name, zone, rules);
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
