package dev.launchdesk.sop.merge;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of an old and a new text that a diff marks as changed. Unchanged lines pair up in
 * order: the k-th unchanged old line is the k-th unchanged new line.
 *
 * <p>Many diffs of the same two texts are equally short: a group of inserted or deleted lines
 * can often slide up or down over identical neighbours ({@code a b a} minus one {@code a}).
 * {@link #slideLikeGit()} picks the placement git picks, so that merges line up with
 * {@code git merge-file}: every group slides as far down as it can, unless somewhere on its way
 * it sits opposite a change in the other text, in which case it stays at the lowest such spot
 * (one replace instead of a delete plus an insert). Groups that meet while sliding join.
 */
final class ChangedLines {

    private final List<String> oldLines;
    private final List<String> newLines;
    private final boolean[] oldChanged;
    private final boolean[] newChanged;

    ChangedLines(List<String> oldLines, List<String> newLines) {
        this.oldLines = oldLines;
        this.newLines = newLines;
        this.oldChanged = new boolean[oldLines.size()];
        this.newChanged = new boolean[newLines.size()];
    }

    void markOld(int line) {
        oldChanged[line] = true;
    }

    void markNew(int line) {
        newChanged[line] = true;
    }

    void slideLikeGit() {
        new GroupSlider(oldLines, oldChanged, newChanged).slideAll();
        new GroupSlider(newLines, newChanged, oldChanged).slideAll();
    }

    List<Edit> edits() {
        List<Edit> edits = new ArrayList<>();
        int o = 0;
        int n = 0;
        while (o < oldChanged.length || n < newChanged.length) {
            int oldStart = o;
            int newStart = n;
            o = endOfRun(oldChanged, o);
            n = endOfRun(newChanged, n);
            if (o > oldStart || n > newStart) {
                edits.add(new Edit(oldStart, o, newStart, n));
            }
            o++;
            n++;
        }
        return edits;
    }

    private static int endOfRun(boolean[] changed, int from) {
        int i = from;
        while (i < changed.length && changed[i]) {
            i++;
        }
        return i;
    }
}
