package dev.launchdesk.training.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Statements of finished modules, checked against xAPI 1.0.3: the checker accepts the specification's own example
 * statements (Part Two, Appendix A) and catches broken ones; LaunchDesk's statements pass it and carry exactly the
 * properties the issue asks for.
 */
class XapiStatementsTest {

    /** The specification's first example has line breaks inside a string, "for display purposes only". */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build();
    private static final XapiStatements STATEMENTS = new XapiStatements(
            new XapiSettings(URI.create("https://launchdesk.example.com/xapi/activities/"), "LaunchDesk"));
    private static final UUID MODULE = UUID.fromString("0d5f7a52-9c1e-4f7b-a2b1-3c9d8e7f6a51");
    private static final Instant FINISHED = Instant.parse("2026-11-20T03:15:42.123456Z");

    @Test
    void theCheckerAcceptsTheSpecificationsExampleStatements() throws IOException {
        for (String example : List.of("spec-simple-statement.json", "spec-completion-attempted.json", "spec-long-example.json")) {
            assertThat(XapiConformance.problems(resource(example))).as(example).isEmpty();
        }
    }

    @Test
    void theCheckerCatchesWhatALearningRecordStoreRejects() throws IOException {
        ObjectNode attempted = (ObjectNode) resource("spec-completion-attempted.json");
        ObjectNode broken = attempted.deepCopy();
        broken.remove("verb");
        ((ObjectNode) broken.get("actor")).putObject("account").put("homePage", "http://example.com").put("name", "x");
        ((ObjectNode) broken.get("result").get("score")).put("scaled", 1.5);
        ((ObjectNode) broken.get("result")).put("duration", "1234 seconds");
        broken.put("id", "not-a-uuid");
        broken.putNull("context");
        broken.put("launchdesk", "extra");

        assertThat(XapiConformance.problems(broken)).containsExactlyInAnyOrder(
                "statement.launchdesk is not a property the specification defines (2.2.s4.b1.b7)",
                "statement.context is null (2.2.s4.b1.b1)",
                "statement.verb is required (2.2.s2.b3)",
                "id must be a UUID (4.4)",
                "actor must have exactly one inverse functional identifier (2.4.2.3), has 2",
                "result.duration must be an ISO 8601 duration (4.6): \"1234 seconds\"",
                "result.score.scaled must be between -1 and 1",
                "context must be an object");
    }

    @Test
    void aPassedQuizAsTheIssueAsksForIt() throws IOException {
        UUID id = XapiStatements.statementId("attempt-42");
        XapiCompletion passed = new XapiCompletion(id, new XapiActor.Mailbox("siti.rahma@Lumen-BPO.example", "Siti Rahma"),
                "modules/" + MODULE, "Pengembalian dana: jangka waktu", "id", XapiOutcome.PASSED, XapiScore.of(9, 10),
                Duration.ofMinutes(12).plusMillis(30_456), FINISHED);

        JsonNode statement = JSON.readTree(STATEMENTS.json(passed));

        assertThat(XapiConformance.problems(statement)).isEmpty();
        assertThat(statement).isEqualTo(JSON.readTree("""
                {"id": "%s",
                 "actor": {"objectType": "Agent", "name": "Siti Rahma", "mbox": "mailto:siti.rahma@lumen-bpo.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/passed", "display": {"en-US": "passed"}},
                 "object": {"objectType": "Activity",
                            "id": "https://launchdesk.example.com/xapi/activities/modules/0d5f7a52-9c1e-4f7b-a2b1-3c9d8e7f6a51",
                            "definition": {"name": {"id": "Pengembalian dana: jangka waktu"},
                                           "type": "http://adlnet.gov/expapi/activities/assessment"}},
                 "result": {"score": {"scaled": 0.9, "raw": 9, "min": 0, "max": 10}, "success": true, "completion": true,
                            "duration": "PT12M30.45S"},
                 "context": {"platform": "LaunchDesk", "language": "id"},
                 "timestamp": "2026-11-20T03:15:42.123Z"}
                """.formatted(id)));
    }

