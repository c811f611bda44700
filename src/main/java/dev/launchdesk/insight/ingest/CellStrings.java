package dev.launchdesk.insight.ingest;

import java.util.Arrays;

import dev.launchdesk.shared.SpreadsheetCsv;

/**
 * The cells of one column as strings, read from characters: trimmed, a spreadsheet's neutralising apostrophe taken
 * off, empty as {@code null} — exactly what {@link CsvRows#cell} makes of the field's string. The first
 * {@value #KEPT} distinct values are kept, so a value seen again (a market, a channel, a category) costs a look-up
 * (five characters hashed, one comparison) without a new string, and its hash is computed once. A column with more distinct values (ticket ids, timestamps)
 * stops looking after that and simply makes a new string per cell.
 */
final class CellStrings {

    static final int KEPT = 1024;
    private static final int SLOTS = 2 * KEPT;

    private final char[][] keys = new char[SLOTS][];
    private final String[] values = new String[SLOTS];
    private int kept;
    private boolean full;

    /** The cell of {@code chars[from, to)}, or {@code null} when it is empty after trimming. */
    String cell(char[] chars, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(chars[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(chars[end - 1])) {
            end--;
        }
        if (end - start >= 2 && chars[start] == '\'' && neutralised(chars[start + 1])) {
            return SpreadsheetCsv.restored(new String(chars, start, end - start));
        }
        return start == end ? null : string(chars, start, end - start);
    }

    /** The apostrophe {@link SpreadsheetCsv#neutralised} puts before these is taken off again ({@link SpreadsheetCsv#restored}). */
    private static boolean neutralised(char next) {
        return next == '=' || next == '+' || next == '-' || next == '@' || next == '\t' || next == '\r';
    }

    private String string(char[] chars, int start, int length) {
        if (full) {
            return new String(chars, start, length);
        }
        int slot = slot(chars, start, length);
        for (char[] key = keys[slot]; key != null; key = keys[slot]) {
            if (same(key, chars, start, length)) {
                return values[slot];
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        String value = new String(chars, start, length);
        if (kept < KEPT) {
            value.hashCode(); // computed once, kept in the string for the look-ups that follow
            keys[slot] = Arrays.copyOfRange(chars, start, start + length);
            values[slot] = value;
            kept++;
        } else {
            full = true;
        }
        return value;
    }

    /** A plain loop: the values are short, where {@code Arrays.equals} costs more to set up than to compare. */
    private static boolean same(char[] key, char[] chars, int start, int length) {
        if (key.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key[i] != chars[start + i]) {
                return false;
            }
        }
        return true;
    }

    /** A slot from the length and five characters: values of one column mostly differ in length or in one of them. */
    private static int slot(char[] chars, int start, int length) {
        int last = start + length - 1;
        int hash = length;
        hash = 31 * hash + chars[start];
        hash = 31 * hash + chars[last];
        hash = 31 * hash + chars[start + length / 2];
        hash = 31 * hash + chars[start + length / 4];
        hash = 31 * hash + chars[last - length / 4];
        hash *= 0x9E3779B9;
        return (hash ^ (hash >>> 16)) & (SLOTS - 1);
    }
}
