package dev.launchdesk.sop.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The shape {@code POST /api/v1/sop-merges/preview} will serve. */
class MergeResultJsonTests {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void servesTheVerdictTheMergedTextAndTheHunks() throws Exception {
        MergeResult result = new ThreeWayMerge().merge("a\nb\nc\n", "a\nB\nc\n", "a\nX\nc\n");

        JsonNode node = json.readTree(json.writeValueAsString(result));

        assertThat(node.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactlyInAnyOrder("clean", "merged", "conflicts");
        assertThat(node.get("clean").asBoolean()).isFalse();
        assertThat(node.get("merged").asText()).startsWith("a\n<<<<<<< regional\n");
        assertThat(node.get("conflicts").get(0).toString()).isEqualTo(
                "{\"baseStart\":2,\"baseLines\":[\"b\"],\"regional\":[\"B\"],\"master\":[\"X\"],\"mergedLine\":2}");
    }

    @Test
    void readsBackIntoTheSameResult() throws Exception {
        MergeResult result = new ThreeWayMerge().merge("a\nb\nc\n", "a\nB\nc\n", "a\nX\nc\n");

        assertThat(json.readValue(json.writeValueAsString(result), MergeResult.class)).isEqualTo(result);
    }
}
