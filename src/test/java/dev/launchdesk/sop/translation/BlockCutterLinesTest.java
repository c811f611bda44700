package dev.launchdesk.sop.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.launchdesk.sop.translation.BlockCutter.Line;

/** Lines end at LF, CR LF or a lone CR (as in CommonMark), each keeping its own ending, the last one possibly none. */
class BlockCutterLinesTest {

    @Test
    void everyLineEndingIsKeptAndALoneCrAtTheEndIsALineEnding() {
        assertThat(BlockCutter.lines("a\r\nb\rc\nd\r")).containsExactly(
                new Line("a", "\r\n"), new Line("b", "\r"), new Line("c", "\n"), new Line("d", "\r"));
        assertThat(BlockCutter.lines("\r\n\ntail")).containsExactly(new Line("", "\r\n"), new Line("", "\n"), new Line("tail", ""));
        assertThat(BlockCutter.lines("")).isEmpty();
    }

    @Test
    void aDocumentWithoutAFinalLineEndingKeepsItsLastParagraph() {
        String markdown = "# S\r\n\r\nFirst.\r\rLast words";

        SegmentedSop sop = SopSegmenter.segment(markdown);

        assertThat(sop.segments()).extracting(SopSegment::id, SopSegment::source).containsExactly(
                tuple("s.h", "S"), tuple("s.p1", "First."),
                tuple("s.p2", "Last words"));
        assertThat(sop.reassemble(Map.of("s.p2", "Letzte Worte")).markdown()).isEqualTo("# S\r\n\r\nFirst.\r\rLetzte Worte");
    }
}
