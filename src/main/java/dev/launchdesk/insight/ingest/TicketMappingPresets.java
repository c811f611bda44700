package dev.launchdesk.insight.ingest;

import static dev.launchdesk.insight.ingest.MappingTransform.AS_IS;
import static dev.launchdesk.insight.ingest.MappingTransform.GREATER_THAN_ZERO;
import static dev.launchdesk.insight.ingest.MappingTransform.GROUP_SITE;
import static dev.launchdesk.insight.ingest.MappingTransform.GROUP_VENDOR;
import static dev.launchdesk.insight.ingest.MappingTransform.HOURS_MINUTES_TO_SECONDS;
import static dev.launchdesk.insight.ingest.MappingTransform.MINUTES_AFTER_CREATED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.launchdesk.insight.ingest.TicketMapping.Rule;

/**
 * Ready mappings for the CSV exports Zendesk and Freshdesk write, under the column names they use. A group is read as
 * a LaunchDesk site (its code or name, or "VENDOR SITE"): name the helpdesk groups after their sites, or save a copy
 * with a value table from group to VENDOR/SITE. Timestamps without an offset are read in the market's zone; save a
 * copy with the account's time zone when it differs.
 */
final class TicketMappingPresets {

    private static final Map<String, String> ZENDESK_VIA = table(
            "Web Form", "web", "Web form", "web", "Web Widget", "web", "Mail", "email", "Email", "email", "Chat", "chat",
            "Messaging", "chat", "Native Messaging", "chat", "Phone call (incoming)", "phone", "Phone call (outgoing)", "phone",
            "Voice", "phone", "Voicemail", "phone", "Mobile SDK", "app", "API", "api");
    private static final Map<String, String> ZENDESK_SATISFACTION = table("Good", "5", "Bad", "1", "Offered", "", "Unoffered", "");
    private static final Map<String, String> FRESHDESK_SOURCE = table(
            "Email", "email", "Portal", "web", "Phone", "phone", "Chat", "chat", "Feedback Widget", "web", "Outbound Email", "email",
            "WhatsApp", "chat", "Facebook", "social", "Twitter", "social", "Mobihelp", "app");
    private static final Map<String, String> FRESHDESK_SATISFACTION = table(
            "Extremely Happy", "5", "Very Happy", "5", "Happy", "4", "Neutral", "3", "Unhappy", "2", "Very Unhappy", "1",
            "Extremely Unhappy", "1", "Awesome", "5", "Just Okay", "3", "Not Good", "1", "Good", "5", "Bad", "1");

    static final TicketMapping ZENDESK_CSV = new TicketMapping(null, "zendesk-csv", "Zendesk CSV export", null, List.of(
            rule("ticket_id", "Id"),
            rule("created_at", "Created at"),
            new Rule("first_response_at", "First reply time in minutes", MINUTES_AFTER_CREATED, Map.of()),
            rule("resolved_at", "Solved at"),
            rule("market", "Market [list]"),
            new Rule("vendor", "Group", GROUP_VENDOR, Map.of()),
            new Rule("site", "Group", GROUP_SITE, Map.of()),
            new Rule("channel", "Via", AS_IS, ZENDESK_VIA),
            rule("category", "Category [list]"),
            rule("handle_time_seconds", "Total time spent (sec) [int]"),
            new Rule("csat", "Satisfaction Score", AS_IS, ZENDESK_SATISFACTION),
            new Rule("reopened", "Reopens", GREATER_THAN_ZERO, Map.of())));

    static final TicketMapping FRESHDESK_CSV = new TicketMapping(null, "freshdesk-csv", "Freshdesk CSV export", null, List.of(
            rule("ticket_id", "Ticket ID"),
            rule("created_at", "Created time"),
            rule("first_response_at", "Initial response time"),
            rule("resolved_at", "Resolved time"),
            rule("market", "Market"),
            new Rule("vendor", "Group", GROUP_VENDOR, Map.of()),
            new Rule("site", "Group", GROUP_SITE, Map.of()),
            new Rule("channel", "Source", AS_IS, FRESHDESK_SOURCE),
            rule("category", "Type"),
            new Rule("handle_time_seconds", "Time tracked", HOURS_MINUTES_TO_SECONDS, Map.of()),
            new Rule("csat", "Customer satisfaction", AS_IS, FRESHDESK_SATISFACTION)));

    static final List<TicketMapping> ALL = List.of(ZENDESK_CSV, FRESHDESK_CSV);

    private TicketMappingPresets() {
    }

    static Optional<TicketMapping> named(String name) {
        return ALL.stream().filter(m -> m.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    private static Rule rule(String field, String source) {
        return new Rule(field, source, AS_IS, Map.of());
    }

    private static Map<String, String> table(String... pairs) {
        Map<String, String> table = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            table.put(pairs[i], pairs[i + 1]);
        }
        return table;
    }
}
