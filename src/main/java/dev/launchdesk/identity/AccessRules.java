package dev.launchdesk.identity;

import static dev.launchdesk.identity.AccessRules.Capability.ACKNOWLEDGE_SOPS;
import static dev.launchdesk.identity.AccessRules.Capability.ADMINISTER;
import static dev.launchdesk.identity.AccessRules.Capability.ANALYSE_ROOT_CAUSES;
import static dev.launchdesk.identity.AccessRules.Capability.ANYONE;
import static dev.launchdesk.identity.AccessRules.Capability.EDIT_POLICY;
import static dev.launchdesk.identity.AccessRules.Capability.EDIT_SOPS;
import static dev.launchdesk.identity.AccessRules.Capability.IMPORT_TICKETS;
import static dev.launchdesk.identity.AccessRules.Capability.MANAGE_ROSTER;
import static dev.launchdesk.identity.AccessRules.Capability.READ_TEAM_DATA;
import static dev.launchdesk.identity.AccessRules.Capability.REVIEW_ANOMALIES;
import static dev.launchdesk.identity.AccessRules.Capability.SCAN_ANOMALIES;
import static dev.launchdesk.identity.AccessRules.Capability.SIGNED_IN;
import static dev.launchdesk.identity.AccessRules.Capability.ASSIGN_REFRESHERS;
import static dev.launchdesk.identity.AccessRules.Capability.ASSIGN_TRAINING;
import static dev.launchdesk.identity.AccessRules.Capability.MANAGE_TRAINING;
import static dev.launchdesk.identity.AccessRules.Capability.TAKE_TRAINING;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.launchdesk.shared.Role;

/**
 * The one place that says which roles may do what: each capability names its roles, and every page and API endpoint
 * (HTTP method and path pattern, exactly as its handler mapping declares it) names the capability it needs.
 * {@link AccessRulesEnforcement} applies the table to every request before its handler runs; a handler without a rule is
 * refused, and {@code AccessRulesWebTests} fails for any handler mapping missing here (or any rule without a handler).
 * What a role sees of the rows it may read (a vendor lead or agent only their own vendor's) stays in the services.
 */
public final class AccessRules {

    /** What a role may do; a rule names one of these. */
    public enum Capability {
        /** Anyone, also before signing in (the sign-in and error pages). */
        ANYONE(EnumSet.allOf(Role.class)),
        /** Every signed-in user: SOPs, markets, vendors, handbooks, search, their own account. */
        SIGNED_IN(EnumSet.allOf(Role.class)),
        /** The team's working data that agents do not see: the roster, insights, anomalies, acknowledgement reports. */
        READ_TEAM_DATA(EnumSet.complementOf(EnumSet.of(Role.AGENT))),
        /** Users, audit trail, markets, vendors and sites, the search index. */
        ADMINISTER(EnumSet.of(Role.ADMIN)),
        /** A market's policy parameters. */
        EDIT_POLICY(EnumSet.of(Role.ADMIN, Role.SOP_EDITOR)),
        /** Writing, reviewing, publishing and translating SOPs. */
        EDIT_SOPS(EnumSet.of(Role.ADMIN, Role.SOP_EDITOR)),
        /** Adding, editing and importing agents (a vendor lead: only their own vendor's). */
        MANAGE_ROSTER(EnumSet.of(Role.ADMIN, Role.VENDOR_LEAD)),
        /** Reading one's own SOPs and acknowledging them. */
        ACKNOWLEDGE_SOPS(EnumSet.of(Role.AGENT)),
        /** Importing tickets and order volumes, and keeping the column mappings. */
        IMPORT_TICKETS(EnumSet.of(Role.ADMIN, Role.ANALYST)),
        /** Acknowledging and dismissing anomalies. */
        REVIEW_ANOMALIES(EnumSet.of(Role.ADMIN, Role.ANALYST, Role.GTM_MANAGER)),
        /** Starting an anomaly scan on demand. */
        SCAN_ANOMALIES(EnumSet.of(Role.ADMIN, Role.ANALYST)),
        /** Root-cause analysis of a KPI cube sent in the request. */
        ANALYSE_ROOT_CAUSES(EnumSet.of(Role.ADMIN, Role.ANALYST, Role.GTM_MANAGER)),
        /** Building training modules and question banks, live assignment rules. */
        MANAGE_TRAINING(EnumSet.of(Role.ADMIN, Role.TRAINER)),
        /** Assigning modules to agents by name (a vendor lead: only their own vendor's). */
        ASSIGN_TRAINING(EnumSet.of(Role.ADMIN, Role.TRAINER, Role.VENDOR_LEAD)),
        /**
         * Assigning the training of the SOP behind a root cause to the agents it points at, from the root-cause page (a
         * vendor lead: only their own vendor's agents).
         */
        ASSIGN_REFRESHERS(EnumSet.of(Role.ADMIN, Role.GTM_MANAGER, Role.TRAINER, Role.VENDOR_LEAD)),
        /** Studying, taking quizzes and re-enrolling: one's own training. */
        TAKE_TRAINING(EnumSet.of(Role.AGENT));

