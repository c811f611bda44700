package dev.launchdesk.training.bank.formats;

import java.util.BitSet;

/**
 * GIFT text with its escapes resolved: {@code \~ \= \# \{ \} \: \\} stand for the character itself and {@code \n}
 * for a new line, and such characters are remembered as literal, so that searching for the control characters
 * {@code ~ = # { } :} finds only the unescaped ones. A backslash before any other character stays a backslash.
 */
final class GiftText {

    private static final String ESCAPABLE = ":~=#{}\\";

    private final String text;
    private final BitSet literal;

    private GiftText(String text, BitSet literal) {
        this.text = text;
        this.literal = literal;
    }

    static GiftText of(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        BitSet literal = new BitSet();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(i + 1);
                if (ESCAPABLE.indexOf(next) >= 0 || next == 'n') {
                    literal.set(text.length());
                    text.append(next == 'n' ? '\n' : next);
                    i++;
                    continue;
                }
            }
            text.append(c);
        }
        return new GiftText(text.toString(), literal);
    }

    /** The GIFT spelling of plain text: control characters and backslashes escaped, line ends as {@code \n}. */
    static String escape(String plain) {
        String normalised = plain.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(normalised.length() + 8);
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else {
                if (ESCAPABLE.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    int length() {
        return text.length();
    }

    /** The first unescaped occurrence of the control sequence at or after {@code from}, or -1. */
    int find(String control, int from) {
        for (int at = text.indexOf(control, Math.max(0, from)); at >= 0; at = text.indexOf(control, at + 1)) {
            if (literal.get(at, at + control.length()).isEmpty()) {
                return at;
            }
        }
        return -1;
    }

    int find(char control, int from) {
        return find(String.valueOf(control), from);
    }

    /** Whether an unescaped {@code control} occurs anywhere. */
    boolean has(String control) {
        return find(control, 0) >= 0;
    }

    GiftText part(int from, int to) {
        return new GiftText(text.substring(from, to), literal.get(from, to));
    }

    GiftText from(int from) {
        return part(from, text.length());
    }

    GiftText trim() {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return part(start, end);
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /** Whether the text starts with the unescaped control sequence. */
    boolean startsWithControl(String control) {
        return text.startsWith(control) && literal.get(0, control.length()).isEmpty();
    }

    @Override
    public String toString() {
        return text;
    }
}
