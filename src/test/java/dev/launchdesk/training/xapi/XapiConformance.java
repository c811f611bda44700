package dev.launchdesk.training.xapi;

import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rules of xAPI 1.0.3 (Part Two, "Experience API (xAPI) Data") that a statement must keep, as a learning record
 * store checks them: statement properties (2.2, 2.4), actor and its inverse functional identifier (2.4.2), verb
 * (2.4.3), activity object (2.4.4), result and score (2.4.5), context (2.4.6), timestamps (4.5), durations (4.6),
 * UUIDs (4.4), IRIs (4.3) and language maps (4.2), with no null values and no property the specification does not
 * define. Returns every rule broken, with the property's path.
 */
final class XapiConformance {

    private static final Set<String> STATEMENT = Set.of("id", "actor", "verb", "object", "result", "context", "timestamp", "stored",
            "authority", "version", "attachments");
    private static final Set<String> AGENT = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> GROUP = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account", "member");
    private static final Set<String> IFIS = Set.of("mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> VERB = Set.of("id", "display");
    private static final Set<String> ACTIVITY = Set.of("objectType", "id", "definition");
    private static final Set<String> DEFINITION = Set.of("name", "description", "type", "moreInfo", "extensions", "interactionType",
            "correctResponsesPattern", "choices", "scale", "source", "target", "steps");
    private static final Set<String> RESULT = Set.of("score", "success", "completion", "response", "duration", "extensions");
    private static final Set<String> SCORE = Set.of("scaled", "raw", "min", "max");
    private static final Set<String> CONTEXT = Set.of("registration", "instructor", "team", "contextActivities", "revision", "platform",
            "language", "statement", "extensions");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*");
    private static final Pattern MAILTO = Pattern.compile("mailto:[^@\\s]+@[^@\\s]+");
    /** ISO 8601:2004 4.4.3.2 durations, as ADL's conformance test suite checks them. */
    private static final Pattern DURATION = Pattern.compile(
            "P(?!$)(\\d+(?:\\.\\d+)?Y)?(\\d+(?:\\.\\d+)?M)?(\\d+(?:\\.\\d+)?W)?(\\d+(?:\\.\\d+)?D)?(T(?=\\d)(\\d+(?:\\.\\d+)?H)?(\\d+(?:\\.\\d+)?M)?(\\d+(?:\\.\\d+)?S)?)?");

    private final List<String> broken = new ArrayList<>();

    private XapiConformance() {
    }

    static List<String> problems(JsonNode statement) {
        XapiConformance check = new XapiConformance();
        check.statement(statement);
        return check.broken;
    }

    private void statement(JsonNode s) {
        if (!object(s, "statement", STATEMENT)) {
            return;
        }
        noNulls(s, "statement");
        for (String required : List.of("actor", "verb", "object")) {
            if (!s.has(required)) {
                broken.add("statement." + required + " is required (2.2.s2.b3)");
            }
        }
        if (s.has("id")) {
            uuid(s.get("id"), "id");
        }
        if (s.has("actor")) {
            actor(s.get("actor"), "actor");
        }
        if (s.has("verb") && object(s.get("verb"), "verb", VERB)) {
            iri(s.get("verb").get("id"), "verb.id");
            languageMap(s.get("verb").get("display"), "verb.display", false);
        }
        if (s.has("object")) {
            activity(s.get("object"), "object");
        }
        if (s.has("result")) {
            result(s.get("result"));
        }
        if (s.has("context")) {
            context(s.get("context"));
        }
        for (String time : List.of("timestamp", "stored")) {
            if (s.has(time)) {
                timestamp(s.get(time), time);
            }
        }
        if (s.has("version") && !s.get("version").asText().matches("1\\.0\\.\\d+")) {
            broken.add("version must be 1.0.x");
        }
        if (s.has("authority")) {
            actor(s.get("authority"), "authority");
        }
    }

    private void actor(JsonNode actor, String path) {
        boolean group = "Group".equals(actor.path("objectType").asText());
        if (!object(actor, path, group ? GROUP : AGENT)) {
            return;
        }
        if (actor.has("objectType") && !group && !"Agent".equals(actor.get("objectType").asText())) {
            broken.add(path + ".objectType must be Agent or Group");
        }
        long ifis = IFIS.stream().filter(actor::has).count();
        if (!group && ifis != 1 || group && ifis > 1) {
            broken.add(path + " must have exactly one inverse functional identifier (2.4.2.3), has " + ifis);
        }
        if (group && ifis == 0 && !actor.has("member")) {
            broken.add(path + ": an anonymous group lists its members");
        }
        if (actor.has("mbox") && !MAILTO.matcher(actor.get("mbox").asText()).matches()) {
            broken.add(path + ".mbox must be a mailto IRI");
        }
        if (actor.has("account")) {
            JsonNode account = actor.get("account");
            if (object(account, path + ".account", Set.of("homePage", "name"))) {
                iri(account.get("homePage"), path + ".account.homePage");
                if (!account.path("name").isTextual() || account.get("name").asText().isEmpty()) {
                    broken.add(path + ".account.name is required");
                }
            }
        }
        if (actor.has("name") && !actor.get("name").isTextual()) {
            broken.add(path + ".name must be a string");
        }
        if (group && actor.has("member")) {
            for (JsonNode member : actor.get("member")) {
                actor(member, path + ".member[]");
            }
        }
    }

    private void activity(JsonNode object, String path) {
        String type = object.path("objectType").asText("Activity");
        if (!type.equals("Activity")) {
            return; // Agents, Groups, StatementRefs and SubStatements as objects are not what LaunchDesk sends
        }
        if (!object(object, path, ACTIVITY)) {
            return;
        }
        iri(object.get("id"), path + ".id");
        if (object.has("definition") && object(object.get("definition"), path + ".definition", DEFINITION)) {
            JsonNode definition = object.get("definition");
            languageMap(definition.get("name"), path + ".definition.name", true);
            languageMap(definition.get("description"), path + ".definition.description", true);
            if (definition.has("type")) {
                iri(definition.get("type"), path + ".definition.type");
            }
        }
    }

    private void result(JsonNode result) {
        if (!object(result, "result", RESULT)) {
            return;
        }
        for (String flag : List.of("success", "completion")) {
            if (result.has(flag) && !result.get(flag).isBoolean()) {
                broken.add("result." + flag + " must be a boolean");
            }
        }
        if (result.has("duration") && !DURATION.matcher(result.get("duration").asText()).matches()) {
            broken.add("result.duration must be an ISO 8601 duration (4.6): " + result.get("duration"));
        }
        if (result.has("score") && object(result.get("score"), "result.score", SCORE)) {
            score(result.get("score"));
        }
    }

    private void score(JsonNode score) {
        for (Iterator<Map.Entry<String, JsonNode>> it = score.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().isNumber()) {
                broken.add("result.score." + field.getKey() + " must be a number");
                return;
            }
        }
        BigDecimal scaled = score.has("scaled") ? score.get("scaled").decimalValue() : null;
        if (scaled != null && (scaled.compareTo(BigDecimal.ONE.negate()) < 0 || scaled.compareTo(BigDecimal.ONE) > 0)) {
            broken.add("result.score.scaled must be between -1 and 1");
        }
        BigDecimal min = score.has("min") ? score.get("min").decimalValue() : null;
        BigDecimal max = score.has("max") ? score.get("max").decimalValue() : null;
        BigDecimal raw = score.has("raw") ? score.get("raw").decimalValue() : null;
        if (min != null && max != null && min.compareTo(max) >= 0) {
            broken.add("result.score.min must be less than max");
        }
        if (raw != null && (min != null && raw.compareTo(min) < 0 || max != null && raw.compareTo(max) > 0)) {
            broken.add("result.score.raw must be between min and max");
        }
    }

