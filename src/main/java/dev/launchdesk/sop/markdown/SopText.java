package dev.launchdesk.sop.markdown;

import java.text.Normalizer;
import java.util.Objects;

/**
 * The Markdown text of an SOP as LaunchDesk keeps it, whichever way it came in (the editor's form, the API, an
 * XLIFF import, the demo files): differences a browser or an editor makes without the writer seeing them are
 * taken out, so that the three-way merge, the diff and the translation fingerprints see only real changes.
 *
 * <ul>
 *   <li>Line endings: CRLF (what every browser submits from a textarea) and a lone CR become LF.</li>
 *   <li>Unicode: normalised to NFC, so a decomposed "é" (e + U+0301, as some editors and macOS write it) is the
 *       same text as the composed one.</li>
 *   <li>Invisible characters: the byte order mark U+FEFF (anywhere, as files joined together carry it), the
 *       zero-width space U+200B and the word joiner U+2060 are removed. The zero-width joiner and non-joiner
 *       (U+200D, U+200C) stay: they change how emoji and some scripts are drawn.</li>
 *   <li>White space at line ends: two or more spaces before a line end are a Markdown hard line break and become
 *       exactly two spaces; any other trailing spaces or tabs are removed (they render as nothing). A line of
 *       white space only becomes an empty line.</li>
 *   <li>Blank lines before the first and after the last line of text are removed (a browser drops a textarea's
 *       first line break), and the text ends with exactly one line break.</li>
 * </ul>
 * No-break spaces (U+00A0) are kept: they are typed on purpose ("Rp 50.000", "10 %") and keep a number with its
 * unit. Tabs and spaces inside a line are kept (indentation means something in Markdown).
 *
 * @param markdown the normalised text; empty, or ending with one {@code '\n'}
 */
public record SopText(String markdown) {

    public SopText {
        Objects.requireNonNull(markdown, "markdown");
        markdown = normalised(markdown);
    }

    public static SopText of(String text) {
        return new SopText(text == null ? "" : text);
    }

    /** The text's length in Unicode characters (code points), as a size limit counts it. */
    public int characters() {
        return markdown.codePointCount(0, markdown.length());
    }

    public boolean isBlank() {
        return markdown.isBlank();
    }

    /**
     * A piece of inline text (a translated segment) normalised as every SOP text is, except that its white space is
     * left alone (the caller knows what it means there): CRLF and CR to LF, the invisible characters removed, NFC.
     */
    public static String inline(String text) {
        return Normalizer.normalize(withoutInvisibles(text), Normalizer.Form.NFC).replaceAll("\\r\\n?", "\n");
    }

    private static String normalised(String text) {
        String composed = inline(text);
        String[] lines = composed.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        int last = lines.length - 1;
        while (last >= first && lines[last].isBlank()) {
            last--;
        }
        StringBuilder out = new StringBuilder(composed.length() + 1);
        for (int i = first; i <= last; i++) {
            out.append(trimmedEnd(lines[i])).append('\n');
        }
        return out.toString();
    }

    private static String withoutInvisibles(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean invisible = c == '\uFEFF' || c == '\u200B' || c == '\u2060';
            if (invisible && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!invisible && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The line without trailing spaces and tabs; two spaces kept where two or more end it (a hard line break). */
    private static String trimmedEnd(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        if (end == 0) {
            return "";
        }
        boolean hardBreak = line.endsWith("  ");
        return line.substring(0, end) + (hardBreak ? "  " : "");
    }
}
