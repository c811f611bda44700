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
        void aConflictOnTheFirstLineStartsAtBaseLineOneAndMergedLineOne() {
            MergeResult result = merge.merge("a\nb\nc\n", "A\nb\nc\n", "X\nb\nc\n");

            assertThat(result.merged()).isEqualTo("<<<<<<< regional\nA\n=======\nX\n>>>>>>> master\nb\nc\n");
            assertThat(result.conflicts()).containsExactly(
                    new MergeConflict(1, List.of("a"), List.of("A"), List.of("X"), 1));
        }

        @Test
        void aConflictNamesItsBaseLineNotItsLineInTheMergedText() {
            MergeResult result = merge.merge("a\nb\nc\nd\ne\nf\n", "n1\nn2\na\nb\nc\nD1\ne\nf\n",
                    "a\nb\nc\nD2\ne\nf\nz\n");

            assertThat(result.merged()).isEqualTo(
                    "n1\nn2\na\nb\nc\n<<<<<<< regional\nD1\n=======\nD2\n>>>>>>> master\ne\nf\nz\n");
            assertThat(result.conflicts()).as("base line 4, sixth line of the merged text")
                    .containsExactly(new MergeConflict(4, List.of("d"), List.of("D1"), List.of("D2"), 6));
        }

        @Test
        void aConflictAfterSeveralEditsOnBothSidesNamesItsBaseLine() {
            // regional: b deleted, r1 r2 inserted after c; master: e became three lines; both changed g (base line 7).
            // The merged text is what `git merge-file -p` gives for the same three files.
            MergeResult result = merge.merge("a\nb\nc\nd\ne\nf\ng\nh\n", "a\nc\nr1\nr2\nd\ne\nf\nG1\nh\n",
                    "a\nb\nc\nd\nm1\nm2\nm3\nf\nG2\nh\n");

            assertThat(result.merged()).isEqualTo(
                    "a\nc\nr1\nr2\nd\nm1\nm2\nm3\nf\n<<<<<<< regional\nG1\n=======\nG2\n>>>>>>> master\nh\n");
            assertThat(result.conflicts()).as("base line 7, tenth line of the merged text")
                    .containsExactly(new MergeConflict(7, List.of("g"), List.of("G1"), List.of("G2"), 10));
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
        void keepsConflictsApartWhenALineBetweenHasOneAsciiLetterOrDigit() {
            // git merge-file gives two conflicts for each of these lines (the first and last of 0-9, a-z, A-Z)
            for (String between : List.of("0", "9", "a", "z", "A", "Z")) {
                MergeResult result = merge.merge("a\nb\n\n" + between + "\n\n\ng\nh\n",
                        "a\nB\n\n" + between + "\n\n\nG\nh\n", "a\nB2\n\n" + between + "\n\n\nG2\nh\n");

                assertThat(result.conflicts()).as("line %s between", between).hasSize(2);
            }
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
    class FrequentLinesLikeGit {

        @Test
        void aBlankLineAmongRewrittenParagraphsDoesNotPinTheDiff() {
            // the base's one blank line has four equals in the rewritten variant (at least the rough square root of
            // the base's 13 lines) and stands among 12 unmatched lines: git leaves it out of the diff, so the whole
            // text is one change and the master's appended line conflicts with all of it. Were the blank line
            // matched, "r1" would merge cleanly above a smaller conflict.
            MergeResult result = merge.merge("p1\np2\np3\np4\np5\np6\n\nq1\nq2\nq3\nq4\nq5\nq6\n",
                    "r1\n\nr2\n\nr3\n\nr4\n\nr5\n", "p1\np2\np3\np4\np5\np6\n\nq1\nq2\nq3\nq4\nq5\nq6\nM\n");

            assertThat(result.merged()).isEqualTo("<<<<<<< regional\nr1\n\nr2\n\nr3\n\nr4\n\nr5\n=======\n"
                    + "p1\np2\np3\np4\np5\np6\n\nq1\nq2\nq3\nq4\nq5\nq6\nM\n>>>>>>> master\n");
            assertThat(result.conflicts()).singleElement().extracting(MergeConflict::baseStart).isEqualTo(1);
        }
    }

    /**
     * Where this merge knowingly gives another text than {@code git merge-file} (see {@link ThreeWayMerge}): both
     * conflict, but of two equal lines next to the hunk, git keeps the other one outside the conflict.
     */
    @Nested
    class DifferencesFromGit {

        @Test
        void ofTwoEqualLinesBesideAConflictGitMayKeepTheOtherOneOutside() {
            String base = "## Checks\n1. Open the ticket.\n- Check the tax number.\n- Verify the seller ID.\n## Checks\n"
                    + "---\n2. Assign the queue.\n| Step | Owner |\n| Step | Owner |\nPrüfe die Steuernummer.";
            String regional = "## Checks\n1. Open the ticket.\n- Check the tax number.\n## Checks\n> Note: local law applies.\n"
                    + "---\n2. Assign the queue.\n| Step | Owner |\n| Step | Owner |\n- Verify the seller ID.\n"
                    + "Prüfe die Steuernummer.\n";
            String master = "## Checks\n1. Open the ticket.\n- Check the tax number.\n## Checks\n---\n| Step | Owner |\n"
                    + "2. Assign the queue.\n| Step | Owner |\nPrüfe die Steuernummer.\n- Verify the seller ID.\n";
            String git = "## Checks\n1. Open the ticket.\n- Check the tax number.\n## Checks\n> Note: local law applies.\n"
                    + "---\n| Step | Owner |\n2. Assign the queue.\n| Step | Owner |\n<<<<<<< regional\n"
                    + "- Verify the seller ID.\nPrüfe die Steuernummer.\n=======\nPrüfe die Steuernummer.\n"
                    + "- Verify the seller ID.\n>>>>>>> master\n";

            MergeResult result = merge.merge(base, regional, master);

            // case 123 of GitMergeFileComparisonTests (seed 20240611): both conflict; git moved one "| Step | Owner |"
            // line above "2. Assign the queue." and keeps it out of the hunk, this merge keeps it inside
            assertThat(result.clean()).isFalse();
            assertThat(result.merged()).isNotEqualTo(git).isEqualTo("## Checks\n1. Open the ticket.\n"
                    + "- Check the tax number.\n## Checks\n> Note: local law applies.\n---\n| Step | Owner |\n"
                    + "2. Assign the queue.\n| Step | Owner |\n<<<<<<< regional\n| Step | Owner |\n"
                    + "- Verify the seller ID.\nPrüfe die Steuernummer.\n=======\nPrüfe die Steuernummer.\n"
                    + "- Verify the seller ID.\n>>>>>>> master\n");
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
