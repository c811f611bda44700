package dev.launchdesk.sop.merge;

import java.util.List;

/**
 * Three-way merge of line-based texts that follows
 * {@code git merge-file -p -L regional -L base -L master regional base master}: where git merges
 * cleanly the merged text is meant to be identical, byte for byte; where git reports conflicts, so
 * does this merge, with the same git-style markers (git's default, non-diff3 style).
 *
 * <p>Known difference: when two texts have several equally short diffs that git's sliding does not
 * unify, java-diff-utils' forward Myers search can pick another one than git's two-ended search
 * (e.g. which of two equal {@code ***} lines is kept). Then an insertion can land one line away from
 * git's, which changes the verdict if the other side edits right there. On random SOP texts built
 * from a small vocabulary this happened in about 1 of 9,000 merges
 * ({@code GitMergeFileComparisonTests}).
 *
 * <p>Used to propagate a change of a master SOP to a regional variant: {@code base} is the master
 * version the variant was derived from, {@code regional} the variant, {@code master} the new
 * master version.
 *
 * <p>How it works, following git's {@code xdiff} merge:
 * <ol>
 *   <li>Both sides are diffed against the base as git does it ({@link LineDiff}): java-diff-utils'
 *       Myers diff, with git's steps around the search, so that the same lines count as
 *       changed.</li>
 *   <li>Edits are lined up ({@link ChangeRegions}): one-sided edits are taken, the very same
 *       edit on both sides is taken once, and edits that overlap or touch conflict.</li>
 *   <li>Conflicts are narrowed and close ones joined again ({@link ConflictNarrowing}).</li>
 * </ol>
 *
 * <p>Line endings: lines are cut after each {@code '\n'} and keep their terminator, so
 * {@code "x\n"}, {@code "x\r\n"} and a final {@code "x"} without line break are three different
 * lines, as for git. Clean regions are copied byte for byte (a missing final newline stays
 * missing). Inside a conflict every side line ends with a line break, and the marker lines use
 * CRLF only when the texts around the hunk do ({@link MergedText}).
 *
 * <p>Stateless and thread-safe.
 */
public final class ThreeWayMerge {

    public MergeResult merge(String base, String regional, String master) {
        Lines baseLines = Lines.of(base);
        Lines regionalLines = Lines.of(regional);
        Lines masterLines = Lines.of(master);
        List<Edit> regionalEdits = LineDiff.between(baseLines.all(), regionalLines.all());
        List<Edit> masterEdits = LineDiff.between(baseLines.all(), masterLines.all());
        List<Region> regions = ChangeRegions.of(regionalEdits, masterEdits, baseLines, regionalLines, masterLines);
        List<Region> narrowed = new ConflictNarrowing(regionalLines, masterLines, regionalEdits, masterEdits)
                .narrow(regions);
        return new MergedText(baseLines, regionalLines, masterLines).write(narrowed);
    }
}
