package dev.launchdesk.sop.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import dev.launchdesk.sop.merge.MergeResult;
import dev.launchdesk.sop.merge.ThreeWayMerge;

/** The one form every SOP text is kept in, whichever way it came in. */
class SopTextTest {

    @Test
    void lineEndingsOfEveryKindBecomeLf() {
        assertThat(SopText.of("# Refunds\r\n\r\n- Check.\r- Refund.\n").markdown()).isEqualTo("# Refunds\n\n- Check.\n- Refund.\n");
    }

    @Test
    void whiteSpaceAtLineEndsGoesExceptAHardBreaksTwoSpaces() {
        assertThat(SopText.of("Reply to the buyer. \nCall the seller,   \nthen close.\t\n    \n```\ncode  \n```\n").markdown())
                .isEqualTo("Reply to the buyer.\nCall the seller,  \nthen close.\n\n```\ncode  \n```\n");
        assertThat(SopText.of("a \t  \nb  \t\nc").markdown()).isEqualTo("a  \nb\nc\n");
    }

    @Test
    void blankLinesAroundTheTextGoAndItEndsWithOneLineBreak() {
        assertThat(SopText.of("\n  \n# Refunds\n\nRefund.").markdown()).isEqualTo("# Refunds\n\nRefund.\n");
        assertThat(SopText.of("# Refunds\n\n\n\n").markdown()).isEqualTo("# Refunds\n");
        assertThat(SopText.of(" \r\n\t").markdown()).isEmpty();
        assertThat(SopText.of("    indented code\n").markdown()).isEqualTo("    indented code\n");
    }

    @Test
    void unicodeIsComposedAndInvisibleCharactersGo() {
        assertThat(SopText.of("\uFEFFHo\u0300a ho\u0302\u0323n\u200B\u2060 ti\u1EC1n\n").markdown()).isEqualTo("Hòa hộn tiền\n");
        assertThat(SopText.of("a\uFEFFb\n").markdown()).isEqualTo("ab\n");
    }

    @Test
    void noBreakSpacesAndJoinersAreKept() {
        String text = "Refund up to Rp\u00A050.000 \uD83D\uDC69\u200D\uD83D\uDCBB \u0C95\u0CCD\u200C\u0CB7\n";
        assertThat(SopText.of(text).markdown()).isEqualTo(text);
    }

    @Test
    void inlineTextKeepsItsWhiteSpace() {
        assertThat(SopText.inline("  \uFEFFCafe\u0301\r\n   au lait\rnoir  \n")).isEqualTo("  Café\n   au lait\nnoir  \n");
    }

    @Test
    void charactersAreCodePoints() {
        assertThat(SopText.of("\uD83D\uDCE6").characters()).isEqualTo(2);
        assertThat(SopText.of("Rp\u00A050.000").characters()).isEqualTo(10);
    }

    private static final List<String> PIECES = List.of("# Refunds", "## Steps", "- Check the receipt.", "1. Refund within 7 days.",
            "Call the seller", "    code", "```", "> quote", "| a | b |", "|---|---|", "**bold** text", "", " ", "  ", "   ", "\t",
            "\n", "\n", "\n", "\r\n", "\r\n", "\r");

    /** Markdown-like texts made of lines, blank lines, trailing white space and every kind of line ending. */
    private static Gen<String> texts() {
        return lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 24).map(pieces -> String.join("", pieces));
    }

    @Test
    void normalisingTwiceChangesNothing() {
        qt().forAll(texts()).checkAssert(text -> {
            String once = SopText.of(text).markdown();
            assertThat(SopText.of(once).markdown()).isEqualTo(once);
        });
    }

    @Test
    void whatABrowserSubmitsIsTheSameText() {
        qt().forAll(texts()).checkAssert(text -> {
            String browser = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n");
            assertThat(SopText.of(browser)).isEqualTo(SopText.of(text));
        });
    }

    /**
     * The rendered page does not change as a reader sees it: the HTML may differ only in white space a browser does
     * not show (before a line end or a {@code <br>}, runs of spaces in flowing text, e.g. a code span written over two
     * lines) and in blank lines at the end of a code block left open at the end of the text.
     */
    @Test
    void theRenderedPageDoesNotChange() {
        qt().forAll(texts()).checkAssert(text ->
                assertThat(visible(SopMarkdown.toHtml(SopText.of(text).markdown()))).as("%s", text.replace("\r", "\\r").replace("\n", "\\n"))
                        .isEqualTo(visible(SopMarkdown.toHtml(text))));
    }

    private static String visible(String html) {
        return html.replaceAll("\\r\\n?", "\n").replaceAll("[ \\t]+(\\n|<br />)", "$1").replaceAll("[ \\t]+", " ")
                .replaceAll("\\n*</code>", "</code>");
    }

    @Test
    void mergingNormalisedTextsGivesANormalisedText() {
        ThreeWayMerge merge = new ThreeWayMerge();
        Gen<String> normalised = texts().map(t -> SopText.of(t).markdown());
        qt().forAll(normalised, normalised, normalised).checkAssert((base, regional, master) -> {
            MergeResult result = merge.merge(base, regional, master);
            assertThat(SopText.of(result.merged()).markdown()).isEqualTo(result.merged());
        });
    }
}
