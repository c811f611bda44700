package dev.launchdesk.sop.merge;

import java.util.ArrayList;
import java.util.List;

/**
 * Git's "zealous" conflict handling ({@code XDL_MERGE_ZEALOUS_ALNUM}, the level of
 * {@code git merge-file}).
 *
 * <p>First every conflict is narrowed: its regional and master lines are diffed against each
 * other; lines both sides wrote alike leave the conflict, and what stays are smaller conflicts
 * (or none: both sides made the same change). Then conflicts that end up close together are
 * joined again, because a short stretch of agreed lines between two conflicts reads worse than
 * one conflict: git joins them when at most three lines lie between, or when the lines between
 * hold no ASCII letter or digit (blank lines, rules like {@code ---}).
 */
final class ConflictNarrowing {

    private static final int MAX_LINES_BETWEEN_JOINED_CONFLICTS = 3;

    private final Lines regional;
    private final Lines master;
    private final BaseSpan regionalSpan;
    private final BaseSpan masterSpan;

    ConflictNarrowing(Lines regional, Lines master, List<Edit> regionalEdits, List<Edit> masterEdits) {
        this.regional = regional;
        this.master = master;
        this.regionalSpan = new BaseSpan(regionalEdits);
        this.masterSpan = new BaseSpan(masterEdits);
    }

    List<Region> narrow(List<Region> regions) {
        List<Region> narrowed = new ArrayList<>();
        for (Region region : regions) {
            narrowed.addAll(region.isConflict() ? split(region) : List.of(region));
        }
        return joinCloseConflicts(narrowed);
    }

    private List<Region> split(Region conflict) {
        if (conflict.regionalStart() == conflict.regionalEnd() || conflict.masterStart() == conflict.masterEnd()) {
            return List.of(conflict);
        }
        List<Edit> differences = LineDiff.between(
                regional.range(conflict.regionalStart(), conflict.regionalEnd()),
                master.range(conflict.masterStart(), conflict.masterEnd()));
        if (differences.isEmpty()) {
            return List.of(conflict.as(Region.Kind.SAME));
        }
        List<Region> parts = new ArrayList<>();
        for (Edit difference : differences) {
            parts.add(part(conflict, difference));
        }
        return parts;
    }

    private Region part(Region conflict, Edit difference) {
        int regionalStart = conflict.regionalStart() + difference.oldStart();
        int regionalEnd = conflict.regionalStart() + difference.oldEnd();
        int masterStart = conflict.masterStart() + difference.newStart();
        int masterEnd = conflict.masterStart() + difference.newEnd();
        int[] base = baseOfPart(regionalSpan.of(regionalStart, regionalEnd), masterSpan.of(masterStart, masterEnd));
        int baseStart = Math.min(Math.max(base[0], conflict.baseStart()), conflict.baseEnd());
        int baseEnd = Math.max(Math.min(base[1], conflict.baseEnd()), baseStart);
        return new Region(Region.Kind.CONFLICT, baseStart, baseEnd, regionalStart, regionalEnd, masterStart, masterEnd);
    }

    /**
     * The base lines both sides' lines of a narrowed conflict stand for; if those do not overlap,
     * all that either stands for. (A side whose edit wrote the lines stands for the whole edit,
     * which is often wider than the part in conflict.)
     */
    private static int[] baseOfPart(int[] regionalBase, int[] masterBase) {
        int start = Math.max(regionalBase[0], masterBase[0]);
        int end = Math.min(regionalBase[1], masterBase[1]);
        if (start < end) {
            return new int[] {start, end};
        }
        return new int[] {Math.min(regionalBase[0], masterBase[0]), Math.max(regionalBase[1], masterBase[1])};
    }

    private List<Region> joinCloseConflicts(List<Region> regions) {
        List<Region> joined = new ArrayList<>();
        for (Region region : regions) {
            int last = joined.size() - 1;
            if (last >= 0 && joined.get(last).isConflict() && region.isConflict() && close(joined.get(last), region)) {
                joined.set(last, joined.get(last).joinedWith(region));
            } else {
                joined.add(region);
            }
        }
        return joined;
    }

    private boolean close(Region earlier, Region later) {
        int from = earlier.regionalEnd();
        int to = later.regionalStart();
        return to - from <= MAX_LINES_BETWEEN_JOINED_CONFLICTS || !containsLetterOrDigit(from, to);
    }

    private boolean containsLetterOrDigit(int from, int to) {
        for (String line : regional.range(from, to)) {
            if (line.chars().anyMatch(ConflictNarrowing::isAsciiLetterOrDigit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
