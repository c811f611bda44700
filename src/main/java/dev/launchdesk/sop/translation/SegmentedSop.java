package dev.launchdesk.sop.translation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An SOP cut by {@link SopSegmenter} into translatable segments and the Markdown around them (list markers,
 * table pipes, code blocks, blank lines), so that a translation can be put back in the same places.
 */
public final class SegmentedSop {

    /** A piece of the document: either Markdown kept as it is, or a segment's slot. */
    sealed interface Piece permits Kept, Slot {
    }

    record Kept(String markdown) implements Piece {
    }

    record Slot(SopSegment segment) implements Piece {
    }

    /**
     * A translated SOP.
     *
     * @param markdown the document with every translated segment replaced
     * @param untranslated ids of the segments that had no translation and kept their source text, in document order
     */
    public record Reassembled(String markdown, List<String> untranslated) {
        public Reassembled {
            untranslated = List.copyOf(untranslated);
        }
    }

    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");

    private final List<Piece> pieces;
    private final Map<String, SopSegment> segments = new LinkedHashMap<>();

    SegmentedSop(List<Piece> pieces) {
        this.pieces = List.copyOf(pieces);
        for (Piece piece : this.pieces) {
            if (piece instanceof Slot slot && segments.put(slot.segment().id(), slot.segment()) != null) {
                throw new IllegalStateException("duplicate segment id " + slot.segment().id());
            }
        }
    }

    /** The segments in document order. */
    public List<SopSegment> segments() {
        return List.copyOf(segments.values());
    }

    public Optional<SopSegment> segment(String id) {
        return Optional.ofNullable(segments.get(id));
    }

    /**
     * Puts translations in place of the source texts. A segment without a translation (or with a blank one)
     * keeps its source text and is named in {@link Reassembled#untranslated()}, so a half-translated SOP still
     * reads as a whole and the gaps are known. Translations are used as given (leading and trailing white space
     * trimmed), except that in a table cell an unescaped {@code |} is escaped so it cannot split the cell.
     *
     * @param translations translated inline Markdown by segment id, as {@link XliffImport} returns it
     * @throws IllegalArgumentException if a translation names a segment this SOP does not have
     */
    public Reassembled reassemble(Map<String, String> translations) {
        TreeSet<String> unknown = new TreeSet<>(translations.keySet());
        unknown.removeAll(segments.keySet());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("translations for segments this SOP does not have: " + unknown);
        }
        StringBuilder markdown = new StringBuilder();
        List<String> untranslated = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece instanceof Kept kept) {
                markdown.append(kept.markdown());
            } else if (piece instanceof Slot slot) {
                SopSegment segment = slot.segment();
                String translation = translations.get(segment.id());
                if (translation == null || translation.isBlank()) {
                    untranslated.add(segment.id());
                    markdown.append(segment.source());
                } else {
                    markdown.append(fitted(segment.kind(), translation.strip()));
                }
            }
        }
        return new Reassembled(markdown.toString(), untranslated);
    }

    private static String fitted(SopSegment.Kind kind, String translation) {
        return kind == SopSegment.Kind.TABLE_CELL ? UNESCAPED_PIPE.matcher(translation).replaceAll("\\\\|") : translation;
    }
}
