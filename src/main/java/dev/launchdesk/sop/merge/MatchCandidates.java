package dev.launchdesk.sop.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which lines of one text take part in the shortest-edit search against the other text, as git
 * chooses them before its Myers diff. This changes which of several equally short diffs is
 * found, so it is needed to line up with {@code git merge-file}.
 *
 * <p>A line with no equal line in the other text cannot be matched and is left out (it is
 * changed). A line with very many equals in the other text (at least about the square root of
 * this text's length) is left out too when it stands among unmatched lines and those clearly
 * outnumber the frequent ones around it: blank lines between rewritten paragraphs then do not
 * pin the diff to arbitrary places.
 */
final class MatchCandidates {

    private static final int UNMATCHED = 0;
    private static final int MATCHED = 1;
    private static final int FREQUENT = 2;
    private static final int MAX_FREQUENCY_LIMIT = 1024;
    private static final int SCAN_WINDOW = 100;
    private static final int UNMATCHED_PER_FREQUENT = 4;

    private MatchCandidates() {
    }

    /**
     * @param lines the text whose lines are chosen
     * @param otherLines the whole other text
     * @param from first line of {@code lines} after the common prefix
     * @param to end (exclusive) of {@code lines} before the common suffix
     * @return for each line in {@code [from, to)}, at index {@code line - from}, whether it takes part
     */
    static boolean[] of(List<String> lines, List<String> otherLines, int from, int to) {
        int[] kinds = kinds(lines, otherLines, from, to);
        boolean[] candidates = new boolean[to - from];
        for (int i = 0; i < kinds.length; i++) {
            candidates[i] = kinds[i] == MATCHED || kinds[i] == FREQUENT && !amongUnmatched(kinds, i);
        }
        return candidates;
    }

    private static int[] kinds(List<String> lines, List<String> otherLines, int from, int to) {
        int limit = Math.min(roughSquareRoot(lines.size()), MAX_FREQUENCY_LIMIT);
        Map<String, Integer> otherCounts = new HashMap<>();
        for (String line : otherLines) {
            otherCounts.merge(line, 1, Integer::sum);
        }
        int[] kinds = new int[to - from];
        for (int i = from; i < to; i++) {
            int equals = otherCounts.getOrDefault(lines.get(i), 0);
            kinds[i - from] = equals == 0 ? UNMATCHED : equals >= limit ? FREQUENT : MATCHED;
        }
        return kinds;
    }

    /** The power of two git uses as square root: 2 for 1..3 lines, 4 up to 15, 8 up to 63, ... */
    static int roughSquareRoot(int n) {
        int root = 1;
        for (int rest = n; rest > 0; rest >>= 2) {
            root <<= 1;
        }
        return root;
    }

    /** Whether a frequent line has unmatched lines on both sides that outnumber the frequent ones. */
    private static boolean amongUnmatched(int[] kinds, int line) {
        Run before = run(kinds, line, -1);
        if (before.unmatched == 0) {
            return false;
        }
        Run after = run(kinds, line, +1);
        if (after.unmatched == 0) {
            return false;
        }
        int unmatched = before.unmatched + after.unmatched;
        int frequent = before.frequent + after.frequent;
        return frequent * UNMATCHED_PER_FREQUENT < frequent + unmatched;
    }

    /** Counts the unmatched and frequent lines next to {@code line} up to the first matched line. */
    private static Run run(int[] kinds, int line, int step) {
        int unmatched = 0;
        int frequent = 1;
        for (int i = line + step, seen = 1; i >= 0 && i < kinds.length && seen <= SCAN_WINDOW; i += step, seen++) {
            if (kinds[i] == MATCHED) {
                break;
            }
            if (kinds[i] == UNMATCHED) {
                unmatched++;
            } else {
                frequent++;
            }
        }
        return new Run(unmatched, frequent);
    }

    private record Run(int unmatched, int frequent) {
    }
}
