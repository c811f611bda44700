package dev.launchdesk.sop;

import java.util.List;
import java.util.Map;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders SOP Markdown (CommonMark with GFM tables) to safe HTML: raw HTML is escaped, link URLs are
 * sanitised, headings get anchors. Policy placeholders are replaced by the market's values; an
 * unresolved one is shown marked, so the editor sees it.
 */
public final class SopMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

    private SopMarkdown() {
    }

    public static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    /** Renders with placeholders replaced by {@code values}; unknown placeholders are highlighted. */
    public static String toHtml(String markdown, Map<String, String> values) {
        String html = toHtml(SopParameters.resolve(markdown == null ? "" : markdown, values));
        return SopParameters.PLACEHOLDER.matcher(html).replaceAll("<mark class=\"unresolved\" title=\"unknown policy parameter\">$0</mark>");
    }
}
