package dev.launchdesk.reference;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.launchdesk.reference.RosterRejectedException.RowProblem;
import dev.launchdesk.shared.EntityChanged;
import dev.launchdesk.shared.LanguageTags;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.shared.VendorScope;
import dev.launchdesk.shared.Echoed;
import dev.launchdesk.shared.SpreadsheetCsv;

/**
 * Bulk import of the agent roster from CSV or XLSX, one row per agent, matched on (vendor, external id).
 * All or nothing: a file with any bad row is rejected with every problem named, and nothing is written.
 * Re-importing the same file changes nothing.
 */
@Service
public class RosterImport {

    public static final List<String> COLUMNS = List.of("external_id", "full_name", "email", "vendor", "site", "languages", "skills",
            "status", "hired_on");
    private static final Set<String> REQUIRED = Set.of("external_id", "full_name", "site", "languages");

    private final Vendors vendors;
    private final Sites sites;
    private final Agents agents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RosterImport(Vendors vendors, Sites sites, Agents agents, ApplicationEventPublisher events, Clock clock) {
        this.vendors = vendors;
        this.sites = sites;
        this.agents = agents;
        this.events = events;
        this.clock = clock;
    }

    /** The CSV header and one example row, for the template download (UTF-8 with a byte-order mark, for Excel). */
    public static byte[] template() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (SpreadsheetCsv csv = SpreadsheetCsv.on(out)) {
            csv.row(COLUMNS);
            csv.row("NCS-10001", "Dewi Lestari", "dewi.lestari@example.com", "NCS", "JKT-1", "id,en", "refunds,chat", "ACTIVE", "2025-03-01");
        }
        return out.toByteArray();
    }

    @Transactional
    public RosterImportResult importFile(String fileName, byte[] content, VendorScope scope) {
        RosterFile file = RosterFile.read(fileName, content);
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> columns = columns(file.header(), problems);
        if (!problems.isEmpty()) {
            throw new RosterRejectedException(problems);
        }
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RosterFile.Line line : file.lines()) {
            parse(line, columns, scope, problems).ifPresent(candidate -> {
                if (!seen.add(candidate.vendorId() + "/" + candidate.externalId())) {
                    problems.add(new RowProblem(line.rowNumber(), "external_id",
                            UserTexts.of("problem.reference.roster.external-id-twice", String.valueOf(candidate.externalId()))));
                } else {
                    candidates.add(candidate);
                }
            });
        }
        if (file.lines().isEmpty()) {
            problems.add(new RowProblem(0, "", UserTexts.of("problem.reference.roster.no-rows")));
        }
        if (!problems.isEmpty()) {
            throw new RosterRejectedException(problems);
        }
        return apply(fileName, candidates);
    }

    private record Candidate(int row, UUID vendorId, UUID siteId, String externalId, String fullName, String email,
                             List<String> languages, List<String> skills, AgentStatus status, LocalDate hiredOn) {
    }

    private Map<String, Integer> columns(List<String> header, List<RowProblem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isEmpty()) {
                continue;
            }
            if (!COLUMNS.contains(name)) {
                problems.add(new RowProblem(1, name, UserTexts.of("problem.reference.roster.column-unknown", String.join(", ", COLUMNS))));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new RowProblem(1, name, UserTexts.of("problem.reference.roster.column-twice")));
            }
        }
        REQUIRED.stream().sorted().filter(c -> !columns.containsKey(c))
                .forEach(c -> problems.add(new RowProblem(1, c, UserTexts.of("problem.reference.roster.column-missing"))));
        return columns;
    }

    private Optional<Candidate> parse(RosterFile.Line line, Map<String, Integer> columns, VendorScope scope, List<RowProblem> problems) {
        RowReader row = new RowReader(line, columns, problems);
        String externalId = row.required("external_id");
        if (externalId != null && !externalId.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            row.problem("external_id", UserTexts.of("problem.reference.agent.external-id-form"));
        }
        String fullName = row.required("full_name");
        if (fullName != null && fullName.length() > 200) {
            row.problem("full_name", UserTexts.of("problem.shared.field.at-most", "200"));
        }
        String email = row.optional("email");
        if (email != null && email.length() > 200) {
            row.problem("email", UserTexts.of("problem.shared.field.at-most", "200"));
        } else if (email != null && !email.matches(VendorForm.EMAIL)) {
            row.problem("email", UserTexts.of("problem.reference.roster.email-invalid", Echoed.quoted(email)));
        }
        Optional<Vendor> vendor = vendor(row, scope);
        Optional<Site> site = vendor.flatMap(v -> site(row, v));
        List<String> languages = languages(row);
        String skillText = row.optional("skills");
        if (skillText != null && skillText.length() > 500) {
            row.problem("skills", UserTexts.of("problem.shared.field.at-most", "500"));
        }
        AgentStatus status = status(row);
        LocalDate hiredOn = hiredOn(row);
        if (row.hasProblems() || site.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(line.rowNumber(), vendor.get().id(), site.get().id(), externalId, fullName, email,
                languages, AgentRoster.skills(skillText), status, hiredOn));
    }

    private Optional<Vendor> vendor(RowReader row, VendorScope scope) {
        String code = row.optional("vendor");
        if (code == null) {
            if (scope.isRestricted()) {
                return vendors.find(scope.vendorIdOrNull(), scope);
            }
            row.problem("vendor", UserTexts.of("problem.reference.roster.vendor-required"));
            return Optional.empty();
        }
        Optional<Vendor> vendor = vendors.findByCode(code, scope);
        if (vendor.isEmpty()) {
            row.problem("vendor", scope.isRestricted() ? UserTexts.of("problem.reference.roster.vendor-not-own")
                    : UserTexts.of("problem.reference.roster.vendor-unknown", Echoed.cut(code)));
        }
        return vendor;
    }

    private Optional<Site> site(RowReader row, Vendor vendor) {
        String code = row.required("site");
        if (code == null) {
            return Optional.empty();
        }
        Optional<Site> site = sites.ofVendor(vendor.id()).stream().filter(s -> s.code().equalsIgnoreCase(code)).findFirst();
        if (site.isEmpty()) {
            row.problem("site", UserTexts.of("problem.reference.roster.site-unknown", vendor.code(), Echoed.cut(code)));
        }
        return site;
    }

    private static List<String> languages(RowReader row) {
        String text = row.required("languages");
        if (text == null) {
            return List.of();
        }
        Optional<String> problem = text.length() > 200 ? Optional.of(
                UserTexts.of("problem.shared.field.at-most", "200")) : LanguageTags.problemIn(text);
        problem.ifPresent(p -> row.problem("languages", p));
        return problem.isPresent() ? List.of() : LanguageTags.parse(text);
    }

    private static AgentStatus status(RowReader row) {
        String text = row.optional("status");
        if (text == null) {
            return AgentStatus.ACTIVE;
        }
        try {
            return AgentStatus.valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            row.problem("status", UserTexts.of("problem.reference.roster.status-unknown", Echoed.quoted(text)));
            return null;
        }
    }

    private static LocalDate hiredOn(RowReader row) {
        String text = row.optional("hired_on");
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            row.problem("hired_on", UserTexts.of("problem.reference.roster.hired-on-invalid", Echoed.quoted(text)));
            return null;
        }
    }

    private RosterImportResult apply(String fileName, List<Candidate> candidates) {
        Map<UUID, Map<String, Agent>> existingByVendor = new HashMap<>();
        Instant now = clock.instant();
        int created = 0;
        int updated = 0;
        List<UUID> changed = new java.util.ArrayList<>();
        for (Candidate c : candidates) {
            Map<String, Agent> existing = existingByVendor.computeIfAbsent(c.vendorId(), agents::byExternalId);
            Agent current = existing.get(c.externalId());
            Agent incoming = new Agent(current == null ? UUID.randomUUID() : current.id(), c.externalId(), c.vendorId(), c.siteId(),
                    c.fullName(), c.email(), c.languages(), c.skills(), c.status(), c.hiredOn(),
                    current == null ? 0 : current.version(), current == null ? now : current.createdAt(), now);
            if (current == null) {
                agents.insert(incoming);
                events.publishEvent(new EntityChanged("agent", incoming.id().toString(), "imported",
                        "Agent " + c.fullName() + " (" + c.externalId() + ") added by roster import " + fileName, null, incoming));
                created++;
                changed.add(incoming.id());
            } else if (!current.sameFactsAs(incoming)) {
                agents.update(incoming);
                events.publishEvent(new EntityChanged("agent", incoming.id().toString(), "imported",
                        "Agent " + c.fullName() + " (" + c.externalId() + ") updated by roster import " + fileName, current, incoming));
                updated++;
                changed.add(incoming.id());
            }
        }
        if (!changed.isEmpty()) {
            events.publishEvent(new RosterChanged(changed));
        }
        return new RosterImportResult(fileName, candidates.size(), created, updated, candidates.size() - created - updated);
    }

    /** Reads one line's cells by column name and collects its problems. */
    private static final class RowReader {
        private final RosterFile.Line line;
        private final Map<String, Integer> columns;
        private final List<RowProblem> problems;
        private boolean failed;

        RowReader(RosterFile.Line line, Map<String, Integer> columns, List<RowProblem> problems) {
            this.line = line;
            this.columns = columns;
            this.problems = problems;
        }

        String optional(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= line.cells().size()) {
                return null;
            }
            String value = line.cells().get(index).trim();
            return value.isEmpty() ? null : value;
        }

        String required(String column) {
            String value = optional(column);
            if (value == null) {
                problem(column, UserTexts.of("problem.shared.field.required"));
            }
            return value;
        }

        void problem(String column, String message) {
            problems.add(new RowProblem(line.rowNumber(), column, message));
            failed = true;
        }

        boolean hasProblems() {
            return failed;
        }
    }
}
