package dev.launchdesk.sop.translation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline Markdown of one segment, cut into translatable text and protected codes.
 *
 * <p>Codes are what a translator must not retype: {@code {{policy.parameters}}}, inline code, raw HTML tags,
 * autolinks and hard line breaks become placeholders ({@code <ph>}); emphasis, strong, strikethrough, links
 * and images become paired codes ({@code <pc>}) around their translatable text, so a link's URL is protected
 * while its text is translated. Codes are numbered {@code 1, 2, ...} in the order they open.
 *
 * <p>Cutting is lossless: {@link #markdown(List)} of {@link #parse(String)} gives the text back character for
 * character, whatever it contains. Constructs that do not close (a lone {@code *}, an unmatched backtick) stay
 * plain text.
 */
final class InlineMarkup {

    enum CodeKind { PARAMETER, CODE, HTML, AUTOLINK, LINE_BREAK, EMPHASIS, STRONG, STRIKETHROUGH, LINK, IMAGE }

    sealed interface Node permits Text, Placeholder, Span {
    }

    record Text(String text) implements Node {
    }

    record Placeholder(String id, CodeKind kind, String original) implements Node {
    }

    record Span(String id, CodeKind kind, String start, String end, List<Node> content) implements Node {
        Span {
            content = List.copyOf(content);
        }
    }

    private static final Pattern LINE_BREAK = Pattern.compile("(?: {2,}|\\\\)?(?:\r\n|\n|\r)[ \t>]*");
    private static final Pattern AUTOLINK = Pattern.compile("<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*|[^\\s@<>]+@[^\\s@<>]+)>");
    private static final Pattern HTML_TAG = Pattern.compile("<(?:/?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?|!--.*?--)>", Pattern.DOTALL);
    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private final String s;
    private int nextId = 1;

    private InlineMarkup(String s) {
        this.s = s;
    }

    static List<Node> parse(String markdown) {
        InlineMarkup parser = new InlineMarkup(markdown);
        return parser.parseRange(0, markdown.length());
    }

    static String markdown(List<Node> nodes) {
        StringBuilder out = new StringBuilder();
        appendMarkdown(nodes, out);
        return out.toString();
    }

    /** True when some text outside the codes has a letter: a segment of only numbers or codes is not translated. */
    static boolean hasTranslatableText(List<Node> nodes) {
        for (Node node : nodes) {
            if (node instanceof Text text && text.text().codePoints().anyMatch(Character::isLetter)) {
                return true;
            }
            if (node instanceof Span span && hasTranslatableText(span.content())) {
                return true;
            }
        }
        return false;
    }

    /** Every code by its id, placeholders and paired codes alike, in the order they open. */
    static Map<String, Node> codesById(List<Node> nodes) {
        Map<String, Node> codes = new LinkedHashMap<>();
        collectCodes(nodes, codes);
        return codes;
    }

    private static void collectCodes(List<Node> nodes, Map<String, Node> codes) {
        for (Node node : nodes) {
            if (node instanceof Placeholder placeholder) {
                codes.put(placeholder.id(), placeholder);
            } else if (node instanceof Span span) {
                codes.put(span.id(), span);
                collectCodes(span.content(), codes);
            }
        }
    }

    private static void appendMarkdown(List<Node> nodes, StringBuilder out) {
        for (Node node : nodes) {
            if (node instanceof Text text) {
                out.append(text.text());
            } else if (node instanceof Placeholder placeholder) {
                out.append(placeholder.original());
            } else if (node instanceof Span span) {
                out.append(span.start());
                appendMarkdown(span.content(), out);
                out.append(span.end());
            }
        }
    }

    private List<Node> parseRange(int from, int to) {
        List<Node> nodes = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = from;
        while (i < to) {
            int plain = plainLength(i, to);
            if (plain > 0) {
                text.append(s, i, i + plain);
                i += plain;
                continue;
            }
            Match match = codeAt(i, to);
            if (match == null) {
                int unmatched = "*_~".indexOf(s.charAt(i)) >= 0 ? runLength(i, to, s.charAt(i)) : 1;
                text.append(s, i, i + unmatched);
                i += unmatched;
                continue;
            }
            if (!text.isEmpty()) {
                nodes.add(new Text(text.toString()));
                text.setLength(0);
            }
            nodes.add(match.node());
            i = match.end();
        }
        if (!text.isEmpty()) {
            nodes.add(new Text(text.toString()));
        }
        return nodes;
    }

    /** Characters at {@code i} that are text whatever follows: a backslash escape, or a backtick run that never closes. */
    private int plainLength(int i, int to) {
        char c = s.charAt(i);
        if (c == '\\' && i + 1 < to && ASCII_PUNCTUATION.indexOf(s.charAt(i + 1)) >= 0) {
            return 2;
        }
        if (c == '`' && closingBackticks(i, to) < 0) {
            return runLength(i, to, '`');
        }
        return 0;
    }

    private record Match(Node node, int end) {
    }

    private Match codeAt(int i, int to) {
        char c = s.charAt(i);
        return switch (c) {
            case ' ', '\\', '\n', '\r' -> lineBreak(i, to);
            case '{' -> parameter(i, to);
            case '`' -> codeSpan(i, to);
            case '<' -> angleBracket(i, to);
            case '!' -> i + 1 < to && s.charAt(i + 1) == '[' ? link(i, i + 1, to, CodeKind.IMAGE) : null;
            case '[' -> link(i, i, to, CodeKind.LINK);
            case '*', '_', '~' -> emphasis(i, to, c);
            default -> null;
        };
    }

    private Match lineBreak(int i, int to) {
        Matcher m = LINE_BREAK.matcher(s).region(i, to);
        if (!m.lookingAt()) {
            return null;
        }
        return new Match(new Placeholder(id(), CodeKind.LINE_BREAK, s.substring(i, m.end())), m.end());
    }

    private Match parameter(int i, int to) {
        if (!s.startsWith("{{", i)) {
            return null;
        }
        int close = s.indexOf("}}", i + 2);
        if (close < 0 || close + 2 > to || containsLineBreak(i, close)) {
            return null;
        }
        return new Match(new Placeholder(id(), CodeKind.PARAMETER, s.substring(i, close + 2)), close + 2);
    }

    private Match codeSpan(int i, int to) {
        int close = closingBackticks(i, to);
        int n = runLength(i, to, '`');
        return new Match(new Placeholder(id(), CodeKind.CODE, s.substring(i, close + n)), close + n);
    }

    private Match angleBracket(int i, int to) {
        Matcher autolink = AUTOLINK.matcher(s).region(i, to);
        if (autolink.lookingAt()) {
            return new Match(new Placeholder(id(), CodeKind.AUTOLINK, autolink.group()), autolink.end());
        }
        Matcher tag = HTML_TAG.matcher(s).region(i, to);
        if (tag.lookingAt()) {
            return new Match(new Placeholder(id(), CodeKind.HTML, tag.group()), tag.end());
        }
        return null;
    }

    /** {@code [text](destination)} or {@code [text][label]}; {@code start} is the {@code !} of an image. */
    private Match link(int start, int bracket, int to, CodeKind kind) {
        int close = closingBracket(bracket, to);
        if (close < 0 || close + 1 >= to) {
            return null;
        }
        int end = switch (s.charAt(close + 1)) {
            case '(' -> closingParenthesis(close + 1, to);
            case '[' -> closingBracket(close + 1, to);
            default -> -1;
        };
        if (end < 0) {
            return null;
        }
        String id = id();
        List<Node> content = parseRange(bracket + 1, close);
        return new Match(new Span(id, kind, s.substring(start, bracket + 1), s.substring(close, end + 1), content), end + 1);
    }

    private Match emphasis(int i, int to, char c) {
        int n = runLength(i, to, c);
        boolean usable = c == '~' ? n == 2 : n <= 3;
        boolean opens = i + n < to && !Character.isWhitespace(s.charAt(i + n))
                && !(c == '_' && i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)));
        if (!usable || !opens) {
            return null;
        }
        int close = closingDelimiter(i + n, to, c, n);
        if (close < 0) {
            return null;
        }
        String id = id();
        String delimiter = s.substring(i, i + n);
        CodeKind kind = c == '~' ? CodeKind.STRIKETHROUGH : n == 1 ? CodeKind.EMPHASIS : CodeKind.STRONG;
        return new Match(new Span(id, kind, delimiter, delimiter, parseRange(i + n, close)), close + n);
    }

    private int closingDelimiter(int from, int to, char c, int n) {
        int j = from;
        while (j < to) {
            int skip = skippable(j, to);
            if (skip > 0) {
                j += skip;
                continue;
            }
            if (s.charAt(j) != c) {
                j++;
                continue;
            }
            int m = runLength(j, to, c);
            boolean closes = m == n && j > from && !Character.isWhitespace(s.charAt(j - 1))
                    && !(c == '_' && j + m < to && Character.isLetterOrDigit(s.charAt(j + m)));
            if (closes) {
                return j;
            }
            j += m;
        }
        return -1;
    }

    private int closingBracket(int open, int to) {
        int depth = 0;
        int j = open;
        while (j < to) {
            int skip = j == open ? 0 : skippable(j, to);
            if (skip > 0) {
                j += skip;
                continue;
            }
            char c = s.charAt(j);
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return j;
            }
            j++;
        }
        return -1;
    }

    private int closingParenthesis(int open, int to) {
        int depth = 0;
        for (int j = open; j < to; j++) {
            char c = s.charAt(j);
            if (c == '\\' && j + 1 < to) {
                j++;
            } else if (c == '\r' || c == '\n') {
                return -1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return j;
            }
        }
        return -1;
    }

    /** Length of a construct inside which delimiters do not count: an escape, a code span, a parameter. */
    private int skippable(int j, int to) {
        char c = s.charAt(j);
        if (c == '\\' && j + 1 < to) {
            return 2;
        }
        if (c == '`') {
            int n = runLength(j, to, '`');
            int close = closingBackticks(j, to);
            return close < 0 ? n : close + n - j;
        }
        if (c == '{') {
            Match parameter = peekParameter(j, to);
            return parameter == null ? 0 : parameter.end() - j;
        }
        return 0;
    }

    private Match peekParameter(int j, int to) {
        int saved = nextId;
        Match match = parameter(j, to);
        nextId = saved;
        return match;
    }

    /** Start of the backtick run that closes the run at {@code open} (same length), or -1. */
    private int closingBackticks(int open, int to) {
        int n = runLength(open, to, '`');
        int j = open + n;
        while (j < to) {
            if (s.charAt(j) != '`') {
                j++;
                continue;
            }
            int m = runLength(j, to, '`');
            if (m == n) {
                return j;
            }
            j += m;
        }
        return -1;
    }

    private int runLength(int i, int to, char c) {
        int j = i;
        while (j < to && s.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    private boolean containsLineBreak(int from, int to) {
        for (int j = from; j < to; j++) {
            if (s.charAt(j) == '\n' || s.charAt(j) == '\r') {
                return true;
            }
        }
        return false;
    }

    private String id() {
        return Integer.toString(nextId++);
    }
}
