package dev.launchdesk.sop.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.launchdesk.sop.markdown.SopText;

/**
 * The Markdown of a {@code <source>} or {@code <target>} as it is decoded: text with its white space still as the
 * file has it, and the Markdown of inline codes, which is never touched. {@link #markdown} then treats the white space
 * of each stretch of text as {@code xml:space} says, so white space from neighbouring pieces (an indented end tag and
 * the indentation before the next code) is one stretch.
 */
final class InlineText {

    private static final Pattern LINE_BREAKS = Pattern.compile("[ \\t]*(?:\\r\\n|\\r|\\n)[ \\t\\r\\n]*");
    private static final Pattern WHITE_SPACE = Pattern.compile("[ \\t\\r\\n]+");

    private record Code(String markdown) {
    }

    /** String (text, white space as in the file) or Code. */
    private final List<Object> pieces = new ArrayList<>();

    void text(String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last) instanceof String previous) {
            pieces.set(last, previous + text);
        } else {
            pieces.add(text);
        }
    }

    void code(String markdown) {
        pieces.add(new Code(markdown));
    }

    /**
     * A paired code around its content; white space just inside it is moved outside, since Markdown does not take
     * {@code ** x **} as bold.
     */
    void span(String start, InlineText inside, String end) {
        String leading = "";
        String trailing = "";
        List<Object> content = new ArrayList<>(inside.pieces);
        if (!content.isEmpty() && content.get(0) instanceof String first) {
            String kept = first.stripLeading();
            leading = first.substring(0, first.length() - kept.length());
            content.set(0, kept);
        }
        int last = content.size() - 1;
        if (last >= 0 && content.get(last) instanceof String lastText) {
            String kept = lastText.stripTrailing();
            trailing = lastText.substring(kept.length());
            content.set(last, kept);
        }
        text(leading);
        code(start);
        content.forEach(piece -> {
            if (piece instanceof String s) {
                text(s);
            } else {
                pieces.add(piece);
            }
        });
        code(end);
        text(trailing);
    }

    /**
     * The Markdown: with {@code preserve}, each line break in the text with the white space around it becomes one
     * space; otherwise each run of white space does. Text goes through {@link SopText#inline}; codes stay as they are.
     */
    String markdown(boolean preserve) {
        Pattern space = preserve ? LINE_BREAKS : WHITE_SPACE;
        StringBuilder out = new StringBuilder();
        for (Object piece : pieces) {
            if (piece instanceof String text) {
                out.append(SopText.inline(space.matcher(text).replaceAll(" ")));
            } else {
                out.append(((Code) piece).markdown());
            }
        }
        return out.toString();
    }
}
