package dev.launchdesk.shared;

/**
 * A value a person or client sent, as an error message repeats it back: at most {@link #MAX_CHARS} characters, so a
 * megabyte of bad input is not sent back (and logged) whole.
 */
public final class Echoed {

    /** The longest part of a bad value an error message repeats. */
    public static final int MAX_CHARS = 100;

    private Echoed() {
    }

    /** The value cut to {@link #MAX_CHARS} characters, with "…" where it was cut. */
    public static String cut(Object value) {
        String text = String.valueOf(value);
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return text.substring(0, end) + "… (" + text.length() + " characters)";
    }

    /** The value cut as by {@link #cut(Object)}, in single quotes: {@code 'abc'}. */
    public static String quoted(Object value) {
        return "'" + cut(value) + "'";
    }
}
