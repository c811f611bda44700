package dev.launchdesk.sop.markdown;

/**
 * One heading of an SOP, for tables of contents and "changed sections".
 *
 * @param level  the heading level as written in the Markdown, 1 to 6
 * @param text   the heading's plain text (formatting dropped, unresolved placeholders kept as written)
 * @param anchor the {@code id} the rendered heading carries, unique within one rendering
 */
public record SectionHeading(int level, String text, String anchor) {
}
