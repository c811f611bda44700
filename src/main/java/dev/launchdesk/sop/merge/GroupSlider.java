package dev.launchdesk.sop.merge;

import java.util.List;

/**
 * Slides the groups of changed lines of one text, see {@link ChangedLines#slideLikeGit()}.
 *
 * <p>A group sits in a <em>slot</em>: the number of unchanged lines before it. The same slot in
 * the other text is the place opposite the group; a change there turns the two groups into one
 * replacement.
 */
final class GroupSlider {

    private final List<String> lines;
    private final boolean[] changed;
    private final boolean[] changeOpposite;
    private int start;
    private int end;
    private int slot;

    GroupSlider(List<String> lines, boolean[] changed, boolean[] otherChanged) {
        this.lines = lines;
        this.changed = changed;
        this.changeOpposite = changesBySlot(otherChanged);
    }

    private static boolean[] changesBySlot(boolean[] changed) {
        int unchanged = 0;
        for (boolean lineChanged : changed) {
            unchanged += lineChanged ? 0 : 1;
        }
        boolean[] bySlot = new boolean[unchanged + 1];
        int slot = 0;
        for (boolean lineChanged : changed) {
            if (lineChanged) {
                bySlot[slot] = true;
            } else {
                slot++;
            }
        }
        return bySlot;
    }

    void slideAll() {
        int line = 0;
        int lineSlot = 0;
        while (line < changed.length) {
            if (!changed[line]) {
                line++;
                lineSlot++;
                continue;
            }
            start = line;
            end = line;
            while (end < changed.length && changed[end]) {
                end++;
            }
            slot = lineSlot;
            placeGroup();
            line = end;
            lineSlot = slot;
        }
    }

    private void placeGroup() {
        int size;
        int highestEnd;
        int alignedEnd;
        do {
            size = end - start;
            while (slideUp()) {
                // as high as it goes, joining groups it meets
            }
            highestEnd = end;
            alignedEnd = changeOpposite[slot] ? end : -1;
            while (slideDown()) {
                if (changeOpposite[slot]) {
                    alignedEnd = end;
                }
            }
        } while (size != end - start);
        if (end != highestEnd && alignedEnd != -1) {
            while (!changeOpposite[slot]) {
                slideUp();
            }
        }
    }

    private boolean slideDown() {
        if (end >= changed.length || !lines.get(start).equals(lines.get(end))) {
            return false;
        }
        changed[start++] = false;
        changed[end++] = true;
        while (end < changed.length && changed[end]) {
            end++;
        }
        slot++;
        return true;
    }

    private boolean slideUp() {
        if (start == 0 || !lines.get(start - 1).equals(lines.get(end - 1))) {
            return false;
        }
        changed[--start] = true;
        changed[--end] = false;
        while (start > 0 && changed[start - 1]) {
            start--;
        }
        slot--;
        return true;
    }
}
