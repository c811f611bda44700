package dev.launchdesk.sop.merge;

import static dev.launchdesk.sop.merge.ConflictResolution.edit;
import static dev.launchdesk.sop.merge.ConflictResolution.keepRegional;
import static dev.launchdesk.sop.merge.ConflictResolution.takeMaster;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MergeResultResolutionTests {

    private static final String BASE = "# Returns\nRefund within 14 days.\nKeep the receipt.\nShip back.\nDone.\n";
    private static final String REGIONAL = "# Retouren\nRefund within 30 days.\nKeep the receipt.\nShip back.\nDone.\n";
    private static final String MASTER = "# Returns\nRefund within 21 days.\nKeep the receipt.\nShip back free.\nDone.\n";

    private final MergeResult twoHunks = oneConflictThenAnother();

    private static MergeResult oneConflictThenAnother() {
        MergeResult result = new ThreeWayMerge().merge(
                "a\nb\nc\nd\ne\nf\ng\nh\n", "a\nB\nc\nd\ne\nf\nG\nh\n", "a\nB2\nc\nd\ne\nf\nG2\nh\n");
        assertThat(result.conflicts()).hasSize(2);
        return result;
    }

    @Test
    void takesTheChosenSideOfEveryHunk() {
        assertThat(twoHunks.resolve(List.of(takeMaster(0), keepRegional(1)))).isEqualTo("a\nB2\nc\nd\ne\nf\nG\nh\n");
        assertThat(twoHunks.resolve(List.of(keepRegional(1), takeMaster(0))))
                .as("order of the resolutions does not matter").isEqualTo("a\nB2\nc\nd\ne\nf\nG\nh\n");
    }

    @Test
    void keepsTheCleanlyMergedLinesAroundTheHunks() {
        MergeResult result = new ThreeWayMerge().merge(BASE, REGIONAL, MASTER);

        assertThat(result.conflicts()).hasSize(1);
        assertThat(result.resolve(List.of(keepRegional(0))))
                .isEqualTo("# Retouren\nRefund within 30 days.\nKeep the receipt.\nShip back free.\nDone.\n");
    }

    @Test
    void replacesAHunkWithTheEditedText() {
        assertThat(twoHunks.resolve(List.of(edit(0, "B and B2\nboth"), edit(1, ""))))
                .isEqualTo("a\nB and B2\nboth\nc\nd\ne\nf\nh\n");
    }

    @Test
    void givesEditedLinesTheLineEndingOfTheText() {
        MergeResult crlf = new ThreeWayMerge().merge("a\r\nb\r\nc\r\n", "a\r\nB\r\nc\r\n", "a\r\nX\r\nc\r\n");
        MergeResult lf = new ThreeWayMerge().merge("a\nb\nc\n", "a\nB\nc\n", "a\nX\nc\n");

        assertThat(crlf.resolve(List.of(edit(0, "one\ntwo")))).isEqualTo("a\r\none\r\ntwo\r\nc\r\n");
        assertThat(lf.resolve(List.of(edit(0, "one\r\ntwo\r\n")))).isEqualTo("a\none\ntwo\nc\n");
    }

    @Test
    void resolvesAHunkAtTheEndLikeItReadsBetweenTheMarkers() {
        MergeResult result = new ThreeWayMerge().merge("a\nb", "a\nc", "a\nd");

        assertThat(result.resolve(List.of(takeMaster(0)))).isEqualTo("a\nd\n");
    }

    @Test
    void refusesWhileAHunkIsUnresolvedAndNamesIt() {
        assertThatThrownBy(() -> twoHunks.resolve(List.of(takeMaster(0))))
                .isInstanceOfSatisfying(UnresolvedConflictException.class, e -> assertThat(e.hunk()).isEqualTo(1))
                .hasMessageContaining("conflict hunk 1 ");
        assertThatThrownBy(() -> twoHunks.resolve(List.of()))
                .isInstanceOfSatisfying(UnresolvedConflictException.class, e -> assertThat(e.hunk()).isZero());
    }

    @Test
    void refusesResolutionsOfHunksThatDoNotExistOrTwiceTheSameHunk() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> twoHunks.resolve(List.of(takeMaster(0), keepRegional(1), takeMaster(2))))
                .withMessageContaining("no conflict hunk 2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> twoHunks.resolve(List.of(takeMaster(0), keepRegional(0), takeMaster(1))))
                .withMessageContaining("hunk 0 is resolved twice");
    }

    @Test
    void refusesWhenAHunkNoLongerStandsWhereItSays() {
        MergeResult stored = new MergeResult(false, "a note on top\n" + twoHunks.merged(), twoHunks.conflicts());
        MergeResult edited = new MergeResult(false, twoHunks.merged().replace("\nG\n", "\nG edited\n"),
                twoHunks.conflicts());
        List<ConflictResolution> both = List.of(takeMaster(0), takeMaster(1));

        assertThatThrownBy(() -> stored.resolve(both)).isInstanceOf(IllegalStateException.class)
                .hasMessage("conflict hunk 0 does not stand at line 2 of the merged text as recorded");
        assertThatThrownBy(() -> edited.resolve(both)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("conflict hunk 1 ");
    }

    @Test
    void resolvingACleanMergeGivesTheMergedText() {
        MergeResult clean = new ThreeWayMerge().merge("a\nb\nc\n", "A\nb\nc\n", "a\nb\nC\n");

        assertThat(clean.resolve(List.of())).isEqualTo("A\nb\nC\n");
    }

    @Test
    void aResolutionNeedsTextExactlyForEdit() {
        assertThatIllegalArgumentException().isThrownBy(() -> edit(0, null)).withMessageContaining("needs a text");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConflictResolution(0, ConflictResolution.Choice.TAKE_MASTER, "x"))
                .withMessageContaining("takes no text");
        assertThatIllegalArgumentException().isThrownBy(() -> takeMaster(-1));
    }
}
