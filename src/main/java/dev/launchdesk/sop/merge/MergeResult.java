package dev.launchdesk.sop.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The outcome of a {@link ThreeWayMerge}: the merged text and, if the merge is not clean, the
 * conflict hunks it contains.
 *
 * @param clean true when no conflict is left; then {@code merged} is the final text
 * @param merged the merged text; each conflict appears in it between git-style markers
 *     ({@code <<<<<<< regional}, {@code =======}, {@code >>>>>>> master}), as printed by
 *     {@code git merge-file -L regional -L base -L master}
 * @param conflicts the conflict hunks in the order they appear in {@code merged}
 */
public record MergeResult(boolean clean, String merged, List<MergeConflict> conflicts) {

    public MergeResult {
        conflicts = List.copyOf(conflicts);
        if (clean != conflicts.isEmpty()) {
            throw new IllegalArgumentException("a merge is clean exactly when it has no conflicts");
        }
    }

    /**
     * The final text, with every conflict hunk replaced as the resolutions say.
     *
     * <p>A resolved hunk reads exactly as its chosen side reads between the markers of
     * {@link #merged()}, i.e. every line ends with a line break, using the markers' line ending
     * (CRLF or LF). An {@link ConflictResolution.Choice#EDIT EDIT} text is cut into lines and each
     * line gets that same line ending, whatever the text used (a browser form sends CRLF); an empty
     * text removes the hunk.
     *
     * @throws UnresolvedConflictException if a hunk has no resolution (names the first one)
     * @throws IllegalArgumentException if a resolution names a hunk that does not exist, or a
     *     hunk is resolved twice
     * @throws IllegalStateException if a hunk does not stand in {@link #merged()} where and as it
     *     says (e.g. merged text and conflicts stored apart and one of them changed)
     */
    public String resolve(List<ConflictResolution> resolutions) {
        Map<Integer, ConflictResolution> byHunk = byHunk(resolutions);
        for (int hunk = 0; hunk < conflicts.size(); hunk++) {
            if (!byHunk.containsKey(hunk)) {
                throw new UnresolvedConflictException(hunk, conflicts.size());
            }
        }
        Lines lines = Lines.of(merged);
        return replacingConflicts(lines, hunk -> resolvedHunk(lines, conflicts.get(hunk), byHunk.get(hunk)));
    }

    /**
     * The merged text with the marked lines of each conflict (markers and both sides) replaced by what
     * {@code replacement} gives for its hunk, counted from 0 — e.g. a placeholder where people read the merge.
     */
    public String replacingConflicts(IntFunction<String> replacement) {
        return replacingConflicts(Lines.of(merged), replacement);
    }

    private String replacingConflicts(Lines lines, IntFunction<String> replacement) {
        StringBuilder text = new StringBuilder(merged.length());
        int next = 0;
        for (int hunk = 0; hunk < conflicts.size(); hunk++) {
            MergeConflict conflict = conflicts.get(hunk);
            int marker = conflict.mergedLine() - 1;
            checkStandsAt(lines, hunk, conflict, next);
            lines.range(next, marker).forEach(text::append);
            text.append(replacement.apply(hunk));
            next = marker + conflict.regional().size() + conflict.master().size() + 3;
        }
        lines.range(next, lines.size()).forEach(text::append);
        return text.toString();
    }

    private Map<Integer, ConflictResolution> byHunk(List<ConflictResolution> resolutions) {
        Map<Integer, ConflictResolution> byHunk = new HashMap<>();
        for (ConflictResolution resolution : resolutions) {
            if (resolution.hunk() >= conflicts.size()) {
                throw new IllegalArgumentException("there is no conflict hunk " + resolution.hunk()
                        + "; the merge has " + conflicts.size() + " (counted from 0)");
            }
            if (byHunk.put(resolution.hunk(), resolution) != null) {
                throw new IllegalArgumentException("conflict hunk " + resolution.hunk() + " is resolved twice");
            }
        }
        return byHunk;
    }

    private static void checkStandsAt(Lines lines, int hunk, MergeConflict conflict, int notBefore) {
        int marker = conflict.mergedLine() - 1;
        int separator = marker + conflict.regional().size() + 1;
        int end = separator + conflict.master().size() + 1;
        boolean inPlace = marker >= notBefore && end < lines.size()
                && Lines.content(lines.get(marker)).equals(MergedText.REGIONAL_MARKER)
                && contents(lines, marker + 1, separator).equals(conflict.regional())
                && Lines.content(lines.get(separator)).equals(MergedText.SEPARATOR_MARKER)
                && contents(lines, separator + 1, end).equals(conflict.master())
                && Lines.content(lines.get(end)).equals(MergedText.MASTER_MARKER);
        if (!inPlace) {
            throw new IllegalStateException("conflict hunk " + hunk + " does not stand at line "
                    + conflict.mergedLine() + " of the merged text as recorded");
        }
    }

    private static List<String> contents(Lines lines, int from, int to) {
        return lines.range(from, to).stream().map(Lines::content).toList();
    }

    private static String resolvedHunk(Lines lines, MergeConflict conflict, ConflictResolution resolution) {
        int regionalStart = conflict.mergedLine();
        int masterStart = regionalStart + conflict.regional().size() + 1;
        return switch (resolution.choice()) {
            case KEEP_REGIONAL -> String.join("", lines.range(regionalStart, masterStart - 1));
            case TAKE_MASTER -> String.join("", lines.range(masterStart, masterStart + conflict.master().size()));
            case EDIT -> withLineEndings(resolution.text(), lineEnding(lines.get(regionalStart - 1)));
        };
    }

    private static String lineEnding(String markerLine) {
        return markerLine.endsWith("\r\n") ? "\r\n" : "\n";
    }

    private static String withLineEndings(String text, String lineEnding) {
        StringBuilder ended = new StringBuilder(text.length() + lineEnding.length());
        for (String line : Lines.of(text).all()) {
            ended.append(Lines.content(line)).append(lineEnding);
        }
        return ended.toString();
    }
}
