package dev.launchdesk.sop.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** XML 1.0's Char production (section 2.2): #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
class CodesTest {

    @Test
    void xmlCharsAreExactlyTheRangesOfTheXml10Specification() {
        int[] allowed = {0x9, 0xA, 0xD, 0x20, 0x7E, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF};
        int[] refused = {0x0, 0x8, 0xB, 0xC, 0xE, 0x1F, 0xD800, 0xDFFF, 0xFFFE, 0xFFFF, 0x110000};

        assertThat(IntStream.of(allowed).filter(Codes::isXmlChar).toArray()).containsExactly(allowed);
        assertThat(IntStream.of(refused).filter(Codes::isXmlChar).toArray()).isEmpty();
    }
}
