package dev.launchdesk.sop.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The merge rules, one by one. Every expected text is what {@code git merge-file -p -L regional
 * -L base -L master} (git 2.39) prints for the same three files.
 */
class ThreeWayMergeTests {

    private final ThreeWayMerge merge = new ThreeWayMerge();

    @Nested
    class CleanMerges {

        @Test
        void takesTheSameChangeMadeOnBothSidesOnce() {
            MergeResult result = merge.merge("a\nb\nc\n", "a\nB\nc\n", "a\nB\nc\n");

            assertThat(result.clean()).isTrue();
            assertThat(result.merged()).isEqualTo("a\nB\nc\n");
            assertThat(result.conflicts()).isEmpty();
        }

        @Test
        void takesAChangeOnlyTheMasterMade() {
            MergeResult result = merge.merge("## Steps\n1. Open\n2. Close\n", "## Steps\n1. Open\n2. Close\n",
                    "## Steps\n1. Open\n2. Assign\n3. Close\n");

            assertThat(result.merged()).isEqualTo("## Steps\n1. Open\n2. Assign\n3. Close\n");
        }

        @Test
        void keepsAChangeOnlyTheRegionalVariantMade() {
            MergeResult result = merge.merge("## Steps\n1. Open\n", "## Schritte\n1. Open\n", "## Steps\n1. Open\n");

            assertThat(result.merged()).isEqualTo("## Schritte\n1. Open\n");
        }

        @Test
        void mergesChangesWithOneUntouchedLineBetween() {
            MergeResult result = merge.merge("a\nb\nc\nd\ne\n", "a\nB\nc\nd\ne\n", "a\nb\nc\nD\ne\n");

            assertThat(result.clean()).isTrue();
            assertThat(result.merged()).isEqualTo("a\nB\nc\nD\ne\n");
        }

        @Test
        void mergesADeletionWithAnEditElsewhere() {
            MergeResult result = merge.merge("a\nb\nc\nd\n", "a\nc\nd\n", "a\nb\nc\nD\n");

            assertThat(result.merged()).isEqualTo("a\nc\nD\n");
        }

        @Test
        void mergesTheSameDeletionOnBothSides() {
            MergeResult result = merge.merge("a\nb\nc\n", "a\nc\n", "a\nc\n");

            assertThat(result.merged()).isEqualTo("a\nc\n");
        }

        @Test
        void mergesTheSameTextAddedToAnEmptyBase() {
            MergeResult result = merge.merge("", "x\n", "x\n");

            assertThat(result.clean()).isTrue();
            assertThat(result.merged()).isEqualTo("x\n");
        }

        @Test
        void keepsAMissingFinalNewlineWhereNeitherSideTouchedTheLastLine() {
            MergeResult result = merge.merge("a\nb\nc", "A\nb\nc", "a\nb\nc");

            assertThat(result.merged()).isEqualTo("A\nb\nc");
        }

        @Test
        void copiesCrlfLinesUnchanged() {
            MergeResult result = merge.merge("a\r\nb\r\nc\r\nd\r\n", "A\r\nb\r\nc\r\nd\r\n", "a\r\nb\r\nc\r\nD\r\n");

            assertThat(result.merged()).isEqualTo("A\r\nb\r\nc\r\nD\r\n");
        }
    }

    @Nested
    class Conflicts {

        @Test
        void changesOfAdjacentLinesConflictAsInGit() {
            MergeResult result = merge.merge("a\nb\nc\nd\n", "a\nB\nc\nd\n", "a\nb\nC\nd\n");

            assertThat(result.clean()).isFalse();
            assertThat(result.merged()).isEqualTo(
                    "a\n<<<<<<< regional\nB\nc\n=======\nb\nC\n>>>>>>> master\nd\n");
            assertThat(result.conflicts()).containsExactly(
                    new MergeConflict(2, List.of("b", "c"), List.of("B", "c"), List.of("b", "C"), 2));
        }

        @Test
        void differentEditsOfTheSameLineConflict() {
            MergeResult result = merge.merge("# SOP\nCall within 24 hours.\nEnd\n", "# SOP\nCall within 12 hours.\nEnd\n",
                    "# SOP\nCall within 48 hours.\nEnd\n");

            assertThat(result.merged()).isEqualTo("# SOP\n<<<<<<< regional\nCall within 12 hours.\n=======\n"
                    + "Call within 48 hours.\n>>>>>>> master\nEnd\n");
            assertThat(result.conflicts()).containsExactly(new MergeConflict(2, List.of("Call within 24 hours."),
                    List.of("Call within 12 hours."), List.of("Call within 48 hours."), 2));
        }

        @Test
        void aDeletionConflictsWithAnEditOfTheSameLine() {
            MergeResult result = merge.merge("a\nb\nc\n", "a\nc\n", "a\nB\nc\n");

            assertThat(result.merged()).isEqualTo("a\n<<<<<<< regional\n=======\nB\n>>>>>>> master\nc\n");
            assertThat(result.conflicts()).containsExactly(
                    new MergeConflict(2, List.of("b"), List.of(), List.of("B"), 2));
        }

        @Test
        void differentInsertionsAtTheSamePlaceConflict() {
            MergeResult result = merge.merge("a\nb\n", "a\nx\nb\n", "a\ny\nb\n");

            assertThat(result.merged()).isEqualTo("a\n<<<<<<< regional\nx\n=======\ny\n>>>>>>> master\nb\n");
            assertThat(result.conflicts()).as("no base line replaced: baseStart is the line inserted before")
                    .containsExactly(new MergeConflict(2, List.of(), List.of("x"), List.of("y"), 2));
        }

