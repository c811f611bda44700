package dev.launchdesk.sop.merge;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines up the regional and the master edits of the same base into {@link Region}s, by git's
 * rules: an edit that ends before the other side's next edit starts is taken as is; edits that
 * overlap <em>or touch</em> (no unchanged base line between them) conflict unless they are the
 * very same edit; regions that touch on either side are joined.
 */
final class ChangeRegions {

    private final List<Edit> regionalEdits;
    private final List<Edit> masterEdits;
    private final Lines regional;
    private final Lines master;
    private final int baseSize;
    private final List<Region> regions = new ArrayList<>();

    private ChangeRegions(List<Edit> regionalEdits, List<Edit> masterEdits, Lines base, Lines regional, Lines master) {
        this.regionalEdits = regionalEdits;
        this.masterEdits = masterEdits;
        this.regional = regional;
        this.master = master;
        this.baseSize = base.size();
    }

    static List<Region> of(List<Edit> regionalEdits, List<Edit> masterEdits, Lines base, Lines regional, Lines master) {
        return new ChangeRegions(regionalEdits, masterEdits, base, regional, master).lineUp();
    }

    private List<Region> lineUp() {
        int r = 0;
        int m = 0;
        while (r < regionalEdits.size() || m < masterEdits.size()) {
            Edit ours = r < regionalEdits.size() ? regionalEdits.get(r) : null;
            Edit theirs = m < masterEdits.size() ? masterEdits.get(m) : null;
            if (theirs == null || ours != null && ours.oldEnd() < theirs.oldStart()) {
                add(regionalOnly(ours, masterOffsetBefore(theirs)));
                r++;
            } else if (ours == null || theirs.oldEnd() < ours.oldStart()) {
                add(masterOnly(theirs, regionalOffsetBefore(ours)));
                m++;
            } else {
                if (!sameEdit(ours, theirs)) {
                    add(conflict(ours, theirs));
                }
                r += ours.oldEnd() <= theirs.oldEnd() ? 1 : 0;
                m += theirs.oldEnd() <= ours.oldEnd() ? 1 : 0;
            }
        }
        return regions;
    }

    /** How far master lines are shifted against base lines before the given master edit. */
    private int masterOffsetBefore(Edit nextMasterEdit) {
        return nextMasterEdit == null
                ? master.size() - baseSize
                : nextMasterEdit.newStart() - nextMasterEdit.oldStart();
    }

    private int regionalOffsetBefore(Edit nextRegionalEdit) {
        return nextRegionalEdit == null
                ? regional.size() - baseSize
                : nextRegionalEdit.newStart() - nextRegionalEdit.oldStart();
    }

    private static Region regionalOnly(Edit edit, int masterOffset) {
        return new Region(Region.Kind.REGIONAL, edit.oldStart(), edit.oldEnd(), edit.newStart(), edit.newEnd(),
                edit.oldStart() + masterOffset, edit.oldEnd() + masterOffset);
    }

    private static Region masterOnly(Edit edit, int regionalOffset) {
        return new Region(Region.Kind.MASTER, edit.oldStart(), edit.oldEnd(),
                edit.oldStart() + regionalOffset, edit.oldEnd() + regionalOffset, edit.newStart(), edit.newEnd());
    }

    /** Both edits widened to the base lines either of them covers. */
    private static Region conflict(Edit ours, Edit theirs) {
        int baseStart = Math.min(ours.oldStart(), theirs.oldStart());
        int baseEnd = Math.max(ours.oldEnd(), theirs.oldEnd());
        return new Region(Region.Kind.CONFLICT, baseStart, baseEnd,
                ours.newStart() - (ours.oldStart() - baseStart), ours.newEnd() + (baseEnd - ours.oldEnd()),
                theirs.newStart() - (theirs.oldStart() - baseStart), theirs.newEnd() + (baseEnd - theirs.oldEnd()));
    }

    private boolean sameEdit(Edit ours, Edit theirs) {
        return ours.oldStart() == theirs.oldStart()
                && ours.oldEnd() == theirs.oldEnd()
                && regional.range(ours.newStart(), ours.newEnd())
                        .equals(master.range(theirs.newStart(), theirs.newEnd()));
    }

    private void add(Region region) {
        int last = regions.size() - 1;
        if (last >= 0 && regions.get(last).touches(region)) {
            regions.set(last, regions.get(last).joinedWith(region));
        } else {
            regions.add(region);
        }
    }
}