    @Test
    void failedAndCompletedStatementsAndAnAccountActor() throws IOException {
        XapiActor agent = new XapiActor.Account(URI.create("https://lms.customer.example/"), "MNL-00417", null);
        XapiCompletion failed = new XapiCompletion(UUID.randomUUID(), agent, "modules/" + MODULE, "การคืนเงิน", "th", XapiOutcome.FAILED,
                XapiScore.of(4, 10), null, FINISHED);
        XapiCompletion read = new XapiCompletion(UUID.randomUUID(), agent, "modules/" + MODULE + "/delta/v2", "Refund window changed", "en",
                XapiOutcome.COMPLETED, null, Duration.ZERO, FINISHED);

        JsonNode both = JSON.readTree(STATEMENTS.json(List.of(failed, read)));

        assertThat(both).hasSize(2).allSatisfy(statement -> assertThat(XapiConformance.problems(statement)).isEmpty());
        assertThat(both.get(0).get("actor")).isEqualTo(JSON.readTree(
                "{\"objectType\": \"Agent\", \"account\": {\"homePage\": \"https://lms.customer.example/\", \"name\": \"MNL-00417\"}}"));
        assertThat(both.get(0).at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/failed");
        assertThat(both.get(0).at("/result/success").asBoolean()).isFalse();
        assertThat(both.get(0).at("/result/score/scaled").decimalValue()).isEqualByComparingTo("0.4");
        assertThat(both.get(0).at("/object/definition/name/th").asText()).isEqualTo("การคืนเงิน");
        assertThat(both.get(1).at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
        assertThat(both.get(1).get("result")).isEqualTo(JSON.readTree("{\"completion\": true, \"duration\": \"PT0S\"}"));
        assertThat(both.get(1).at("/object/id").asText()).isEqualTo(
                "https://launchdesk.example.com/xapi/activities/modules/" + MODULE + "/delta/v2");
    }

    @Test
    void activityIdsAreIrisAndStatementIdsStable() {
        assertThat(STATEMENTS.activityId("modules/SOP 1/แผนก").toString())
                .isEqualTo("https://launchdesk.example.com/xapi/activities/modules/SOP%201/แผนก");
        assertThat(XapiStatements.statementId("attempt-42")).isEqualTo(XapiStatements.statementId("attempt-42"))
                .isNotEqualTo(XapiStatements.statementId("attempt-43"));
        assertThat(XapiStatements.duration(Duration.ofSeconds(1234, 987_654_321))).isEqualTo("PT20M34.98S");
        assertThat(XapiScore.of(2, 3).scaled()).isEqualByComparingTo("0.6667");
        assertThat(XapiScore.of(0, 3).scaled().toPlainString()).isEqualTo("0");
        assertThat(XapiScore.of(3, 3).scaled().toPlainString()).isEqualTo("1");
    }

    @Test
    void whatCannotBecomeAValidStatementIsRefusedAtOnce() {
        XapiActor agent = new XapiActor.Mailbox("a@b.example", null);
        assertThatThrownBy(() -> new XapiSettings(URI.create("/relative/"), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new XapiSettings(URI.create("https://x.example/no-slash"), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new XapiActor.Mailbox("no at sign", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new XapiActor.Account(URI.create("lms.example"), "x", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> XapiScore.of(11, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new XapiCompletion(UUID.randomUUID(), agent, "m", "M", "en", XapiOutcome.PASSED, null, null, FINISHED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new XapiCompletion(UUID.randomUUID(), agent, "m", "M", "en", XapiOutcome.COMPLETED, null,
                Duration.ofSeconds(-1), FINISHED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new XapiCompletion(UUID.randomUUID(), agent, "m", "M", "english language", XapiOutcome.COMPLETED, null,
                null, FINISHED)).isInstanceOf(IllegalArgumentException.class);
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(XapiStatementsTest.class.getResourceAsStream("/training/xapi/" + name), name)) {
            return JSON.readTree(in);
        }
    }
}
