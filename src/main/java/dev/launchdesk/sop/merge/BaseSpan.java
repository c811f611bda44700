package dev.launchdesk.sop.merge;

import java.util.List;

/**
 * Which base lines a run of lines of one side stands for, given that side's edits against the
 * base: an unchanged line stands for its base line, a line an edit wrote stands for all the base
 * lines that edit replaced. An empty run stands for the base lines deleted at its place.
 */
final class BaseSpan {

    private final List<Edit> edits;

    BaseSpan(List<Edit> edits) {
        this.edits = edits;
    }

    /** The base range {@code [start, end)} side lines {@code [from, to)} stand for. */
    int[] of(int from, int to) {
        int start = startOf(from);
        int end = endOf(to);
        return new int[] {Math.min(start, end), Math.max(start, end)};
    }

    /** Base index where side line {@code sideLine} (or the gap before it) begins. */
    private int startOf(int sideLine) {
        int shift = 0;
        for (Edit edit : edits) {
            if (sideLine < edit.newStart()) {
                break;
            }
            if (sideLine < edit.newEnd()) {
                return edit.oldStart();
            }
            shift += edit.newLength() - edit.oldLength();
        }
        return sideLine - shift;
    }

    /** Base index just past what the side lines before {@code sideEnd} stand for. */
    private int endOf(int sideEnd) {
        int last = sideEnd - 1;
        int shift = 0;
        for (Edit edit : edits) {
            if (last < edit.newStart()) {
                break;
            }
            if (last < edit.newEnd()) {
                return edit.oldEnd();
            }
            shift += edit.newLength() - edit.oldLength();
        }
        return last - shift + 1;
    }
}
