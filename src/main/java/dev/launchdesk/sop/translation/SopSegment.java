package dev.launchdesk.sop.translation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One translatable block of an SOP: a heading, a paragraph, a list item or a table cell.
 *
 * @param id stable id, {@code <section key>.<block>}, e.g. {@code refund-window.p2} (see {@link SopSegmenter})
 * @param kind what kind of block the text comes from
 * @param section the heading of the section the block is in ({@code "(introduction)"} before the first heading)
 * @param source the block's inline Markdown, soft line breaks joined into single spaces
 * @param fingerprint {@code sha256:} and the hex SHA-256 of {@code source} (UTF-8); changes exactly when the
 *     source text changes, so an import can tell that a segment went stale since export
 */
public record SopSegment(String id, Kind kind, String section, String source, String fingerprint) {

    /**
     * What kind of block the text comes from; {@code CONTRIBUTED} is a text another module keeps about the SOP (a quiz
     * question, see {@link dev.launchdesk.sop.TranslatableContent}), whose {@code section} says where it is in words.
     */
    public enum Kind { HEADING, PARAGRAPH, LIST_ITEM, TABLE_CELL, CONTRIBUTED }

    /** Ids are XML name tokens (XLIFF unit ids are {@code xs:NMTOKEN}); these are the ASCII ones. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]+");

    public SopSegment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(source, "source");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("segment id must be letters, digits, '.', '_', ':' or '-': " + id);
        }
        if (!fingerprint(source).equals(fingerprint)) {
            throw new IllegalArgumentException("fingerprint of segment " + id + " does not match its source");
        }
    }

    public static SopSegment of(String id, Kind kind, String section, String source) {
        return new SopSegment(id, kind, section, source, fingerprint(source));
    }

    public static String fingerprint(String source) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
