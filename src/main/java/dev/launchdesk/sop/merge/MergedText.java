package dev.launchdesk.sop.merge;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the merged text from the regions: regional lines where neither side changed or the
 * regional variant changed, master lines where only the master changed, and conflict hunks
 * between git's markers (side lines ended with a line break, markers in CRLF when the texts
 * around use CRLF, as {@code git merge-file} decides it).
 */
final class MergedText {

    static final String REGIONAL_MARKER = "<<<<<<< regional";
    static final String SEPARATOR_MARKER = "=======";
    static final String MASTER_MARKER = ">>>>>>> master";

    private final Lines base;
    private final Lines regional;
    private final Lines master;
    private final StringBuilder text = new StringBuilder();
    private final List<MergeConflict> conflicts = new ArrayList<>();
    private int linesWritten;

    MergedText(Lines base, Lines regional, Lines master) {
        this.base = base;
        this.regional = regional;
        this.master = master;
    }

    MergeResult write(List<Region> regions) {
        int next = 0;
        for (Region region : regions) {
            switch (region.kind()) {
                case SAME -> {
                    continue;
                }
                case REGIONAL -> append(regional.range(next, region.regionalEnd()));
                case MASTER -> {
                    append(regional.range(next, region.regionalStart()));
                    append(master.range(region.masterStart(), region.masterEnd()));
                }
                case CONFLICT -> {
                    append(regional.range(next, region.regionalStart()));
                    appendConflict(region);
                }
            }
            next = region.regionalEnd();
        }
        append(regional.range(next, regional.size()));
        return new MergeResult(conflicts.isEmpty(), text.toString(), conflicts);
    }

    private void appendConflict(Region region) {
        String lineEnding = markersInCrlf(region) ? "\r\n" : "\n";
        List<String> ours = regional.range(region.regionalStart(), region.regionalEnd());
        List<String> theirs = master.range(region.masterStart(), region.masterEnd());
        conflicts.add(new MergeConflict(region.baseStart() + 1,
                contents(base.range(region.baseStart(), region.baseEnd())), contents(ours), contents(theirs),
                linesWritten + 1));
        append(List.of(REGIONAL_MARKER + lineEnding));
        appendEnded(ours, lineEnding);
        append(List.of(SEPARATOR_MARKER + lineEnding));
        appendEnded(theirs, lineEnding);
        append(List.of(MASTER_MARKER + lineEnding));
    }

    /**
     * Git's choice: CRLF when the line before the hunk (or the first line) ends in CRLF in both
     * sides and the first base line does too; LF as soon as one of them ends in LF or when it
     * cannot be told.
     */
    private boolean markersInCrlf(Region region) {
        if (regional.endingOf(Math.max(region.regionalStart() - 1, 0)) == Lines.Ending.LF) {
            return false;
        }
        if (master.endingOf(Math.max(region.masterStart() - 1, 0)) == Lines.Ending.LF) {
            return false;
        }
        return base.endingOf(0) == Lines.Ending.CRLF;
    }

    private void appendEnded(List<String> lines, String lineEnding) {
        append(lines);
        if (!lines.isEmpty() && !Lines.endsWithNewline(lines.get(lines.size() - 1))) {
            append(List.of(lineEnding));
        }
    }

    private void append(List<String> lines) {
        for (String line : lines) {
            text.append(line);
            linesWritten += Lines.endsWithNewline(line) ? 1 : 0;
        }
    }

    private static List<String> contents(List<String> lines) {
        return lines.stream().map(Lines::content).toList();
    }
}
