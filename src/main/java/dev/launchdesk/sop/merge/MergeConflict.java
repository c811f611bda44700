package dev.launchdesk.sop.merge;

import java.util.List;

/**
 * One hunk that the merge could not decide, shown in {@link MergeResult#merged()} between
 * {@code <<<<<<< regional}, {@code =======} and {@code >>>>>>> master}.
 *
 * <p>Lines are given without their line terminators.
 *
 * @param baseStart 1-based number (like git's line numbers) of the first base line of the hunk.
 *     When the hunk replaces no base line (both sides only inserted), it is the number of the
 *     base line the insertion comes before, so it can be {@code baseLines.size()} past the last
 *     base line, e.g. {@code 1} for an empty base.
 * @param baseLines the base lines the hunk replaces. When git's conflict narrowing has cut lines
 *     both sides agree on out of the hunk (see {@link ThreeWayMerge}), these are the base lines that
 *     both sides' lines of the hunk stand for (an unchanged line stands for itself, a rewritten line
 *     for all base lines its edit replaced), or, where those do not overlap, all that either stands
 *     for.
 * @param regional the regional variant's lines of the hunk (above {@code =======})
 * @param master the new master's lines of the hunk (below {@code =======})
 * @param mergedLine 1-based number of the {@code <<<<<<< regional} line in the merged text
 */
public record MergeConflict(
        int baseStart, List<String> baseLines, List<String> regional, List<String> master, int mergedLine) {

    public MergeConflict {
        baseLines = List.copyOf(baseLines);
        regional = List.copyOf(regional);
        master = List.copyOf(master);
    }
}
