package dev.launchdesk.training.bank.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one GIFT question (or category) as written, each with its line number in the file: questions are
 * separated by blank lines, and line comments ({@code //} first on the line) are left out.
 */
record GiftBlock(List<Integer> numbers, List<String> lines) {

    static List<GiftBlock> split(String gift) {
        String text = gift.startsWith("\uFEFF") ? gift.substring(1) : gift;
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<GiftBlock> blocks = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                flush(blocks, numbers, current);
                numbers = new ArrayList<>();
                current = new ArrayList<>();
            } else if (!line.strip().startsWith("//")) {
                numbers.add(i + 1);
                current.add(line);
            }
        }
        flush(blocks, numbers, current);
        return blocks;
    }

    private static void flush(List<GiftBlock> blocks, List<Integer> numbers, List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(new GiftBlock(List.copyOf(numbers), List.copyOf(lines)));
        }
    }

    /** The file line the block starts on. */
    int line() {
        return numbers.get(0);
    }

    String firstLine() {
        return lines.get(0);
    }

    /** The block without its first line, or {@code null} when nothing is left. */
    GiftBlock withoutFirstLine() {
        return lines.size() == 1 ? null : new GiftBlock(numbers.subList(1, numbers.size()), lines.subList(1, lines.size()));
    }

    String text() {
        return String.join("\n", lines);
    }
}
