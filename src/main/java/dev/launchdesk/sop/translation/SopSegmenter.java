package dev.launchdesk.sop.translation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Cuts a Markdown SOP into translatable segments: one per heading, paragraph, list item and table cell.
 * Fenced and indented code blocks, HTML blocks, thematic breaks, table delimiter rows and blocks with no
 * letter outside their inline codes (numbers, a lone parameter) are kept as they are and not translated.
 *
 * <h2>Segment ids</h2>
 * {@code <section key>.<block>}: the section key comes from the section's heading ({@code ## Refund window}
 * gives {@code refund-window}; accents are dropped, {@code Hoàn tiền} gives {@code hoan-tien}; a heading in a
 * script without Latin letters gives {@code s} and 8 hex digits of its SHA-256; a repeated key gets {@code -2},
 * {@code -3}; text before the first heading is {@code _intro}). The block part counts per kind within the
 * section: {@code h} for the heading, {@code p1, p2, ...} for paragraphs, {@code li1, li2, ...} for list
 * items, {@code t1r2c3} for row 2 (the header row is 1), column 3 of the section's first table. So an edit in
 * one section never changes the ids of another, and adding a list item does not renumber the paragraphs.
 * An id that does come to point at different text is caught by the fingerprint ({@link SopSegment}).
 *
 * <h2>Normalisation</h2>
 * {@link SegmentedSop#reassemble} with every source text gives the document back character for character,
 * except that a paragraph or list item written over several lines becomes one line: each soft line break,
 * with the white space around it and the next line's indentation or {@code >} markers, becomes one space
 * (CommonMark renders it as a space too). Hard line breaks (two spaces or a backslash before the line end)
 * are kept exactly, as protected codes.
 */
public final class SopSegmenter {

    static final String INTRODUCTION_KEY = "_intro";

    private SopSegmenter() {
    }

    public static SegmentedSop segment(String markdown) {
        return new BlockCutter(markdown).cut();
    }

    /** The key of a section in segment ids, before it is made unique. */
    static String sectionKey(String heading) {
        String folded = Normalizer.normalize(heading.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        if (folded.codePoints().anyMatch(cp -> cp > 127 && Character.isLetter(cp))) {
            return "s" + SopSegment.fingerprint(heading.strip()).substring("sha256:".length(), "sha256:".length() + 8);
        }
        String key = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return key.isEmpty() ? "section" : key;
    }
}
