package dev.launchdesk.sop.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * A line of {@code -} or {@code =} right under a paragraph line is a setext heading underline in CommonMark (any
 * number of characters, so {@code -} and {@code --} too; {@code ---} is an underline, not a thematic break, when a
 * paragraph is open), unless it would only be a lazy continuation line of a list item or block quote. The cutter
 * keeps the underline as it is, so the translated text stays a heading. The expected HTML is what commonmark-java
 * 0.32 with GFM tables (the renderer of the SOP pages) makes of the source and of the translation.
 */
class SetextUnderlineTest {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final Map<String, String> GERMAN = Map.of("s.h", "A", "s.p1", "Erstattungsfrist", "s.p2", "Danach.");

    @Test
    void threeDashesUnderAParagraphAreAnUnderlineNotAThematicBreak() {
        String markdown = "# S\n\nRefund window\n---\nAfter.\n";

        assertHeadingThenParagraph(markdown, "<h1>S</h1>\n<h2>Refund window</h2>\n<p>After.</p>\n");
        assertThat(html(translated(markdown))).isEqualTo("<h1>A</h1>\n<h2>Erstattungsfrist</h2>\n<p>Danach.</p>\n");
    }

    @Test
    void twoDashesUnderAParagraphAreAnUnderlineAndTheNextLineIsNotPartOfTheHeading() {
        String markdown = "# S\n\nRefund window\n--\nAfter.\n";

        assertHeadingThenParagraph(markdown, "<h1>S</h1>\n<h2>Refund window</h2>\n<p>After.</p>\n");
        assertThat(translated(markdown)).isEqualTo("# A\n\nErstattungsfrist\n--\nDanach.\n");
        assertThat(html(translated(markdown))).isEqualTo("<h1>A</h1>\n<h2>Erstattungsfrist</h2>\n<p>Danach.</p>\n");
    }

    @Test
    void twoDashesWithTrailingSpaceAtTheEndOfTheDocument() {
        String markdown = "# S\n\nRefund window\n--  ";

        SegmentedSop sop = SopSegmenter.segment(markdown);

        assertThat(sop.segments()).extracting(SopSegment::id, SopSegment::source)
                .containsExactly(tuple("s.h", "S"), tuple("s.p1", "Refund window"));
        assertThat(sop.reassemble(Map.of()).markdown()).isEqualTo(markdown);
        assertThat(html(sop.reassemble(Map.of("s.p1", "Erstattungsfrist")).markdown()))
                .isEqualTo("<h1>S</h1>\n<h2>Erstattungsfrist</h2>\n");
    }

    @Test
    void aOneDashUnderlineDoesNotOpenAListSoAnIndentedCodeBlockAfterItStaysCode() {
        String markdown = "# S\n\nRefund window\n-\n\n    refund --days 14\n";

        SegmentedSop sop = SopSegmenter.segment(markdown);

        assertThat(html(markdown))
                .isEqualTo("<h1>S</h1>\n<h2>Refund window</h2>\n<pre><code>refund --days 14\n</code></pre>\n");
        assertThat(sop.segments()).extracting(SopSegment::id, SopSegment::source)
                .containsExactly(tuple("s.h", "S"), tuple("s.p1", "Refund window"));
        assertThat(sop.reassemble(Map.of("s.p1", "Erstattungsfrist")).markdown())
                .isEqualTo("# S\n\nErstattungsfrist\n-\n\n    refund --days 14\n");
    }

