package dev.launchdesk.training.quiz;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.launchdesk.shared.ConflictException;
import dev.launchdesk.shared.UserTexts;
import dev.launchdesk.sop.SopVersionId;
import dev.launchdesk.training.standing.TrainingStandings;

/** Quiz attempts and the questions they were given. */
@Repository
class Attempts {

    private static final TypeReference<List<Integer>> INDEXES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final TrainingStandings standings;

    Attempts(JdbcClient jdbc, ObjectMapper json, TrainingStandings standings) {
        this.jdbc = jdbc;
        this.json = json;
        this.standings = standings;
    }

    void insert(Attempt a) {
        jdbc.sql("""
                insert into training_attempt (id, assignment_id, module_id, agent_id, sop_document_id, sop_version_id, sop_version_number,
                       started_at, deadline, lock_version)
                values (:id, :assignment, :module, :agent, :document, :version, :number, :started, :deadline, 0)
                """).param("id", a.id()).param("assignment", a.assignmentId()).param("module", a.moduleId()).param("agent", a.agentId())
                .param("document", a.sopDocumentId()).param("version", a.sopVersionId().value()).param("number", a.sopVersionNumber())
                .param("started", Timestamp.from(a.startedAt())).param("deadline", Timestamp.from(a.deadline())).update();
        for (AttemptQuestion q : a.questions()) {
            jdbc.sql("""
                    insert into training_attempt_question (attempt_id, position, question_id, question_version, option_order)
                    values (:a, :p, :q, :v, :order)
                    """).param("a", a.id()).param("p", q.position()).param("q", q.questionId()).param("v", q.questionVersion())
                    .param("order", write(q.optionOrder())).update();
        }
        standings.refresh(a.moduleId(), a.agentId());
    }

    /** Saves the submission unless the attempt was submitted since it was read (a second submission at the same time). */
    void saveSubmission(Attempt a) {
        int rows = jdbc.sql("""
                update training_attempt set submitted_at = :at, score_percent = :score, passed = :passed, lock_version = lock_version + 1
                 where id = :id and lock_version = :lock and submitted_at is null
                """).param("id", a.id()).param("lock", a.lockVersion()).param("at", Timestamp.from(a.submittedAt()))
                .param("score", a.scorePercent()).param("passed", a.passed()).update();
        if (rows == 0) {
            throw new ConflictException(UserTexts.of("problem.training.attempt.submitted-already"));
        }
        for (AttemptQuestion q : a.questions()) {
            jdbc.sql("update training_attempt_question set answer = :answer, correct = :correct where attempt_id = :a and position = :p")
                    .param("answer", write(q.answer().stream().sorted().toList())).param("correct", q.correct())
                    .param("a", a.id()).param("p", q.position()).update();
        }
    }

    Optional<Attempt> find(UUID id) {
        return jdbc.sql("select * from training_attempt where id = :id").param("id", id).query((rs, n) -> head(rs)).optional()
                .map(h -> h.with(questions(h.id)));
    }

    List<Attempt> ofAssignment(UUID assignmentId) {
        return jdbc.sql("select * from training_attempt where assignment_id = :a order by started_at").param("a", assignmentId)
                .query((rs, n) -> head(rs)).list().stream().map(h -> h.with(questions(h.id))).toList();
    }

    private List<AttemptQuestion> questions(UUID attemptId) {
        return jdbc.sql("select * from training_attempt_question where attempt_id = :a order by position").param("a", attemptId)
                .query((rs, n) -> {
                    String answer = rs.getString("answer");
                    Object correct = rs.getObject("correct");
                    return new AttemptQuestion(rs.getInt("position"), rs.getObject("question_id", UUID.class), rs.getInt("question_version"),
                            read(rs.getString("option_order")), answer == null ? null : Set.copyOf(read(answer)),
                            correct == null ? null : rs.getBoolean("correct"));
                }).list();
    }

    private record Head(UUID id, UUID assignment, UUID module, UUID agent, UUID document, SopVersionId version, int number, Instant started,
                        Instant deadline, Instant submitted, Integer score, Boolean passed, int lock) {
        Attempt with(List<AttemptQuestion> questions) {
            return new Attempt(id, assignment, module, agent, document, version, number, started, deadline, submitted, score, passed, lock,
                    questions);
        }
    }

    private static Head head(ResultSet rs) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new Head(rs.getObject("id", UUID.class), rs.getObject("assignment_id", UUID.class), rs.getObject("module_id", UUID.class),
                rs.getObject("agent_id", UUID.class), rs.getObject("sop_document_id", UUID.class),
                new SopVersionId(rs.getObject("sop_version_id", UUID.class)), rs.getInt("sop_version_number"),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
                submitted == null ? null : submitted.toInstant(), (Integer) rs.getObject("score_percent", Integer.class),
                rs.getObject("passed") == null ? null : rs.getBoolean("passed"), rs.getInt("lock_version"));
    }

    private String write(List<Integer> indexes) {
        try {
            return json.writeValueAsString(indexes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Integer> read(String text) {
        try {
            return new ArrayList<>(json.readValue(text, INDEXES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored attempt cannot be read", e);
        }
    }
}