    private void context(JsonNode context) {
        if (!object(context, "context", CONTEXT)) {
            return;
        }
        if (context.has("registration")) {
            uuid(context.get("registration"), "context.registration");
        }
        if (context.has("language") && !LANGUAGE.matcher(context.get("language").asText()).matches()) {
            broken.add("context.language must be an RFC 5646 tag");
        }
        if (context.has("instructor")) {
            actor(context.get("instructor"), "context.instructor");
        }
        if (context.has("team")) {
            actor(context.get("team"), "context.team");
        }
    }

    private void timestamp(JsonNode value, String path) {
        try {
            OffsetDateTime.parse(value.asText());
        } catch (DateTimeParseException e) {
            broken.add(path + " must be an ISO 8601 timestamp with its offset (4.5)");
        }
    }

    private void uuid(JsonNode value, String path) {
        if (!value.isTextual() || !UUID.matcher(value.asText()).matches()) {
            broken.add(path + " must be a UUID (4.4)");
        }
    }

    private void iri(JsonNode value, String path) {
        try {
            if (value == null || !value.isTextual() || !URI.create(value.asText()).isAbsolute()) {
                broken.add(path + " must be an absolute IRI (4.3)");
            }
        } catch (IllegalArgumentException e) {
            broken.add(path + " must be an absolute IRI (4.3)");
        }
    }

    private void languageMap(JsonNode map, String path, boolean optional) {
        if (map == null) {
            if (!optional) {
                broken.add(path + " should be given");
            }
            return;
        }
        if (!map.isObject() || map.isEmpty()) {
            broken.add(path + " must be a language map");
            return;
        }
        map.fieldNames().forEachRemaining(key -> {
            if (!LANGUAGE.matcher(key).matches()) {
                broken.add(path + " key " + key + " must be an RFC 5646 tag (4.2)");
            }
        });
    }

    private boolean object(JsonNode node, String path, Set<String> allowed) {
        if (node == null || !node.isObject()) {
            broken.add(path + " must be an object");
            return false;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                broken.add(path + "." + name + " is not a property the specification defines (2.2.s4.b1.b7)");
            }
        });
        return true;
    }

    private void noNulls(JsonNode node, String path) {
        if (node.isNull()) {
            broken.add(path + " is null (2.2.s4.b1.b1)");
        }
        if (path.endsWith("extensions")) {
            return;
        }
        node.fields().forEachRemaining(field -> noNulls(field.getValue(), path + "." + field.getKey()));
        if (node.isArray()) {
            node.forEach(item -> noNulls(item, path + "[]"));
        }
    }
}