    @Test
    void anUnderlineInsideAListItemIsIndentedToTheItemsText() {
        String markdown = "# S\n\n- Refund window\n  --\nAfter.\n";

        SegmentedSop sop = SopSegmenter.segment(markdown);

        assertThat(html(markdown)).isEqualTo("<h1>S</h1>\n<ul>\n<li>\n<h2>Refund window</h2>\n</li>\n</ul>\n<p>After.</p>\n");
        assertThat(sop.segments()).extracting(SopSegment::id, SopSegment::source)
                .containsExactly(tuple("s.h", "S"), tuple("s.li1", "Refund window"), tuple("s.p1", "After."));
        assertThat(sop.reassemble(Map.of()).markdown()).isEqualTo(markdown);
        assertThat(html(sop.reassemble(Map.of("s.li1", "Erstattungsfrist", "s.p1", "Danach.")).markdown()))
                .isEqualTo("<h1>S</h1>\n<ul>\n<li>\n<h2>Erstattungsfrist</h2>\n</li>\n</ul>\n<p>Danach.</p>\n");
    }

    @Test
    void anUnderlineInsideABlockQuoteCarriesTheQuoteMarker() {
        String markdown = "# S\n\n> Refund window\n> --\nAfter.\n";

        SegmentedSop sop = SopSegmenter.segment(markdown);

        assertThat(html(markdown)).isEqualTo("<h1>S</h1>\n<blockquote>\n<h2>Refund window</h2>\n</blockquote>\n<p>After.</p>\n");
        assertHeadingThenParagraph(markdown, html(markdown));
    }

    @Test
    void aDashOrEqualsLineThatCanOnlyBeALazyContinuationStaysInTheText() {
        assertOneBlock("# S\n\n> Refund window\n--\nAfter.\n", "s.p1", "Refund window -- After.",
                "<h1>S</h1>\n<blockquote>\n<p>Refund window\n--\nAfter.</p>\n</blockquote>\n");
        assertOneBlock("# S\n\n- Refund window\n--\nAfter.\n", "s.li1", "Refund window -- After.",
                "<h1>S</h1>\n<ul>\n<li>Refund window\n--\nAfter.</li>\n</ul>\n");
        assertOneBlock("# S\n\n- Refund window\n===\nAfter.\n", "s.li1", "Refund window === After.",
                "<h1>S</h1>\n<ul>\n<li>Refund window\n===\nAfter.</li>\n</ul>\n");
        assertOneBlock("# S\n\n> Refund window\n===\nAfter.\n", "s.p1", "Refund window === After.",
                "<h1>S</h1>\n<blockquote>\n<p>Refund window\n===\nAfter.</p>\n</blockquote>\n");
    }

    @Test
    void aDashLineIndentedByFourIsParagraphText() {
        assertOneBlock("# S\n\nRefund window\n    --\nAfter.\n", "s.p1", "Refund window -- After.",
                "<h1>S</h1>\n<p>Refund window\n--\nAfter.</p>\n");
    }

    private static void assertHeadingThenParagraph(String markdown, String expectedHtml) {
        SegmentedSop sop = SopSegmenter.segment(markdown);
        assertThat(html(markdown)).isEqualTo(expectedHtml);
        assertThat(sop.segments()).extracting(SopSegment::id).containsExactly("s.h", "s.p1", "s.p2");
        assertThat(sop.segment("s.p1").orElseThrow().source()).isEqualTo("Refund window");
        assertThat(sop.segment("s.p2").orElseThrow().source()).isEqualTo("After.");
        assertThat(sop.reassemble(Map.of()).markdown()).isEqualTo(markdown);
    }

    private static void assertOneBlock(String markdown, String id, String source, String expectedHtml) {
        SegmentedSop sop = SopSegmenter.segment(markdown);
        assertThat(html(markdown)).isEqualTo(expectedHtml);
        assertThat(sop.segments()).extracting(SopSegment::id, SopSegment::source)
                .containsExactly(tuple("s.h", "S"), tuple(id, source));
        assertThat(html(sop.reassemble(Map.of()).markdown())).isEqualTo(expectedHtml.replace("\n--\n", " -- ")
                .replace("\n===\n", " === "));
    }

    private static String translated(String markdown) {
        return SopSegmenter.segment(markdown).reassemble(GERMAN).markdown();
    }

    private static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
