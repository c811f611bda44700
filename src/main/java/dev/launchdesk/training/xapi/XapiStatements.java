package dev.launchdesk.training.xapi;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * xAPI 1.0.3 statements of finished training modules, for customers' learning record stores: the actor (mbox or
 * account), the ADL verb (passed, failed, completed) with its display, the module as an Activity of type
 * {@code http://adlnet.gov/expapi/activities/assessment} under the configured base IRI with its name in the module's
 * language, the result (score scaled/raw/min/max, success, completion, ISO 8601 duration to 0.01 s), the context
 * (platform and language), the timestamp (RFC 3339, UTC, milliseconds) and the statement's UUID. Nothing is null and
 * no property is added that the specification does not define; "version", "stored" and "authority" are left to the
 * learning record store.
 */
public final class XapiStatements {

    /** The ADL activity type of an assessment. */
    public static final String ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
    /** The language of the verbs' display (the ADL vocabulary's). */
    static final String VERB_LANGUAGE = "en-US";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

    private final XapiSettings settings;

    public XapiStatements(XapiSettings settings) {
        this.settings = settings;
    }

    /** A stable statement id for a key (e.g. an attempt's id): the same key gives the same statement again. */
    public static UUID statementId(String key) {
        return UUID.nameUUIDFromBytes(("launchdesk:xapi:" + key).getBytes(StandardCharsets.UTF_8));
    }

    public ObjectNode statement(XapiCompletion completion) {
        ObjectNode statement = JSON.createObjectNode();
        statement.put("id", completion.statementId().toString());
        statement.set("actor", actor(completion.learner()));
        ObjectNode verb = statement.putObject("verb");
        verb.put("id", completion.outcome().verb());
        verb.putObject("display").put(VERB_LANGUAGE, completion.outcome().display());
        ObjectNode object = statement.putObject("object");
        object.put("objectType", "Activity");
        object.put("id", activityId(completion.activityPath()).toString());
        ObjectNode definition = object.putObject("definition");
        definition.putObject("name").put(completion.language(), completion.activityName());
        definition.put("type", ASSESSMENT);
        statement.set("result", result(completion));
        ObjectNode context = statement.putObject("context");
        context.put("platform", settings.platform());
        context.put("language", completion.language());
        statement.put("timestamp", TIMESTAMP.format(completion.finishedAt()));
        return statement;
    }

    /** One statement as JSON. */
    public String json(XapiCompletion completion) {
        return write(statement(completion));
    }

    /** Several statements as the JSON array a learning record store takes in one POST to its statements resource. */
    public String json(List<XapiCompletion> completions) {
        ArrayNode array = JSON.createArrayNode();
        completions.forEach(completion -> array.add(statement(completion)));
        return write(array);
    }

    /**
     * A page of statements as an xAPI StatementResult ({@code {"statements": [...], "more": "..."}}): {@code more} is the
     * relative IRL of the next page, or the empty string when there is none.
     */
    public ObjectNode page(List<XapiCompletion> completions, String more) {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode array = page.putArray("statements");
        completions.forEach(completion -> array.add(statement(completion)));
        page.put("more", more == null ? "" : more);
        return page;
    }

    /** The activity's IRI: the path's segments, percent-encoded where an IRI needs it, under the activity base. */
    URI activityId(String path) {
        try {
            return settings.activityBase().resolve(new URI(null, null, path, null));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }

    private static ObjectNode actor(XapiActor learner) {
        ObjectNode actor = JSON.createObjectNode();
        actor.put("objectType", "Agent");
        if (learner.name() != null && !learner.name().isBlank()) {
            actor.put("name", learner.name());
        }
        if (learner instanceof XapiActor.Mailbox mailbox) {
            actor.put("mbox", mailbox.mbox());
        } else if (learner instanceof XapiActor.Account account) {
            ObjectNode node = actor.putObject("account");
            node.put("homePage", account.homePage().toString());
            node.put("name", account.accountName());
        }
        return actor;
    }

    private static ObjectNode result(XapiCompletion completion) {
        ObjectNode result = JSON.createObjectNode();
        if (completion.score() != null) {
            ObjectNode score = result.putObject("score");
            score.put("scaled", completion.score().scaled());
            score.put("raw", completion.score().raw());
            score.put("min", completion.score().min());
            score.put("max", completion.score().max());
        }
        if (completion.outcome().success() != null) {
            result.put("success", completion.outcome().success());
        }
        result.put("completion", true);
        if (completion.duration() != null) {
            result.put("duration", duration(completion.duration()));
        }
        return result;
    }

    /** ISO 8601 (the format of section 4.4.3.2, as Java writes it: PT1H2M3.45S) to 0.01 s, as the specification asks. */
    static String duration(Duration duration) {
        Duration centiseconds = duration.withNanos(duration.getNano() / 10_000_000 * 10_000_000);
        return centiseconds.toString();
    }

    private static String write(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
