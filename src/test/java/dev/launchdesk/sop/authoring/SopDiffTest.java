package dev.launchdesk.sop.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.launchdesk.sop.authoring.SopDiff.Kind;
import dev.launchdesk.sop.authoring.SopDiff.Row;

/** The version diff shows the lines the three-way merge sees, changed where the merge sees them changed. */
class SopDiffTest {

    @Test
    void aBlockInsertedBeforeItsTwinIsOneInsertionWhereTheMergeSeesIt() {
        String block = "## Check\n- Open the order.\n- Reply to the buyer.\n";
        String before = block + block;
        String after = block + "## New\n" + block + block;

        List<Row> rows = SopDiff.rows(before, after);

        // java-diff-utils' own line diff splits this into "## New" and the block again at the end; git's diff (the
        // merge's) inserts one group of four lines, so a master change there is shown where the merge takes it.
        assertThat(rows).extracting(Row::kind).containsExactly(Kind.EQUAL, Kind.EQUAL, Kind.EQUAL,
                Kind.INSERT, Kind.INSERT, Kind.INSERT, Kind.INSERT, Kind.EQUAL, Kind.EQUAL, Kind.EQUAL);
        assertThat(rows).filteredOn(r -> r.kind() == Kind.INSERT).extracting(Row::newHtml)
                .containsExactly("<ins>## New</ins>", "<ins>## Check</ins>", "<ins>- Open the order.</ins>", "<ins>- Reply to the buyer.</ins>");
    }

    @Test
    void textsThatDifferOnlyInWhatABrowserOrEditorAddsHaveNoChangedRow() {
        String stored = "# Refunds\n\n- Check the receipt.  \n- Refund.\n";
        String fromTheBrowser = "\uFEFF# Refunds\r\n\r\n- Check the receipt.   \r\n- Refund. \r\n\r\n";

        assertThat(SopDiff.rows(stored, fromTheBrowser)).extracting(Row::kind).containsOnly(Kind.EQUAL).hasSize(4);
    }

    @Test
    void wordsChangedInsideALineAreMarked() {
        assertThat(SopDiff.rows("Refund within 7 days.\n", "Refund within 14 days.\n")).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(Kind.CHANGE);
            assertThat(row.oldHtml()).isEqualTo("Refund within <del>7</del> days.");
            assertThat(row.newHtml()).isEqualTo("Refund within <ins>14</ins> days.");
        });
    }
}
