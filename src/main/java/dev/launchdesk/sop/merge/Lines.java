package dev.launchdesk.sop.merge;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into lines the way git cuts it: after every {@code '\n'}. Each line keeps its
 * terminator ({@code "\n"} or {@code "\r\n"}), so a last line without a final newline differs
 * from the same line with one, exactly as in {@code git merge-file}.
 */
record Lines(List<String> all) {

    Lines {
        all = List.copyOf(all);
    }

    static Lines of(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', start)) {
            lines.add(text.substring(start, newline + 1));
            start = newline + 1;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return new Lines(lines);
    }

    int size() {
        return all.size();
    }

    String get(int index) {
        return all.get(index);
    }

    List<String> range(int from, int to) {
        return all.subList(from, to);
    }

    /** The line's text without its terminator. */
    static String content(String line) {
        if (line.endsWith("\r\n")) {
            return line.substring(0, line.length() - 2);
        }
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }

    static boolean endsWithNewline(String line) {
        return line.endsWith("\n");
    }

    /** How a line ends, as far as git can tell for conflict markers. */
    enum Ending {
        LF, CRLF, UNKNOWN
    }

    /**
     * How line {@code index} ends, as git decides it for conflict markers: a line without
     * terminator (the last one) is judged by the line before it; an empty text or a single line
     * without terminator cannot be told.
     */
    Ending endingOf(int index) {
        if (all.isEmpty()) {
            return Ending.UNKNOWN;
        }
        String line = all.get(index);
        if (endsWithNewline(line)) {
            return line.endsWith("\r\n") ? Ending.CRLF : Ending.LF;
        }
        if (index == 0) {
            return Ending.UNKNOWN;
        }
        return all.get(index - 1).endsWith("\r\n") ? Ending.CRLF : Ending.LF;
    }
}
