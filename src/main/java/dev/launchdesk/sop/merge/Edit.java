package dev.launchdesk.sop.merge;

/**
 * One change between an old and a new list of lines: old lines {@code [oldStart, oldEnd)} became
 * new lines {@code [newStart, newEnd)} (0-based, end exclusive; either side may be empty).
 */
record Edit(int oldStart, int oldEnd, int newStart, int newEnd) {

    int oldLength() {
        return oldEnd - oldStart;
    }

    int newLength() {
        return newEnd - newStart;
    }
}
