package dev.launchdesk.training.bank;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Translated texts of question versions, by language and part ({@code prompt}, {@code option1}.., {@code explanation}). */
@Repository
class QuestionTranslations {

    private final JdbcClient jdbc;

    QuestionTranslations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The translated parts of one question version in a language (part → text); empty when none. */
    Map<String, String> of(UUID questionId, int version, String language) {
        Map<String, String> parts = new HashMap<>();
        jdbc.sql("select part, text from training_question_translation where question_id = :q and version = :v and language = :l")
                .param("q", questionId).param("v", version).param("l", normalised(language))
                .query((rs, n) -> Map.entry(rs.getString("part"), rs.getString("text"))).list()
                .forEach(e -> parts.put(e.getKey(), e.getValue()));
        return parts;
    }

    /** The translated parts of several questions' versions in a language: "questionId:version" → part → text. */
    Map<String, Map<String, String>> ofQuestions(Collection<UUID> questionIds, String language) {
        Map<String, Map<String, String>> byVersion = new HashMap<>();
        if (questionIds.isEmpty()) {
            return byVersion;
        }
        jdbc.sql("select question_id, version, part, text from training_question_translation where question_id in (:q) and language = :l")
                .param("q", questionIds).param("l", normalised(language))
                .query((rs, n) -> List.of(rs.getObject("question_id", UUID.class) + ":" + rs.getInt("version"), rs.getString("part"),
                        rs.getString("text"))).list()
                .forEach(row -> byVersion.computeIfAbsent(row.get(0), k -> new HashMap<>()).put(row.get(1), row.get(2)));
        return byVersion;
    }

    /** Sets a part's translation (replacing the one before). */
    void put(UUID questionId, int version, String language, String part, String text, String by, Instant at) {
        String lang = normalised(language);
        jdbc.sql("delete from training_question_translation where question_id = :q and version = :v and language = :l and part = :p")
                .param("q", questionId).param("v", version).param("l", lang).param("p", part).update();
        jdbc.sql("""
                insert into training_question_translation (question_id, version, language, part, text, translated_by, translated_at)
                values (:q, :v, :l, :p, :text, :by, :at)
                """).param("q", questionId).param("v", version).param("l", lang).param("p", part).param("text", text)
                .param("by", by).param("at", Timestamp.from(at)).update();
    }

    static String normalised(String language) {
        return language.trim().toLowerCase(Locale.ROOT);
    }
}
