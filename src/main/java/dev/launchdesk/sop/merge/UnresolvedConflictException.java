package dev.launchdesk.sop.merge;

/** Thrown when a merge is to be finished while one of its conflict hunks has no resolution. */
public class UnresolvedConflictException extends IllegalStateException {

    private final int hunk;

    public UnresolvedConflictException(int hunk, int conflictCount) {
        super("conflict hunk " + hunk + " (of " + conflictCount + ", counted from 0) is not resolved");
        this.hunk = hunk;
    }

    /** 0-based index of the first unresolved hunk. */
    public int hunk() {
        return hunk;
    }
}