        @Test
        void differentTextsAddedToAnEmptyBaseConflict() {
            MergeResult result = merge.merge("", "x\n", "y\n");

            assertThat(result.merged()).isEqualTo("<<<<<<< regional\nx\n=======\ny\n>>>>>>> master\n");
            assertThat(result.conflicts()).containsExactly(
                    new MergeConflict(1, List.of(), List.of("x"), List.of("y"), 1));
        }

        @Test
        void differentAppendsAtTheEndConflict() {
            MergeResult result = merge.merge("a\n", "a\nb\n", "a\nc\n");

            assertThat(result.merged()).isEqualTo("a\n<<<<<<< regional\nb\n=======\nc\n>>>>>>> master\n");
        }
    }

    @Nested
    class NarrowingLikeGit {

        @Test
        void leavesLinesBothSidesWroteAlikeOutOfTheConflict() {
            MergeResult result = merge.merge("a\nb\nc\nd\ne\n", "a\nX\nc\nY\ne\n", "a\nX\nZ\nY\ne\n");

            assertThat(result.merged()).isEqualTo("a\nX\n<<<<<<< regional\nc\n=======\nZ\n>>>>>>> master\nY\ne\n");
            assertThat(result.conflicts()).containsExactly(
                    new MergeConflict(3, List.of("c"), List.of("c"), List.of("Z"), 3));
        }

        @Test
        void joinsConflictsWithAtMostThreeLinesBetween() {
            MergeResult result = merge.merge("a\nb\nc\nd\ne\nf\ng\n", "a\nB\nc\nd\ne\nF\ng\n", "a\nB2\nc\nd\ne\nF2\ng\n");

            assertThat(result.merged()).isEqualTo(
                    "a\n<<<<<<< regional\nB\nc\nd\ne\nF\n=======\nB2\nc\nd\ne\nF2\n>>>>>>> master\ng\n");
            assertThat(result.conflicts()).singleElement()
                    .extracting(MergeConflict::baseStart, MergeConflict::baseLines)
                    .containsExactly(2, List.of("b", "c", "d", "e", "f"));
        }

        @Test
        void keepsConflictsApartWithFourLinesOfTextBetween() {
            MergeResult result = merge.merge("a\nb\nc\nd\ne\nf\ng\nh\n", "a\nB\nc\nd\ne\nf\nG\nh\n",
                    "a\nB2\nc\nd\ne\nf\nG2\nh\n");

            assertThat(result.merged()).isEqualTo("a\n<<<<<<< regional\nB\n=======\nB2\n>>>>>>> master\n"
                    + "c\nd\ne\nf\n<<<<<<< regional\nG\n=======\nG2\n>>>>>>> master\nh\n");
            assertThat(result.conflicts()).extracting(MergeConflict::mergedLine).containsExactly(2, 11);
        }

        @Test
        void joinsConflictsWithOnlyBlankOrSymbolLinesBetween() {
            MergeResult result = merge.merge("a\nb\n\n---\n\n\ng\nh\n", "a\nB\n\n---\n\n\nG\nh\n",
                    "a\nB2\n\n---\n\n\nG2\nh\n");

            assertThat(result.conflicts()).hasSize(1);
            assertThat(result.merged()).isEqualTo(
                    "a\n<<<<<<< regional\nB\n\n---\n\n\nG\n=======\nB2\n\n---\n\n\nG2\n>>>>>>> master\nh\n");
        }
    }

    @Nested
    class LineEndings {

        @Test
        void endsBothSidesOfAConflictWithANewlineAtTheEndOfTheText() {
            MergeResult result = merge.merge("a\nb", "a\nc", "a\nd");

            assertThat(result.merged()).isEqualTo("a\n<<<<<<< regional\nc\n=======\nd\n>>>>>>> master\n");
        }

        @Test
        void treatsALastLineWithoutNewlineAsDifferentFromTheSameLineWithOne() {
            MergeResult result = merge.merge("a\nb", "a\nb\nc\n", "A\nb");

            assertThat(result.merged()).isEqualTo(
                    "<<<<<<< regional\na\nb\nc\n=======\nA\nb\n>>>>>>> master\n");
        }

        @Test
        void writesMarkersWithCrlfInCrlfTexts() {
            MergeResult result = merge.merge("a\r\nb\r\nc\r\n", "a\r\nB\r\nc\r\n", "a\r\nX\r\nc\r\n");

            assertThat(result.merged()).isEqualTo(
                    "a\r\n<<<<<<< regional\r\nB\r\n=======\r\nX\r\n>>>>>>> master\r\nc\r\n");
            assertThat(result.conflicts().get(0).regional()).containsExactly("B");
        }

        @Test
        void endsSideLinesWithoutNewlineWithCrlfInCrlfTexts() {
            MergeResult result = merge.merge("a\r\nb", "a\r\nc", "a\r\nd");

            assertThat(result.merged()).isEqualTo(
                    "a\r\n<<<<<<< regional\r\nc\r\n=======\r\nd\r\n>>>>>>> master\r\n");
        }

        @Test
        void writesMarkersWithLfWhenTheBaseCannotTellLikeGit() {
            MergeResult result = merge.merge("", "x\r\n", "y\r\n");

            assertThat(result.merged()).isEqualTo("<<<<<<< regional\nx\r\n=======\ny\r\n>>>>>>> master\n");
        }

        @Test
        void treatsLinesThatOnlyChangedTheirLineEndingAsChanged() {
            MergeResult result = merge.merge("a\r\nb\r\n", "a\nB\n", "a\r\nX\r\n");

            assertThat(result.merged()).isEqualTo(
                    "<<<<<<< regional\na\nB\n=======\na\r\nX\r\n>>>>>>> master\n");
        }
    }
}
