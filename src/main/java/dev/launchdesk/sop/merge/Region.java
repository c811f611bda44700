package dev.launchdesk.sop.merge;

/**
 * A stretch of the merge where at least one side changed the base: base lines
 * {@code [baseStart, baseEnd)} stand as regional lines {@code [regionalStart, regionalEnd)} and
 * master lines {@code [masterStart, masterEnd)} (0-based, end exclusive).
 */
record Region(Kind kind, int baseStart, int baseEnd, int regionalStart, int regionalEnd,
        int masterStart, int masterEnd) {

    enum Kind {
        /** Only the regional variant changed here: keep its lines. */
        REGIONAL,
        /** Only the master changed here: take its lines. */
        MASTER,
        /** Both changed differently here. */
        CONFLICT,
        /** Both made the same change here, found when narrowing a conflict. */
        SAME
    }

    boolean isConflict() {
        return kind == Kind.CONFLICT;
    }

    Region as(Kind newKind) {
        return new Region(newKind, baseStart, baseEnd, regionalStart, regionalEnd, masterStart, masterEnd);
    }

    /** This region stretched to the end of {@code later}; of two different kinds it is a conflict. */
    Region joinedWith(Region later) {
        Kind joined = kind == later.kind ? kind : Kind.CONFLICT;
        return new Region(joined, baseStart, Math.max(baseEnd, later.baseEnd), regionalStart, later.regionalEnd,
                masterStart, later.masterEnd);
    }

    /** Whether {@code later} starts before this region ends (or right at its end) on either side. */
    boolean touches(Region later) {
        return later.regionalStart <= regionalEnd || later.masterStart <= masterEnd;
    }
}