        private final Set<Role> roles;

        Capability(Set<Role> roles) {
            this.roles = roles;
        }

        public Set<Role> roles() {
            return EnumSet.copyOf(roles);
        }

        public boolean allows(Role role) {
            return roles.contains(role);
        }

        /** Whether any of the roles (a user has one; an authentication may carry several authorities) is allowed. */
        public boolean allowsAny(Collection<Role> held) {
            return this == ANYONE || held.stream().anyMatch(roles::contains);
        }
    }

    /** A handler mapping's HTTP method ({@value #ANY_METHOD} when it takes every method) and path pattern, and what it needs. */
    public record Rule(String method, String pattern, Capability capability) {

        String key() {
            return key(method, pattern);
        }

        static String key(String method, String pattern) {
            return method + " " + pattern;
        }
    }

    /** The method of a mapping that declares none and so answers every method. */
    public static final String ANY_METHOD = "*";

    private static final List<Rule> RULES = List.of(
                // notify: the signed-in user's own notifications and settings
                rule("GET", "/notifications", SIGNED_IN),
                rule("POST", "/notifications/read-all", SIGNED_IN),
                rule("POST", "/notifications/{id}/read", SIGNED_IN),
                rule("GET", "/account/notifications", SIGNED_IN),
                rule("GET", "/account/notifications/panel", SIGNED_IN),
                rule("POST", "/account/notifications", SIGNED_IN),
                rule("GET", "/api/v1/me/notifications", SIGNED_IN),
                rule("POST", "/api/v1/me/notifications/read-all", SIGNED_IN),
                rule("POST", "/api/v1/me/notifications/{id}/read", SIGNED_IN),
                rule("GET", "/api/v1/me/notification-preferences", SIGNED_IN),
                rule("PUT", "/api/v1/me/notification-preferences/{kind}", SIGNED_IN),
                // notify: the mail outbox folder and webhook endpoints (admins)
                rule("GET", "/admin/mail-outbox", ADMINISTER),
                rule("GET", "/admin/mail-outbox/{name}", ADMINISTER),
                rule("GET", "/admin/webhooks", ADMINISTER),
                rule("GET", "/admin/webhooks/{id}", ADMINISTER),
                rule("POST", "/admin/webhooks", ADMINISTER),
                rule("POST", "/admin/webhooks/{id}", ADMINISTER),
                rule("POST", "/admin/webhooks/{id}/deliveries/{deliveryId}/replay", ADMINISTER),
                rule("POST", "/admin/webhooks/{id}/secret", ADMINISTER),
                rule("GET", "/api/v1/webhook-endpoints", ADMINISTER),
                rule("GET", "/api/v1/webhook-endpoints/{id}", ADMINISTER),
                rule("GET", "/api/v1/webhook-endpoints/{id}/deliveries", ADMINISTER),
                rule("POST", "/api/v1/webhook-endpoints", ADMINISTER),
                rule("PUT", "/api/v1/webhook-endpoints/{id}", ADMINISTER),
                rule("POST", "/api/v1/webhook-endpoints/{id}/secret", ADMINISTER),
                rule("POST", "/api/v1/webhook-deliveries/{id}/replay", ADMINISTER),
                // AuditApi
                rule("GET", "/api/v1/audit", ADMINISTER),
                // AuditPages
                rule("GET", "/audit", ADMINISTER),
                // AccountApi
                rule("GET", "/api/v1/me", SIGNED_IN),
                rule("GET", "/api/v1/me/work", SIGNED_IN),
                rule("GET", "/api/v1/me/tokens", SIGNED_IN),
                rule("POST", "/api/v1/me/tokens", SIGNED_IN),
                rule("DELETE", "/api/v1/me/tokens/{id}", SIGNED_IN),
                // AccountPages
                rule("GET", "/account", SIGNED_IN),
                rule("POST", "/account/tokens", SIGNED_IN),
                rule("POST", "/account/tokens/{id}/revoke", SIGNED_IN),
                rule("POST", "/account/password", SIGNED_IN),
                // LoginController
                rule("GET", "/login", ANYONE),
                // UserApi
                rule("GET", "/api/v1/users", ADMINISTER),
                rule("GET", "/api/v1/users/{id}", ADMINISTER),
                rule("POST", "/api/v1/users", ADMINISTER),
                rule("PUT", "/api/v1/users/{id}", ADMINISTER),
                // UserPages
                rule("GET", "/users", ADMINISTER),
                rule("GET", "/users/new", ADMINISTER),
                rule("POST", "/users", ADMINISTER),
                rule("GET", "/users/{id}/edit", ADMINISTER),
                rule("POST", "/users/{id}", ADMINISTER),
                // RootCauseApi
                rule("POST", "/api/v1/insights/rca", ANALYSE_ROOT_CAUSES),
                // PeriodRcaApi
                rule("POST", "/api/v1/insights/rca/periods", READ_TEAM_DATA),
                rule("GET", "/api/v1/insights/rca/periods", READ_TEAM_DATA),
                // RootCausePages
                rule("GET", "/insights/rca", READ_TEAM_DATA),
                rule("POST", "/insights/rca/refreshers", ASSIGN_REFRESHERS),
                rule("POST", "/api/v1/insights/rca/refreshers", ASSIGN_REFRESHERS),
                // AnomalyApi
                rule("GET", "/api/v1/insights/anomalies", READ_TEAM_DATA),
                rule("GET", "/api/v1/insights/anomalies/episodes", READ_TEAM_DATA),
                rule("GET", "/api/v1/insights/anomalies/{id}", READ_TEAM_DATA),
                rule("POST", "/api/v1/insights/anomalies/{id}/acknowledge", REVIEW_ANOMALIES),
                rule("POST", "/api/v1/insights/anomalies/{id}/dismiss", REVIEW_ANOMALIES),
                rule("POST", "/api/v1/insights/anomalies/scan", SCAN_ANOMALIES),
                // AnomalyPages
                rule("GET", "/insights/anomalies", READ_TEAM_DATA),
                rule("GET", "/insights/anomalies/{id}", READ_TEAM_DATA),
                rule("POST", "/insights/anomalies/{id}/acknowledge", REVIEW_ANOMALIES),
                rule("POST", "/insights/anomalies/{id}/dismiss", REVIEW_ANOMALIES),
                rule("POST", "/insights/anomalies/scan", SCAN_ANOMALIES),
                rule("POST", "/insights/anomalies/subscriptions", READ_TEAM_DATA),
                rule("POST", "/insights/anomalies/subscriptions/{id}/delete", READ_TEAM_DATA),
                rule("POST", "/insights/anomalies/alerts/{id}/read", READ_TEAM_DATA),
                // AnomalySubscriptionApi
                rule("GET", "/api/v1/insights/anomaly-subscriptions", READ_TEAM_DATA),
                rule("POST", "/api/v1/insights/anomaly-subscriptions", READ_TEAM_DATA),
                rule("DELETE", "/api/v1/insights/anomaly-subscriptions/{id}", READ_TEAM_DATA),
                // InsightPages
                rule("GET", "/insights", READ_TEAM_DATA),
                rule("GET", "/insights/export", READ_TEAM_DATA),
                rule("GET", "/insights/tickets", READ_TEAM_DATA),
                rule("GET", "/insights/tickets/{id}", READ_TEAM_DATA),
                rule("GET", "/insights/compare", READ_TEAM_DATA),
                // KpiApi
                rule("GET", "/api/v1/insights/kpis", READ_TEAM_DATA),
                rule("GET", "/api/v1/insights/kpis/export", READ_TEAM_DATA),
                rule("GET", "/api/v1/insights/kpis/compare", READ_TEAM_DATA),
                // TicketApi
                rule("GET", "/api/v1/tickets", READ_TEAM_DATA),
                rule("GET", "/api/v1/tickets/{id}", READ_TEAM_DATA),
                // TicketImportApi
                rule("POST", "/api/v1/tickets/imports", IMPORT_TICKETS),
                rule("POST", "/api/v1/order-volumes/imports", IMPORT_TICKETS),
                rule("GET", "/api/v1/tickets/imports", IMPORT_TICKETS),
                rule("GET", "/api/v1/order-volumes/imports", IMPORT_TICKETS),
                rule("GET", "/api/v1/tickets/imports/{id}", IMPORT_TICKETS),
                rule("GET", "/api/v1/order-volumes/imports/{id}", IMPORT_TICKETS),
                rule("GET", "/api/v1/tickets/imports/{id}/rejected-rows", IMPORT_TICKETS),
                rule("GET", "/api/v1/order-volumes/imports/{id}/rejected-rows", IMPORT_TICKETS),
                // TicketImportPages
                rule("GET", "/insights/imports", IMPORT_TICKETS),
                rule("POST", "/insights/imports", IMPORT_TICKETS),
                rule("GET", "/insights/imports/{id}", IMPORT_TICKETS),
                rule("GET", "/insights/imports/{id}/rejected-rows.csv", IMPORT_TICKETS),
                // TicketMappingApi
                rule("GET", "/api/v1/tickets/mappings", IMPORT_TICKETS),
                rule("GET", "/api/v1/tickets/mappings/{idOrName}", IMPORT_TICKETS),
                rule("POST", "/api/v1/tickets/mappings", IMPORT_TICKETS),
                rule("DELETE", "/api/v1/tickets/mappings/{id}", IMPORT_TICKETS),
                // TicketMappingPages
                rule("GET", "/insights/imports/mappings/new", IMPORT_TICKETS),
                rule("GET", "/insights/imports/mappings/{id}", IMPORT_TICKETS),
                rule("POST", "/insights/imports/mappings", IMPORT_TICKETS),
                // AgentApi
                rule("GET", "/api/v1/agents", READ_TEAM_DATA),
                rule("GET", "/api/v1/agents/{id}", READ_TEAM_DATA),
                rule("POST", "/api/v1/agents", MANAGE_ROSTER),
                rule("PUT", "/api/v1/agents/{id}", MANAGE_ROSTER),
                rule("POST", "/api/v1/agents/imports", MANAGE_ROSTER),
                rule("GET", "/api/v1/agents/imports/template", READ_TEAM_DATA),
                // AgentPages
                rule("GET", "/agents", READ_TEAM_DATA),
                rule("GET", "/agents/{id}", READ_TEAM_DATA),
                rule("GET", "/agents/new", MANAGE_ROSTER),
                rule("POST", "/agents", MANAGE_ROSTER),
                rule("GET", "/agents/{id}/edit", MANAGE_ROSTER),
                rule("POST", "/agents/{id}", MANAGE_ROSTER),
                rule("GET", "/agents/import", MANAGE_ROSTER),
                rule("POST", "/agents/import", MANAGE_ROSTER),
                rule("GET", "/agents/import/template.csv", MANAGE_ROSTER),
                // MarketApi
                rule("GET", "/api/v1/markets", SIGNED_IN),
                rule("GET", "/api/v1/markets/{code}", SIGNED_IN),
                rule("POST", "/api/v1/markets", ADMINISTER),
                rule("PUT", "/api/v1/markets/{code}", ADMINISTER),
                rule("GET", "/api/v1/markets/{code}/policy-parameters", SIGNED_IN),
                rule("POST", "/api/v1/markets/{code}/policy-parameters", EDIT_POLICY),
                // MarketPages
                rule("GET", "/markets", SIGNED_IN),
                rule("GET", "/markets/{code}", SIGNED_IN),
                rule("GET", "/markets/new", ADMINISTER),
                rule("POST", "/markets", ADMINISTER),
                rule("GET", "/markets/{code}/edit", ADMINISTER),
                rule("POST", "/markets/{code}", ADMINISTER),
                rule("POST", "/markets/{code}/parameters", EDIT_POLICY),
                // VendorApi
                rule("GET", "/api/v1/vendors", SIGNED_IN),
                rule("GET", "/api/v1/vendors/{id}", SIGNED_IN),
                rule("POST", "/api/v1/vendors", ADMINISTER),
                rule("PUT", "/api/v1/vendors/{id}", ADMINISTER),
                rule("GET", "/api/v1/vendors/{id}/sites", SIGNED_IN),
                rule("POST", "/api/v1/vendors/{id}/sites", ADMINISTER),
                rule("GET", "/api/v1/sites", SIGNED_IN),
                rule("GET", "/api/v1/sites/{id}", SIGNED_IN),
                rule("PUT", "/api/v1/sites/{id}", ADMINISTER),
                // VendorPages
                rule("GET", "/vendors", SIGNED_IN),
                rule("GET", "/vendors/{id}", SIGNED_IN),
                rule("GET", "/vendors/new", ADMINISTER),
                rule("POST", "/vendors", ADMINISTER),
                rule("GET", "/vendors/{id}/edit", ADMINISTER),
                rule("POST", "/vendors/{id}", ADMINISTER),
                rule("GET", "/vendors/{id}/sites/new", ADMINISTER),
                rule("POST", "/vendors/{id}/sites", ADMINISTER),
                rule("GET", "/vendors/{id}/sites/{siteId}/edit", ADMINISTER),
                rule("POST", "/vendors/{id}/sites/{siteId}", ADMINISTER),
                // AcknowledgementApi
                rule("GET", "/api/v1/me/sops", ACKNOWLEDGE_SOPS),
                rule("POST", "/api/v1/me/sops/{versionId}/acknowledgement", ACKNOWLEDGE_SOPS),
                rule("GET", "/api/v1/sops/{id}/acknowledgements", READ_TEAM_DATA),
                // AcknowledgementEndpoints
                rule("GET", "/my/sops", ACKNOWLEDGE_SOPS),
                rule("GET", "/my/sops/{versionId}", ACKNOWLEDGE_SOPS),
                rule("GET", "/sops/read/{versionId}", SIGNED_IN),
                rule("POST", "/my/sops/{versionId}/acknowledgement", ACKNOWLEDGE_SOPS),
                rule("GET", "/sops/{id}/acknowledgements", READ_TEAM_DATA),
                // SopApi
                rule("GET", "/api/v1/sops", SIGNED_IN),
                rule("POST", "/api/v1/sops", EDIT_SOPS),
                rule("GET", "/api/v1/sops/{id}", SIGNED_IN),
                rule("GET", "/api/v1/sops/{id}/variants", SIGNED_IN),
                rule("POST", "/api/v1/sops/{id}/variants", EDIT_SOPS),
                rule("POST", "/api/v1/sops/{id}/revisions", EDIT_SOPS),
                rule("GET", "/api/v1/sops/{id}/diff", SIGNED_IN),
                rule("GET", "/api/v1/sop-matrix", SIGNED_IN),
                rule("GET", "/api/v1/sop-versions/{id}", SIGNED_IN),
                rule("GET", "/api/v1/sop-versions/{id}/conflicts", SIGNED_IN),
                rule("PUT", "/api/v1/sop-versions/{id}", EDIT_SOPS),
                rule("POST", "/api/v1/sop-versions/{id}/submit", EDIT_SOPS),
                rule("POST", "/api/v1/sop-versions/{id}/approve", EDIT_SOPS),
                rule("POST", "/api/v1/sop-versions/{id}/request-changes", EDIT_SOPS),
                rule("POST", "/api/v1/sop-versions/{id}/publish", EDIT_SOPS),
                rule("POST", "/api/v1/sop-versions/{id}/withdraw", EDIT_SOPS),
                rule("POST", "/api/v1/sop-versions/{id}/resolutions", EDIT_SOPS),
                // SopHandbookApi
                rule("GET", "/api/v1/sop-handbooks/{market}.{format}", SIGNED_IN),
                // SopHandbookEndpoints
                rule("GET", "/sops/handbooks", SIGNED_IN),
                rule("GET", "/sops/handbooks/download", SIGNED_IN),
                rule("GET", "/sops/handbooks/{market}.{format}", SIGNED_IN),
                // SopMergeApi
                rule("POST", "/api/v1/sop-merges/preview", SIGNED_IN),
                // SopPages
                rule("GET", "/sops", SIGNED_IN),
                rule("GET", "/sops/matrix", SIGNED_IN),
                rule("GET", "/sops/due", SIGNED_IN),
                rule("GET", "/sops/new", EDIT_SOPS),
                rule("POST", "/sops", EDIT_SOPS),
                rule("GET", "/sops/{id}", SIGNED_IN),
                rule("POST", "/sops/{id}/variants", EDIT_SOPS),
                rule("GET", "/sops/{id}/revisions/new", EDIT_SOPS),
                rule("POST", "/sops/{id}/revisions", EDIT_SOPS),
                rule("POST", "/sops/preview", SIGNED_IN),
                // SopSearchApi
                rule("GET", "/api/v1/sop-search", SIGNED_IN),
                rule("POST", "/api/v1/sop-search/rebuild", ADMINISTER),
                // SopSearchEndpoints
                rule("GET", "/sops/search", SIGNED_IN),
                // SopTranslationApi
                rule("GET", "/api/v1/sops/{id}/translations", SIGNED_IN),
                rule("POST", "/api/v1/sops/{id}/translations/{language}/exports", EDIT_SOPS),
                rule("POST", "/api/v1/sops/{id}/translations/{language}/xliff", EDIT_SOPS),
                // SopTranslationEndpoints
                rule("POST", "/sops/{id}/translations/{language}/export", EDIT_SOPS),
                rule("POST", "/sops/{id}/translations/{language}", EDIT_SOPS),
                // SopVersionPages
                rule("GET", "/sops/versions/{id}", SIGNED_IN),
                rule("GET", "/sops/versions/{id}/edit", EDIT_SOPS),
                rule("POST", "/sops/versions/{id}", EDIT_SOPS),
                rule("POST", "/sops/versions/{id}/submit", EDIT_SOPS),
                rule("POST", "/sops/versions/{id}/approve", EDIT_SOPS),
                rule("POST", "/sops/versions/{id}/request-changes", EDIT_SOPS),
                rule("POST", "/sops/versions/{id}/publish", EDIT_SOPS),
                rule("POST", "/sops/versions/{id}/withdraw", EDIT_SOPS),
                rule("GET", "/sops/versions/{id}/resolve", EDIT_SOPS),
                rule("POST", "/sops/versions/{id}/resolve", EDIT_SOPS),
                rule("GET", "/sops/{documentId}/diff", SIGNED_IN),
                // training: modules, question bank, assignments, readiness (vendor leads: their own vendor's agents)
                rule("GET", "/api/v1/training/modules", READ_TEAM_DATA),
                rule("POST", "/api/v1/training/modules", MANAGE_TRAINING),
                rule("GET", "/api/v1/training/modules/{id}", READ_TEAM_DATA),
                rule("POST", "/api/v1/training/modules/{id}/informational", MANAGE_TRAINING),
                rule("GET", "/api/v1/training/questions", MANAGE_TRAINING),
                rule("POST", "/api/v1/training/questions", MANAGE_TRAINING),
                rule("PUT", "/api/v1/training/questions/{id}", MANAGE_TRAINING),
                rule("POST", "/api/v1/training/questions/{id}/review", MANAGE_TRAINING),
                rule("POST", "/api/v1/training/modules/{id}/assignments", ASSIGN_TRAINING),
                rule("POST", "/api/v1/training/modules/{id}/assignment-rules", MANAGE_TRAINING),
                rule("GET", "/api/v1/training/modules/{id}/assignment-rules", READ_TEAM_DATA),
                rule("GET", "/api/v1/training/readiness", READ_TEAM_DATA),
                rule("GET", "/api/v1/training/assignments", READ_TEAM_DATA),
                rule("GET", "/api/v1/training/xapi/statements", READ_TEAM_DATA),
                rule("GET", "/api/v1/training/readiness/trend", READ_TEAM_DATA),
                rule("GET", "/api/v1/training/readiness/agents", READ_TEAM_DATA),
                rule("GET", "/training/readiness", READ_TEAM_DATA),
                rule("GET", "/training/readiness/agents", READ_TEAM_DATA),
                // training: the bank's files, and the trainer's pages (modules, question bank, assignments)
                rule("POST", "/api/v1/training/questions/import", MANAGE_TRAINING),
                rule("GET", "/api/v1/training/questions/export", MANAGE_TRAINING),
                rule("GET", "/training/modules", READ_TEAM_DATA),
                rule("GET", "/training/modules/new", MANAGE_TRAINING),
                rule("POST", "/training/modules", MANAGE_TRAINING),
                rule("GET", "/training/modules/{id}", READ_TEAM_DATA),
                rule("GET", "/training/modules/{id}/edit", MANAGE_TRAINING),
                rule("POST", "/training/modules/{id}", MANAGE_TRAINING),
                rule("POST", "/training/modules/{id}/informational", MANAGE_TRAINING),
                rule("POST", "/training/modules/{id}/assignments", ASSIGN_TRAINING),
                rule("POST", "/training/modules/{id}/assignment-rules", MANAGE_TRAINING),
                rule("GET", "/training/assignments", READ_TEAM_DATA),
                rule("GET", "/training/questions", MANAGE_TRAINING),
                rule("GET", "/training/questions/new", MANAGE_TRAINING),
                rule("POST", "/training/questions", MANAGE_TRAINING),
                rule("GET", "/training/questions/{id}/edit", MANAGE_TRAINING),
                rule("POST", "/training/questions/{id}", MANAGE_TRAINING),
                rule("POST", "/training/questions/{id}/review", MANAGE_TRAINING),
                rule("POST", "/training/questions/import", MANAGE_TRAINING),
                rule("GET", "/training/questions/export", MANAGE_TRAINING),
                // training: the signed-in agent's own
                rule("GET", "/my/training", TAKE_TRAINING),
                rule("GET", "/my/training/assignments/{id}", TAKE_TRAINING),
                rule("POST", "/my/training/assignments/{id}/attempts", TAKE_TRAINING),
                rule("POST", "/my/training/assignments/{id}/acknowledgement", TAKE_TRAINING),
                rule("GET", "/my/training/attempts/{id}", TAKE_TRAINING),
                rule("POST", "/my/training/attempts/{id}/submission", TAKE_TRAINING),
                rule("GET", "/api/v1/me/training", TAKE_TRAINING),
                rule("GET", "/api/v1/me/training/assignments/{id}/study", TAKE_TRAINING),
                rule("POST", "/api/v1/me/training/assignments/{id}/attempts", TAKE_TRAINING),
                rule("POST", "/api/v1/me/training/assignments/{id}/acknowledgement", TAKE_TRAINING),
                rule("GET", "/api/v1/me/training/attempts/{id}", TAKE_TRAINING),
                rule("POST", "/api/v1/me/training/attempts/{id}/submission", TAKE_TRAINING),
                rule("POST", "/api/v1/me/training/modules/{id}/re-enrolment", TAKE_TRAINING),
                // the OpenAPI document and Swagger UI (springdoc)
                rule("GET", "/v3/api-docs", SIGNED_IN),
                rule("GET", "/v3/api-docs.yaml", SIGNED_IN),
                rule("GET", "/v3/api-docs/swagger-config", SIGNED_IN),
                rule("GET", "/swagger-ui.html", SIGNED_IN),
                // ErrorPages
                rule(ANY_METHOD, "/error", ANYONE),
                // HomeController
                rule("GET", "/", SIGNED_IN));

    private static final Map<String, Rule> BY_KEY = index(RULES);

    private AccessRules() {
    }

    /** Every rule, in the order of the table. */
    public static List<Rule> rules() {
        return RULES;
    }

    /** The rule for a request matched to a pattern: the method's own, else the pattern's any-method rule (HEAD is GET). */
    public static Optional<Rule> ruleFor(String method, String pattern) {
        String m = "HEAD".equals(method) ? "GET" : method;
        Rule rule = BY_KEY.get(Rule.key(m, pattern));
        return Optional.ofNullable(rule != null ? rule : BY_KEY.get(Rule.key(ANY_METHOD, pattern)));
    }

    private static Rule rule(String method, String pattern, Capability capability) {
        return new Rule(method, pattern, capability);
    }

    private static Map<String, Rule> index(List<Rule> rules) {
        Map<String, Rule> byKey = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (byKey.put(rule.key(), rule) != null) {
                throw new IllegalStateException("two access rules for " + rule.key());
            }
        }
        return Map.copyOf(byKey);
    }
}
