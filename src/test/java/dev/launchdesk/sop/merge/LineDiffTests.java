package dev.launchdesk.sop.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the diff puts changes when several places are equally short. Expected edits are the
 * hunks of {@code git diff --no-index --diff-algorithm=myers -U0} without the indent heuristic
 * (what {@code git merge-file} uses), turned into 0-based ranges.
 */
class LineDiffTests {

    @Test
    void putsAnInsertedDuplicateLineAsLowAsItGoes() {
        assertThat(diff("a\nb\nc\n", "a\nb\nb\nc\n")).containsExactly(new Edit(2, 2, 2, 3));
        assertThat(diff("x\ny\nx\n", "x\nz\nx\ny\nx\n")).containsExactly(new Edit(1, 1, 1, 3));
    }

    @Test
    void putsADeletionAsLowAsItGoes() {
        assertThat(diff("a\nb\na\nc\n", "a\nc\n")).containsExactly(new Edit(1, 3, 1, 1));
    }

    @Test
    void keepsAnInsertionThatCouldSlideOppositeADeletionAsOneReplacement() {
        assertThat(diff("x\nTODO\n## Steps\n", "x\n## Steps\n## Steps\n")).containsExactly(new Edit(1, 2, 1, 2));
    }

    @Test
    void setsUnmatchableLinesAsideBeforeSearching() {
        assertThat(diff("C\n\nT\nP\nP", "C\n\nE\nT\nT\nP\nP\n"))
                .as("E and the last P without newline have no equal, so T and P pair up around the new T P")
                .containsExactly(new Edit(2, 2, 2, 3), new Edit(3, 3, 4, 6), new Edit(4, 5, 7, 7));
    }

    @Test
    void movesALineAsDeleteAndInsert() {
        assertThat(diff("a\nb\n", "b\na\n")).containsExactly(new Edit(0, 1, 0, 0), new Edit(2, 2, 1, 2));
        assertThat(diff("1\n2\n3\n", "1\nX\n2\n3\nX\n")).containsExactly(new Edit(1, 1, 1, 2), new Edit(3, 3, 4, 5));
    }

    @Test
    void findsNothingBetweenEqualTexts() {
        assertThat(diff("a\nb\n", "a\nb\n")).isEmpty();
        assertThat(diff("", "")).isEmpty();
    }

    @Test
    void usesGitsRoughSquareRootForFrequentLines() {
        assertThat(List.of(1, 3, 4, 15, 16, 63, 64).stream().map(MatchCandidates::roughSquareRoot))
                .containsExactly(2, 2, 4, 4, 8, 8, 16);
    }

    private static List<Edit> diff(String oldText, String newText) {
        return LineDiff.between(Lines.of(oldText).all(), Lines.of(newText).all());
    }
}
