package dev.launchdesk.sop.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.launchdesk.sop.translation.SopSegment.Kind;

/**
 * A paragraph line followed directly (no blank line) by a block that interrupts a paragraph in CommonMark: the
 * paragraph ends there, the block is cut as itself, and reassembling puts every translation back in its place. The
 * expected blocks are what commonmark-java 0.32 with GFM tables renders for the same text.
 */
class BlockBoundariesTest {

    private static final Map<String, String> GERMAN = Map.of("s.h", "A", "s.p1", "Davor.", "s.p2", "Danach.");

    @Test
    void aCodeFenceEndsTheParagraphAndIsNotTranslated() {
        String markdown = "# S\n\nBefore the fence.\n```\ncode line\n```\nAfter.\n";

        assertCut(markdown, "Before the fence.");
        assertThat(SopSegmenter.segment(markdown).reassemble(GERMAN).markdown())
                .isEqualTo("# A\n\nDavor.\n```\ncode line\n```\nDanach.\n");
    }

    @Test
    void aThematicBreakEndsTheParagraph() {
        String markdown = "# S\n\nBefore the break.\n***\nAfter.\n";

        assertCut(markdown, "Before the break.");
        assertThat(SopSegmenter.segment(markdown).reassemble(GERMAN).markdown()).isEqualTo("# A\n\nDavor.\n***\nDanach.\n");
    }

    @Test
    void aTableEndsTheParagraphAndItsCellsFollowInOrder() {
        String markdown = "# S\n\nBefore the table.\n| A | B |\n| --- | --- |\n| a1 | b1 |\n\nAfter.\n";

        SegmentedSop sop = SopSegmenter.segment(markdown);

        assertThat(sop.segments()).extracting(SopSegment::id)
                .containsExactly("s.h", "s.p1", "s.t1r1c1", "s.t1r1c2", "s.t1r2c1", "s.t1r2c2", "s.p2");
        assertThat(sop.segment("s.p1").orElseThrow().source()).isEqualTo("Before the table.");
        assertThat(sop.segment("s.t1r1c1").orElseThrow().kind()).isEqualTo(Kind.TABLE_CELL);
        Map<String, String> translations = new HashMap<>(GERMAN);
        translations.putAll(Map.of("s.t1r1c1", "X", "s.t1r1c2", "Y", "s.t1r2c1", "x1", "s.t1r2c2", "y1"));
        assertThat(sop.reassemble(translations).markdown())
                .isEqualTo("# A\n\nDavor.\n| X | Y |\n| --- | --- |\n| x1 | y1 |\n\nDanach.\n");
    }

    @Test
    void anHtmlBlockEndsTheParagraphAndIsKeptAsItIs() {
        String markdown = "# S\n\nBefore the html.\n<div>\nraw <b>x</b>\n</div>\n\nAfter.\n";

        assertCut(markdown, "Before the html.");
        assertThat(SopSegmenter.segment(markdown).reassemble(GERMAN).markdown())
                .isEqualTo("# A\n\nDavor.\n<div>\nraw <b>x</b>\n</div>\n\nDanach.\n");
    }

    private static void assertCut(String markdown, String paragraph) {
        SegmentedSop sop = SopSegmenter.segment(markdown);
        assertThat(sop.segments()).extracting(SopSegment::id).containsExactly("s.h", "s.p1", "s.p2");
        assertThat(sop.segments()).extracting(SopSegment::kind).containsExactly(Kind.HEADING, Kind.PARAGRAPH, Kind.PARAGRAPH);
        assertThat(sop.segment("s.p1").orElseThrow().source()).isEqualTo(paragraph);
        assertThat(sop.segment("s.p2").orElseThrow().source()).isEqualTo("After.");
        assertThat(sop.reassemble(Map.of()).markdown()).isEqualTo(markdown);
    }
}
