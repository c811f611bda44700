package dev.launchdesk.sop.translation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.launchdesk.sop.markdown.SopSections;
import dev.launchdesk.sop.translation.SegmentedSop.Kept;
import dev.launchdesk.sop.translation.SegmentedSop.Piece;
import dev.launchdesk.sop.translation.SegmentedSop.Slot;
import dev.launchdesk.sop.translation.SopSegment.Kind;

/**
 * Reads a Markdown SOP line by line into the pieces of a {@link SegmentedSop}: Markdown kept as it is and one
 * slot per translatable block, with the ids {@link SopSegmenter} describes. A pragmatic subset of CommonMark and
 * GFM tables: whatever it does not recognise is kept as it is, so nothing is ever lost.
 */
final class BlockCutter {

    private static final Pattern QUOTE = Pattern.compile("(?: {0,3}> ?)+");
    private static final Pattern FENCE = Pattern.compile("[ \t]*(`{3,}(?=[^`]*$)|~{3,})");
    private static final Pattern HEADING = Pattern.compile("( {0,3}#{1,6}[ \t]+)(.*?)((?:[ \t]+#+)?[ \t]*)");
    private static final Pattern EMPTY_HEADING = Pattern.compile(" {0,3}#{1,6}[ \t]*");
    private static final Pattern THEMATIC_BREAK = Pattern.compile(" {0,3}(?:(?:\\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile(" {0,3}(?:=+|-+)[ \t]*");
    private static final Pattern LIST_ITEM = Pattern.compile("([ \t]*(?:[-+*]|\\d{1,9}[.)])[ \t]+(?:\\[[ xX]\\][ \t]+)?)(\\S.*)");
    private static final Pattern EMPTY_LIST_ITEM = Pattern.compile("[ \t]*(?:[-+*]|\\d{1,9}[.)])[ \t]*");
    private static final Pattern DELIMITER_ROW = Pattern.compile("[ \t]*\\|?(?:[ \t]*:?-+:?[ \t]*\\|)*[ \t]*:?-+:?[ \t]*\\|?[ \t]*");
    private static final Pattern HTML_BLOCK = Pattern.compile(" {0,3}(?:<!--|</?(?:address|article|aside|blockquote|body|center"
            + "|details|dialog|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|html|iframe|li|main|nav|ol|p"
            + "|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul|script|style|textarea)(?:[\\s/>]|$))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANK_LINE = Pattern.compile("^\\s*$");
    private static final Pattern RAW_HTML_BLOCK = Pattern.compile(" {0,3}<(pre|script|style|textarea)(?:[\\s>]|$)", Pattern.CASE_INSENSITIVE);

    record Line(String text, String eol) {
        String whole() {
            return text + eol;
        }
    }

    static List<Line> lines(String markdown) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = c == '\r' && i + 1 < markdown.length() && markdown.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                lines.add(new Line(markdown.substring(start, i), markdown.substring(i, end)));
                start = end;
                i = end - 1;
            }
        }
        if (start < markdown.length()) {
            lines.add(new Line(markdown.substring(start), ""));
        }
        return lines;
    }

    /** A paragraph or list item being read, possibly over several lines. */
    private static final class Block {
        final Kind kind;
        final int depth;
        final String prefix;
        final StringBuilder raw = new StringBuilder();
        final StringBuilder source = new StringBuilder();
        String eol;

        Block(Kind kind, int depth, String prefix, String content, String eol) {
            this.kind = kind;
            this.depth = depth;
            this.prefix = prefix;
            this.raw.append(content);
            this.source.append(content);
            this.eol = eol;
        }

        void continueWith(Line line, String content) {
            if (endsWithHardBreak(source)) {
                source.append(eol).append(line.text());
            } else {
                int end = source.length();
                while (end > 0 && Character.isWhitespace(source.charAt(end - 1))) {
                    end--;
                }
                source.setLength(end);
                source.append(' ').append(content);
            }
            raw.append(eol).append(line.text());
            eol = line.eol();
        }

        private static boolean endsWithHardBreak(CharSequence text) {
            int n = text.length();
            if (n >= 2 && text.charAt(n - 1) == ' ' && text.charAt(n - 2) == ' ') {
                return true;
            }
            int backslashes = 0;
            while (backslashes < n && text.charAt(n - 1 - backslashes) == '\\') {
                backslashes++;
            }
            return backslashes % 2 == 1;
        }
    }



    private final List<Line> lines;
    private final List<Piece> pieces = new ArrayList<>();
    private final Set<String> sectionKeys = new HashSet<>();
    private String section = SopSections.INTRODUCTION;
    private String sectionKey = SopSegmenter.INTRODUCTION_KEY;
    private int paragraphs;
    private int listItems;
    private int tables;
    private Block open;
    private Pattern fenceEnd;
    private Pattern htmlEnd;
    private boolean inList;

    BlockCutter(String markdown) {
        this.lines = lines(markdown);
        sectionKeys.add(SopSegmenter.INTRODUCTION_KEY);
    }

    SegmentedSop cut() {
        for (int n = 0; n < lines.size(); n++) {
            n = read(n);
        }
        flush();
        return new SegmentedSop(pieces);
    }

    /** Reads the line at {@code n} (and any that belong to it); returns the index of the last line read. */
    private int read(int n) {
        Line line = lines.get(n);
        if (fenceEnd != null || htmlEnd != null) {
            keepInsideBlock(line);
            return n;
        }
        Matcher quoteMatcher = QUOTE.matcher(line.text());
        String quote = quoteMatcher.lookingAt() ? quoteMatcher.group() : "";
        String rest = line.text().substring(quote.length());
        int depth = (int) quote.chars().filter(c -> c == '>').count();
        if (rest.isBlank()) {
            flush();
            keep(line.whole());
            return n;
        }
        Matcher fence = FENCE.matcher(rest);
        if (fence.lookingAt()) {
            flush();
            keep(line.whole());
            String marker = fence.group(1);
            fenceEnd = Pattern.compile("(?: {0,3}> ?)*[ \t]*" + Pattern.quote(marker.substring(0, 1)) + "{" + marker.length() + ",}[ \t]*");
            return n;
        }
        if (open == null && quote.isEmpty() && indentation(rest) >= 4 && !inList) {
            keep(line.whole());
            return n;
        }
        if (underlinesOpenBlock(quote, depth, rest) || THEMATIC_BREAK.matcher(rest).matches()
                || EMPTY_HEADING.matcher(rest).matches()) {
            flush();
            keep(line.whole());
            return n;
        }
        Matcher heading = HEADING.matcher(rest);
        if (heading.matches()) {
            flush();
            heading(line, quote, heading);
            return n;
        }
        if (quote.isEmpty() && isTableStart(n)) {
            flush();
            return table(n);
        }
        if (quote.isEmpty() && HTML_BLOCK.matcher(rest).lookingAt()) {
            flush();
            htmlBlock(line, rest);
            return n;
        }
        return listItemOrParagraph(line, quote, rest, depth, n);
    }

    /**
     * A setext heading underline ({@code =} or {@code -}, any number) right under the open block's text: kept as it
     * is, so the block stays a heading. Not when the line could only continue the block lazily (outside its block
     * quote, or in a list less indented than the item's text): CommonMark reads that as paragraph text.
     */
    private boolean underlinesOpenBlock(String quote, int depth, String rest) {
        if (open == null || depth != open.depth || !SETEXT_UNDERLINE.matcher(rest).matches()) {
            return false;
        }
        return !inList || indentation(rest) >= open.prefix.length() - quote.length();
    }

    private int listItemOrParagraph(Line line, String quote, String rest, int depth, int n) {
        Matcher item = LIST_ITEM.matcher(rest);
        if (item.matches()) {
            flush();
            inList = true;
            open = new Block(Kind.LIST_ITEM, depth, quote + item.group(1), item.group(2), line.eol());
            return n;
        }
        if (EMPTY_LIST_ITEM.matcher(rest).matches()) {
            flush();
            inList = true;
            keep(line.whole());
            return n;
        }
        String indent = rest.substring(0, rest.length() - rest.stripLeading().length());
        String content = rest.substring(indent.length());
        if (open != null && (depth == open.depth || depth == 0)) {
            open.continueWith(line, content);
            return n;
        }
        flush();
        if (quote.isEmpty() && indent.isEmpty()) {
            inList = false;
        }
        open = new Block(Kind.PARAGRAPH, depth, quote + indent, content, line.eol());
        return n;
    }

    private void keepInsideBlock(Line line) {
        keep(line.whole());
        if (fenceEnd != null && fenceEnd.matcher(line.text()).matches()) {
            fenceEnd = null;
        } else if (htmlEnd != null && htmlEnd.matcher(line.text()).find()) {
            htmlEnd = null;
        }
    }

    private void htmlBlock(Line line, String rest) {
        keep(line.whole());
        String tag = rest.stripLeading();
        Matcher raw = RAW_HTML_BLOCK.matcher(rest);
        if (tag.startsWith("<!--")) {
            htmlEnd = tag.indexOf("-->", 4) < 0 ? Pattern.compile("-->") : null;
        } else if (raw.lookingAt()) {
            Pattern end = Pattern.compile("</" + raw.group(1) + ">", Pattern.CASE_INSENSITIVE);
            htmlEnd = end.matcher(tag).find() ? null : end;
        } else {
            htmlEnd = BLANK_LINE;
        }
    }

    private void heading(Line line, String quote, Matcher heading) {
        String text = heading.group(2);
        boolean sectionHeading = quote.isEmpty();
        if (sectionHeading) {
            startSection(text);
        }
        keep(quote + heading.group(1));
        slotOrKeep(sectionHeading ? Kind.HEADING : Kind.PARAGRAPH, text, null);
        keep(heading.group(3) + line.eol());
    }

    private void startSection(String heading) {
        section = heading.strip();
        String key = SopSegmenter.sectionKey(heading);
        String unique = key;
        for (int i = 2; !sectionKeys.add(unique); i++) {
            unique = key + "-" + i;
        }
        sectionKey = unique;
        paragraphs = 0;
        listItems = 0;
        tables = 0;
        inList = false;
    }

    private boolean isTableStart(int n) {
        if (n + 1 >= lines.size()) {
            return false;
        }
        String header = lines.get(n).text();
        String delimiter = lines.get(n + 1).text();
        return header.contains("|") && delimiter.contains("|") && DELIMITER_ROW.matcher(delimiter).matches()
                && cells(header).size() == cells(delimiter).size();
    }

    private int table(int n) {
        tables++;
        int row = 1;
        tableRow(lines.get(n), row++);
        keep(lines.get(n + 1).whole());
        int m = n + 2;
        while (m < lines.size() && !endsTable(lines.get(m).text())) {
            tableRow(lines.get(m), row++);
            m++;
        }
        return m - 1;
    }

    private boolean endsTable(String text) {
        return text.isBlank() || QUOTE.matcher(text).lookingAt() || FENCE.matcher(text).lookingAt()
                || HEADING.matcher(text).matches() || THEMATIC_BREAK.matcher(text).matches()
                || LIST_ITEM.matcher(text).matches() || HTML_BLOCK.matcher(text).lookingAt();
    }

    private void tableRow(Line line, int row) {
        String text = line.text();
        List<int[]> cells = cells(text);
        int at = 0;
        int column = 1;
        for (int[] cell : cells) {
            keep(text.substring(at, cell[0]));
            String content = text.substring(cell[0], cell[1]);
            String stripped = content.strip();
            int lead = content.length() - content.stripLeading().length();
            keep(content.substring(0, lead));
            slotOrKeep(Kind.TABLE_CELL, stripped, "t" + tables + "r" + row + "c" + column);
            keep(content.substring(lead + stripped.length()));
            at = cell[1];
            column++;
        }
        keep(text.substring(at) + line.eol());
    }

    /** Start and end of each cell's text (between unescaped pipes; an outer pipe opens or closes the row). */
    private static List<int[]> cells(String row) {
        List<Integer> pipes = new ArrayList<>();
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '\\') {
                i++;
            } else if (row.charAt(i) == '|') {
                pipes.add(i);
            }
        }
        List<int[]> cells = new ArrayList<>();
        int start = 0;
        for (int pipe : pipes) {
            if (pipe != pipes.get(0) || !row.substring(0, pipe).isBlank()) {
                cells.add(new int[] {start, pipe});
            }
            start = pipe + 1;
        }
        if (!row.substring(start).isBlank()) {
            cells.add(new int[] {start, row.length()});
        }
        return cells;
    }

    private void flush() {
        if (open == null) {
            return;
        }
        Block block = open;
        open = null;
        String source = block.source.toString();
        String text = source.stripTrailing();
        if (!InlineMarkup.hasTranslatableText(InlineMarkup.parse(text))) {
            keep(block.prefix + block.raw + block.eol);
            return;
        }
        keep(block.prefix);
        slotOrKeep(block.kind, text, null);
        keep(source.substring(text.length()) + block.eol);
    }

    /** A slot for the text if it has anything to translate; {@code tableCell} names a cell's block part. */
    private void slotOrKeep(Kind kind, String text, String tableCell) {
        if (!InlineMarkup.hasTranslatableText(InlineMarkup.parse(text))) {
            keep(text);
            return;
        }
        String block = switch (kind) {
            case HEADING -> "h";
            case PARAGRAPH -> "p" + ++paragraphs;
            case LIST_ITEM -> "li" + ++listItems;
            case TABLE_CELL -> tableCell;
            case CONTRIBUTED -> throw new IllegalStateException("a Markdown block is never a contributed text");
        };
        pieces.add(new Slot(SopSegment.of(sectionKey + "." + block, kind, section, text)));
    }

    private void keep(String markdown) {
        if (markdown.isEmpty()) {
            return;
        }
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last) instanceof Kept kept) {
            pieces.set(last, new Kept(kept.markdown() + markdown));
        } else {
            pieces.add(new Kept(markdown));
        }
    }

    private static int indentation(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
            } else {
                break;
            }
        }
        return columns;
    }
}
