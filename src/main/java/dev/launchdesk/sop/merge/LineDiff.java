package dev.launchdesk.sop.merge;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Line diff shaped like git's (the one {@code git merge-file} uses), with java-diff-utils' Myers
 * diff at its heart. Of the many equally short diffs two texts often have, git's way of searching
 * decides which one is found; this class follows git's steps around the search:
 * <ol>
 *   <li>lines equal at both ends of the texts are unchanged;</li>
 *   <li>lines that cannot or should not be matched are set aside as changed
 *       ({@link MatchCandidates});</li>
 *   <li>of the remaining lines, those equal at both ends are unchanged again, and java-diff-utils'
 *       {@link MyersDiff} finds a shortest edit script for the middle;</li>
 *   <li>changed groups are slid to where git puts them ({@link ChangedLines#slideLikeGit()}).</li>
 * </ol>
 */
final class LineDiff {

    private LineDiff() {
    }

    static List<Edit> between(List<String> oldLines, List<String> newLines) {
        int prefix = commonPrefix(oldLines, newLines);
        int suffix = commonSuffix(oldLines, newLines, prefix);
        ChangedLines changed = new ChangedLines(oldLines, newLines);
        Candidates olds = Candidates.of(oldLines, newLines, prefix, oldLines.size() - suffix, changed::markOld);
        Candidates news = Candidates.of(newLines, oldLines, prefix, newLines.size() - suffix, changed::markNew);
        int innerPrefix = commonPrefix(olds.lines(), news.lines());
        int innerSuffix = commonSuffix(olds.lines(), news.lines(), innerPrefix);
        List<String> oldMiddle = olds.lines().subList(innerPrefix, olds.lines().size() - innerSuffix);
        List<String> newMiddle = news.lines().subList(innerPrefix, news.lines().size() - innerSuffix);
        for (AbstractDelta<String> delta : DiffUtils.diff(oldMiddle, newMiddle, new MyersDiff<String>()).getDeltas()) {
            olds.markChanged(innerPrefix + delta.getSource().getPosition(), delta.getSource().size());
            news.markChanged(innerPrefix + delta.getTarget().getPosition(), delta.getTarget().size());
        }
        changed.slideLikeGit();
        return changed.edits();
    }

    private static int commonPrefix(List<String> a, List<String> b) {
        int limit = Math.min(a.size(), b.size());
        int n = 0;
        while (n < limit && a.get(n).equals(b.get(n))) {
            n++;
        }
        return n;
    }

    private static int commonSuffix(List<String> a, List<String> b, int prefix) {
        int limit = Math.min(a.size(), b.size()) - prefix;
        int n = 0;
        while (n < limit && a.get(a.size() - 1 - n).equals(b.get(b.size() - 1 - n))) {
            n++;
        }
        return n;
    }

    /** The lines of one text that go into the Myers search, and where they stand in the text. */
    private record Candidates(List<String> lines, List<Integer> positions, LineMarker marker) {

        static Candidates of(List<String> text, List<String> other, int from, int to, LineMarker marker) {
            boolean[] taking = MatchCandidates.of(text, other, from, to);
            List<String> lines = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            for (int i = from; i < to; i++) {
                if (taking[i - from]) {
                    lines.add(text.get(i));
                    positions.add(i);
                } else {
                    marker.mark(i);
                }
            }
            return new Candidates(lines, positions, marker);
        }

        void markChanged(int from, int count) {
            for (int i = from; i < from + count; i++) {
                marker.mark(positions.get(i));
            }
        }
    }

    @FunctionalInterface
    private interface LineMarker {
        void mark(int line);
    }
}
