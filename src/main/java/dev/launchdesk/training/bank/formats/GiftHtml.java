package dev.launchdesk.training.bank.formats;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown of a GIFT {@code [html]} text: paragraphs and line breaks become new lines, bold and italic, code and
 * links their Markdown, list items "- " lines; every other tag is dropped with its text kept (scripts and styles with theirs), and the common character
 * references are decoded. Nothing of the HTML survives as markup, so an imported question cannot carry a script.
 */
final class GiftHtml {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern HREF = Pattern.compile("href\\s*=\\s*(\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SCRIPT = Pattern.compile("<(script|style)\\b[^>]*>.*?</\\1\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");

    private GiftHtml() {
    }

    static String toMarkdown(String html) {
        String text = SCRIPT.matcher(COMMENT.matcher(html).replaceAll("")).replaceAll("").replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder();
        Matcher tag = TAG.matcher(text);
        String href = null;
        int at = 0;
        while (tag.find()) {
            out.append(text, at, tag.start());
            at = tag.end();
            boolean closing = !tag.group(1).isEmpty();
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            switch (name) {
                case "br" -> out.append('\n');
                case "p", "div", "ul", "ol" -> out.append(closing ? "\n" : (out.isEmpty() ? "" : "\n"));
                case "li" -> out.append(closing ? "" : "\n- ");
                case "b", "strong" -> out.append("**");
                case "i", "em" -> out.append('*');
                case "code" -> out.append('`');
                case "a" -> {
                    if (closing) {
                        out.append(href == null ? "" : "](" + href + ")");
                        href = null;
                    } else {
                        href = href(tag.group(3));
                        out.append(href == null ? "" : "[");
                    }
                }
                default -> {
                    // other tags carry no meaning a question needs; their text stays
                }
            }
        }
        out.append(text.substring(at));
        return decode(out.toString()).replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String href(String attributes) {
        Matcher href = HREF.matcher(attributes);
        if (!href.find()) {
            return null;
        }
        String url = href.group(2) != null ? href.group(2) : href.group(3);
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:") ? url.trim() : null;
    }

    private static String decode(String text) {
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            reference.appendReplacement(out, Matcher.quoteReplacement(character(reference.group(1), reference.group())));
        }
        reference.appendTail(out);
        return out.toString();
    }

    private static String character(String name, String asWritten) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(code) && code != 0 ? new String(Character.toChars(code)) : "";
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00a0";
            default -> asWritten;
        };
    }
}
