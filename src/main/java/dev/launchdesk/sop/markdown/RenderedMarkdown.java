package dev.launchdesk.sop.markdown;

import java.util.List;

/**
 * SOP Markdown rendered to safe HTML, with the outline of its headings.
 *
 * @param html    an HTML fragment that is also well-formed XML (XHTML), so it can go into a PDF
 * @param outline the headings in document order; each anchor is the id of the heading in {@code html}
 */
public record RenderedMarkdown(String html, List<SectionHeading> outline) {

    public RenderedMarkdown {
        outline = List.copyOf(outline);
    }
}
