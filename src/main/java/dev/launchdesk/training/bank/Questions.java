package dev.launchdesk.training.bank;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The question bank: questions and their immutable versions. */
@Repository
class Questions {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Questions(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Question q, QuestionVersion first) {
        jdbc.sql("""
                insert into training_question (id, sop_key, section_anchor, current_version, needs_review, review_reason, retired, created_at)
                values (:id, :key, :anchor, 1, false, null, false, :at)
                """).param("id", q.id()).param("key", q.sopKey()).param("anchor", q.sectionAnchor())
                .param("at", Timestamp.from(q.createdAt())).update();
        insertVersion(first);
    }

    void insertVersion(QuestionVersion v) {
        jdbc.sql("""
                insert into training_question_version (question_id, version, kind, prompt, options, correct, explanation, written_by, written_at)
                values (:q, :v, :kind, :prompt, :options, :correct, :explanation, :by, :at)
                """).param("q", v.questionId()).param("v", v.version()).param("kind", v.kind().name()).param("prompt", v.prompt())
                .param("options", write(v.options())).param("correct", write(v.correct().stream().sorted().toList()))
                .param("explanation", v.explanation()).param("by", v.writtenBy()).param("at", Timestamp.from(v.writtenAt())).update();
        jdbc.sql("update training_question set current_version = :v, needs_review = false, review_reason = null where id = :q")
                .param("v", v.version()).param("q", v.questionId()).update();
    }

    Optional<Question> find(UUID id) {
        return jdbc.sql("select * from training_question where id = :id").param("id", id).query(Questions::map).optional();
    }

    List<Question> of(String sopKey, Boolean needsReview) {
        return jdbc.sql("""
                select * from training_question where (cast(:key as varchar) is null or upper(sop_key) = upper(:key))
                   and (cast(:review as boolean) is null or needs_review = :review) and retired = false
                 order by sop_key, section_anchor, created_at
                """).param("key", sopKey).param("review", needsReview).query(Questions::map).list();
    }

    /** The current versions of the bank's questions on the sections of an SOP, by anchor. */
    Map<String, List<QuestionVersion>> currentOn(String sopKey, Collection<String> anchors) {
        Map<String, List<QuestionVersion>> byAnchor = new HashMap<>();
        if (anchors.isEmpty()) {
            return byAnchor;
        }
        jdbc.sql("""
                select q.section_anchor, v.* from training_question q
                  join training_question_version v on v.question_id = q.id and v.version = q.current_version
                 where upper(q.sop_key) = upper(:key) and q.section_anchor in (:anchors) and q.retired = false
                 order by q.created_at, q.id
                """).param("key", sopKey).param("anchors", anchors)
                .query((rs, n) -> Map.entry(rs.getString("section_anchor"), version(rs)))
                .list().forEach(e -> byAnchor.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return byAnchor;
    }

    Optional<QuestionVersion> version(UUID questionId, int version) {
        return jdbc.sql("select * from training_question_version where question_id = :q and version = :v")
                .param("q", questionId).param("v", version).query((rs, n) -> version(rs)).optional();
    }

    List<QuestionVersion> versions(UUID questionId) {
        return jdbc.sql("select * from training_question_version where question_id = :q order by version desc").param("q", questionId)
                .query((rs, n) -> version(rs)).list();
    }

    /** Flags the questions on the sections for review; how many were not flagged before. */
    int flag(String sopKey, Collection<String> anchors, String reason) {
        if (anchors.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                update training_question set needs_review = true, review_reason = :reason
                 where upper(sop_key) = upper(:key) and section_anchor in (:anchors) and retired = false and needs_review = false
                """).param("key", sopKey).param("anchors", anchors).param("reason", reason).update();
    }

    boolean markReviewed(UUID id) {
        return jdbc.sql("update training_question set needs_review = false, review_reason = null where id = :id").param("id", id).update() > 0;
    }

    long countNeedingReview() {
        return jdbc.sql("select count(*) from training_question where needs_review = true and retired = false").query(Long.class).single();
    }

    private QuestionVersion version(ResultSet rs) throws SQLException {
        return new QuestionVersion(rs.getObject("question_id", UUID.class), rs.getInt("version"), QuestionKind.valueOf(rs.getString("kind")),
                rs.getString("prompt"), read(rs.getString("options"), new TypeReference<List<String>>() { }),
                Set.copyOf(read(rs.getString("correct"), new TypeReference<List<Integer>>() { })), rs.getString("explanation"),
                rs.getString("written_by"), rs.getTimestamp("written_at").toInstant());
    }

    private static Question map(ResultSet rs, int n) throws SQLException {
        return new Question(rs.getObject("id", UUID.class), rs.getString("sop_key"), rs.getString("section_anchor"),
                rs.getInt("current_version"), rs.getBoolean("needs_review"), rs.getString("review_reason"), rs.getBoolean("retired"),
                rs.getTimestamp("created_at").toInstant());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored question cannot be read", e);
        }
    }

}
